// How long the texts of inputs may be (docs/domain.md#shared-rules): the server's inputs refuse
// longer text and the app's fields stop there, both reading this one table.

export const MAX_LENGTH = {
  /** A short label: a workstation, a scanner's make or model, a build, an operating system or browser. */
  label: 100,
  /** A title or name a person reads in a list: a CAT plan or case, a meeting, a document, a defect, an owner, a reference. */
  title: 200,
  /** A reason given in a line: waiving a task, refusing an account request, a dependency not applicable. */
  reason: 500,
  /** What was found in CAT work: an attempt's actual result or notes, a defect's description or note. */
  finding: 4000,
  /** Free notes: of a scanner assessment or workstation; a questionnaire's text answer. */
  notes: 5000,
} as const;
