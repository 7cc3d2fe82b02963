import { lazy, Suspense, useId, useState, type FormEvent } from 'react';
import { isValidPin, setDevicePin } from '../../offline/device-pin';
import { IDLE_LOCK_MINUTES } from '../../offline/session-lock';
import { useNavigate, useSearchParams } from 'react-router';
import { errorCodeOf, errorDetailsOf, errorMessageOf, fieldMessagesOf } from '../../app/graphql-errors.utils';
import { landingPath } from '../../app/session.utils';
import type { SignInInput } from '../../graphql/generated/graphql';
import { useSignIn } from './useSignIn';
import { DEVICE_PIN_DIGITS } from '../../../../rules/limits';
import './session.css';

// The second factor's steps come after the password, for the roles that need one: their code loads
// then, out of the first download of the sign-in page (issue 18).
const AuthenticatorSetup = lazy(async () => ({ default: (await import('./authenticator-setup.component')).AuthenticatorSetup }));
const OneTimeCodeField = lazy(async () => ({ default: (await import('./one-time-code-field.component')).OneTimeCodeField }));
const RecoveryCodes = lazy(async () => ({ default: (await import('./recovery-codes.component')).RecoveryCodes }));

/** The steps of signing in: the password, then (when the role needs it) a code or setting one up. */
type Step =
  | { kind: 'password' }
  | { kind: 'code' }
  | { kind: 'recovery-code' }
  | { kind: 'enrol'; secret: string; otpauthUri: string }
  | { kind: 'recovery-codes'; codes: string[] };

/** MFA_REQUIRED's details; `secret` and `otpauthUri` only when the person must set up TOTP first. */
interface MfaRequiredDetails {
  enrolmentRequired: boolean;
  secret: string;
  otpauthUri: string;
}

const HEADINGS: Record<Step['kind'], string> = {
  password: 'Sign in',
  code: 'Enter your code',
  'recovery-code': 'Use a recovery code',
  enrol: 'Set up two-factor authentication',
  'recovery-codes': 'You are signed in',
};

const FIELD_LABELS = {
  email: 'the email',
  password: 'the password',
  totpCode: 'the code',
  recoveryCode: 'the recovery code',
};

export function SignInPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { signIn, signingIn } = useSignIn();
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [devicePin, setDevicePinInput] = useState('');
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [problem, setProblem] = useState<string>();

  const emailId = useId();
  const passwordId = useId();
  const recoveryCodeId = useId();

  const goTo = (next: Step) => {
    setProblem(undefined);
    setCode('');
    setRecoveryCode('');
    setStep(next);
  };

  /** What went wrong, in words for this step; null when the answer moved on to another step. */
  const explain = (error: unknown): string | null => {
    switch (errorCodeOf(error)) {
      case 'MFA_REQUIRED': {
        if (step.kind !== 'password') return errorMessageOf(error);
        const details = errorDetailsOf<MfaRequiredDetails>(error);
        goTo(
          details.enrolmentRequired && details.secret && details.otpauthUri
            ? { kind: 'enrol', secret: details.secret, otpauthUri: details.otpauthUri }
            : { kind: 'code' },
        );
        return null;
      }
      case 'UNAUTHENTICATED':
        // A code is asked for only after the password was right, so on a code step the code is wrong.
        if (step.kind === 'password') return 'Email or password is wrong.';
        if (step.kind === 'recovery-code') return 'That recovery code is wrong or has been used already.';
        return errorMessageOf(error);
      case 'BAD_USER_INPUT':
        return Object.values(fieldMessagesOf(error, FIELD_LABELS)).join(' ') || errorMessageOf(error);
      default:
        // ACCOUNT_LOCKED and RATE_LIMITED say how long to wait; a network failure says so.
        return errorMessageOf(error);
    }
  };

  const continueToApp = (role?: string) => navigate(landingPath(searchParams.get('next'), role), { replace: true });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const input: SignInInput = { email: email.trim(), password };
    if (step.kind === 'code' || step.kind === 'enrol') input.totpCode = code;
    if (step.kind === 'recovery-code') input.recoveryCode = recoveryCode.trim();
    if (devicePin && !isValidPin(devicePin)) {
      setProblem(`A device PIN is ${DEVICE_PIN_DIGITS.min} to ${DEVICE_PIN_DIGITS.max} digits (or leave it empty).`);
      return;
    }
    let recoveryCodes;
    let role;
    try {
      const signedIn = await signIn(input);
      ({ recoveryCodes, user: { role } } = signedIn);
      if (devicePin) await setDevicePin(signedIn.user.id, devicePin);
    } catch (error) {
      const message = explain(error);
      if (message) setProblem(message);
      return;
    }
    // Setting up two-factor authentication while signing in ends with the recovery codes, shown once.
    if (recoveryCodes?.length) goTo({ kind: 'recovery-codes', codes: recoveryCodes });
    else await continueToApp(role);
  };

  if (step.kind === 'recovery-codes') {
    return (
      <section className="auth-card">
        <title>{`${HEADINGS[step.kind]} – CCPOR Deploy`}</title>
        <h1>{HEADINGS[step.kind]}</h1>
        <Suspense fallback={null}>
          <RecoveryCodes codes={step.codes}>
            <button type="button" className="button" onClick={() => void continueToApp()}>
              I have saved them, continue
            </button>
          </RecoveryCodes>
        </Suspense>
      </section>
    );
  }

  const problemBox = problem && (
    <div className="callout callout--error" role="alert">
      {problem}
    </div>
  );

  return (
    <section className={step.kind === 'enrol' ? 'auth-card auth-card--wide' : 'auth-card'}>
      <title>{`${HEADINGS[step.kind]} – CCPOR Deploy`}</title>
      <h1>{HEADINGS[step.kind]}</h1>

      <form className="form" onSubmit={(event) => void submit(event)}>
        {step.kind === 'password' ? (
          <>
            <p className="muted">Sign in with the email address and password of your CCPOR Deploy account.</p>
            {problemBox}
            <div className="field">
              <label htmlFor={emailId}>Email</label>
              <input
                id={emailId}
                name="email"
                className="input"
                type="email"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                autoFocus
              />
            </div>
            <div className="field">
              <label htmlFor={passwordId}>Password</label>
              <input
                id={passwordId}
                name="password"
                className="input"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="device-pin">Device PIN (optional)</label>
              <input
                id="device-pin"
                className="input"
                type="password"
                inputMode="numeric"
                autoComplete="off"
                maxLength={DEVICE_PIN_DIGITS.max}
                aria-describedby="device-pin-hint"
                value={devicePin}
                onChange={(event) => setDevicePinInput(event.target.value)}
              />
              <p id="device-pin-hint" className="field-hint">
                {DEVICE_PIN_DIGITS.min} to {DEVICE_PIN_DIGITS.max} digits to unlock this tablet with no network after {IDLE_LOCK_MINUTES} idle minutes.
              </p>
            </div>
            <button type="submit" className="button button--wide" disabled={signingIn}>
              {signingIn ? 'Signing in…' : 'Sign in'}
            </button>
          </>
        ) : (
          <Suspense fallback={null}>
            <p className="muted">
              Signing in as <strong className="break-anywhere">{email}</strong>.
            </p>
            {step.kind === 'enrol' && (
              <>
                <p>Your role needs two-factor authentication. Set it up once, now:</p>
                <AuthenticatorSetup secret={step.secret} otpauthUri={step.otpauthUri} />
              </>
            )}
            {problemBox}
            {step.kind === 'recovery-code' ? (
              <div className="field">
                <label htmlFor={recoveryCodeId}>Recovery code</label>
                <p className="field-hint">One of the codes you saved when you set up two-factor authentication.</p>
                <input
                  id={recoveryCodeId}
                  name="recoveryCode"
                  className="input input--code"
                  type="text"
                  autoComplete="off"
                  autoCapitalize="none"
                  spellCheck={false}
                  required
                  value={recoveryCode}
                  onChange={(event) => setRecoveryCode(event.target.value)}
                  autoFocus
                />
              </div>
            ) : (
              <OneTimeCodeField
                label={step.kind === 'enrol' ? 'Code from the app' : 'Code from your authenticator app'}
                value={code}
                onChange={setCode}
                autoFocus={step.kind === 'code'}
              />
            )}
            <button type="submit" className="button button--wide" disabled={signingIn}>
              {signingIn ? 'Checking…' : step.kind === 'enrol' ? 'Verify and sign in' : 'Verify'}
            </button>
            <div className="link-row">
              {step.kind === 'code' && (
                <button type="button" className="button--link" onClick={() => goTo({ kind: 'recovery-code' })}>
                  Use a recovery code instead
                </button>
              )}
              {step.kind === 'recovery-code' && (
                <button type="button" className="button--link" onClick={() => goTo({ kind: 'code' })}>
                  Use a code from the app instead
                </button>
              )}
              <button
                type="button"
                className="button--link"
                onClick={() => {
                  setPassword('');
                  goTo({ kind: 'password' });
                }}
              >
                Sign in as someone else
              </button>
            </div>
          </Suspense>
        )}
      </form>
    </section>
  );
}
