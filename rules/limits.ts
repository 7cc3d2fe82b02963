// The limits of inputs (docs/domain.md#shared-rules): the server's inputs refuse what is outside
// them and the app's fields stop there, both reading this one table; messages and descriptions take
// their numbers from here too, so that what a person reads is what is enforced.

export const MAX_LENGTH = {
  /** A short label: a workstation, a scanner's make or model, a build, an operating system or browser. */
  label: 100,
  /** A title or name a person reads in a list: a CAT plan or case, a meeting, a document, a defect, an owner, a reference. */
  title: 200,
  /** A reason given in a line: waiving a task, refusing an account request, a dependency not applicable. */
  reason: 500,
  /** What was found in CAT work: an attempt's actual result or notes, a defect's description or note. */
  finding: 4000,
  /** A comment in a thread. */
  comment: 4000,
  /** Free notes: of a scanner assessment or workstation; a questionnaire's text answer. */
  notes: 5000,
} as const;

/** The fewest characters of a reason, statement or description that says something (spaces at either end not counted). */
export const MIN_SAID = 3;

/** A password: long, with no composition rules (docs/security.md#sign-in). */
export const PASSWORD_LENGTH = { min: 12, max: 256 } as const;

/** The digits of an authenticator app's code, and the code as typed. */
export const TOTP_DIGITS = 6;
export const TOTP_CODE = new RegExp(`^\\d{${TOTP_DIGITS}}$`);

/** A recovery code as typed, with or without its dashes. */
export const RECOVERY_CODE_LENGTH = { min: 8, max: 20 } as const;

/** The digits of the device PIN that unlocks the app with no network. */
export const DEVICE_PIN_DIGITS = { min: 4, max: 8 } as const;

/** An e-mail address: the longest a mail server accepts. */
export const MAX_EMAIL_LENGTH = 254;

/** A person's name shown to others. */
export const DISPLAY_NAME_LENGTH = { min: 2, max: 200 } as const;

/** An API token's name, after the tool or report that uses it. */
export const TOKEN_NAME_LENGTH = { min: 3, max: 100 } as const;

/** One CSV import of deployments: about 500 rows, well inside the 1 MB request body limit. */
export const IMPORT_LIMITS = { characters: 200_000, rows: 500 } as const;

/** A case of a CAT plan. */
export const TEST_CASE_LIMITS = {
  /** Letters, digits and dashes of its key, e.g. OE-01. */
  key: 20,
  /** Steps, each of up to `step` characters. */
  steps: 30,
  step: 500,
  /** Characters of the preconditions and of the expected result. */
  text: 2000,
  /** Cases in one plan. */
  cases: 200,
} as const;

/** A number as people read it in a message: 200,000. */
export const figure = (n: number) => n.toLocaleString('en-US');
