import { useState, type FormEvent } from 'react';
import { errorMessageOf, fieldMessagesOf } from '../../app/graphql-errors.utils';
import { AuthenticatorSetup } from '../session/authenticator-setup.component';
import { OneTimeCodeField } from '../session/one-time-code-field.component';
import { RecoveryCodes } from '../session/recovery-codes.component';
import { IdentityNotConfirmed, useConfirmedAction } from './confirm-identity.component';
import { useConfirmMfaEnrolment } from './useConfirmMfaEnrolment';
import { useStartMfaEnrolment } from './useStartMfaEnrolment';

type MfaEnrolment = Awaited<ReturnType<ReturnType<typeof useStartMfaEnrolment>['startMfaEnrolment']>>;

type Stage = { kind: 'idle' } | { kind: 'enrolling'; enrolment: MfaEnrolment } | { kind: 'codes'; codes: string[] };

/** Setting up TOTP: a new secret as QR code and key, a first code to prove it, then the recovery codes once. */
export function TwoFactorSetup({ userId, enabled }: { userId: string; enabled: boolean }) {
  const { startMfaEnrolment, starting } = useStartMfaEnrolment();
  const { confirmMfaEnrolment, confirming } = useConfirmMfaEnrolment(userId);
  const { run, prompt } = useConfirmedAction();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string>();
  const [codeError, setCodeError] = useState<string>();

  const start = async () => {
    setProblem(undefined);
    try {
      const enrolment = await run(startMfaEnrolment);
      setCode('');
      setCodeError(undefined);
      setStage({ kind: 'enrolling', enrolment });
    } catch (error) {
      if (error instanceof IdentityNotConfirmed) return;
      setProblem(errorMessageOf(error));
    }
  };

  const confirm = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    setCodeError(undefined);
    if (code.length !== 6) {
      setCodeError('Enter the 6 digits the app shows.');
      return;
    }
    try {
      setStage({ kind: 'codes', codes: await run(() => confirmMfaEnrolment(code)) });
    } catch (error) {
      if (error instanceof IdentityNotConfirmed) return;
      const messages = Object.values(fieldMessagesOf(error, { code: 'the code' }));
      if (messages.length > 0) setCodeError(messages.join(' '));
      else setProblem(errorMessageOf(error));
    }
  };

  const problemBox = problem && (
    <div className="callout callout--error" role="alert">
      {problem}
    </div>
  );

  if (stage.kind === 'codes') {
    return (
      <RecoveryCodes codes={stage.codes} headingLevel={3}>
        <button type="button" className="button" onClick={() => setStage({ kind: 'idle' })}>
          I have saved them
        </button>
      </RecoveryCodes>
    );
  }

  if (stage.kind === 'enrolling') {
    return (
      <>
        <form className="form" onSubmit={(event) => void confirm(event)} noValidate aria-label="Set up two-factor authentication">
          <AuthenticatorSetup secret={stage.enrolment.secret} otpauthUri={stage.enrolment.otpauthUri} />
          {problemBox}
          <OneTimeCodeField label="Code from the app" value={code} onChange={setCode} error={codeError} />
          <div className="button-row button-row--start">
            <button type="submit" className="button" disabled={confirming}>
              {confirming ? 'Checking…' : 'Turn on two-factor authentication'}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setStage({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </form>
        {prompt}
      </>
    );
  }

  return (
    <div>
      {enabled ? (
        <p>
          <span className="badge badge--on-track">On</span> You sign in with a code from your authenticator app. Lost
          it? Sign in with a recovery code, then set it up again here.
        </p>
      ) : (
        <p>
          <span className="badge">Off</span> A code from an app on your phone, asked for after your password, keeps your
          account safe even if the password leaks.
        </p>
      )}
      {problemBox}
      <button type="button" className="button" onClick={() => void start()} disabled={starting}>
        {starting ? 'Starting…' : enabled ? 'Set up on a new phone' : 'Set up two-factor authentication'}
      </button>
      {prompt}
    </div>
  );
}
