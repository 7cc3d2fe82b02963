import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { FieldError, fieldErrorProps } from '../../app/field-error.component';
import { errorCodeOf, errorDetailsOf, errorMessageOf, fieldMessagesOf } from '../../app/graphql-errors.utils';
import { ConfirmIdentityDocument } from '../../graphql/documents/account';
import { TOTP_CODE, TOTP_DIGITS } from '../../../../rules/limits';

/** Thrown by `run` when the person closes the question instead of answering it: nothing to show. */
export class IdentityNotConfirmed extends Error {
  constructor() {
    super('The action was cancelled.');
  }
}

interface Asking {
  secondFactor: boolean;
  confirmed: () => void;
  cancelled: () => void;
}

/**
 * Changes to how a person signs in answer REAUTHENTICATION_REQUIRED when the session has not proved
 * who they are in the last minutes (docs/security.md#confirming-identity). `run(action)` does the
 * action; on that answer it asks for the password (and code) in place, through `prompt`, which the
 * screen renders beside the form that asked, then does the action again.
 */
export function useConfirmedAction() {
  const [asking, setAsking] = useState<Asking>();
  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (error) {
      if (errorCodeOf(error) !== 'REAUTHENTICATION_REQUIRED') throw error;
      const { secondFactor = false } = errorDetailsOf<{ secondFactor: boolean }>(error);
      await new Promise<void>((resolve, reject) => {
        setAsking({
          secondFactor,
          confirmed: () => {
            setAsking(undefined);
            resolve();
          },
          cancelled: () => {
            setAsking(undefined);
            reject(new IdentityNotConfirmed());
          },
        });
      });
      return action();
    }
  }, []);
  const prompt: ReactNode = asking ? <ConfirmIdentityForm {...asking} /> : null;
  return { run, prompt };
}

type Fields = 'password' | 'totpCode';
const FIELD_LABELS: Record<Fields, string> = { password: 'the password', totpCode: 'the code' };

function ConfirmIdentityForm({ secondFactor, confirmed, cancelled }: Asking) {
  const [mutate, { loading }] = useMutation(ConfirmIdentityDocument);
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const [problem, setProblem] = useState<string>();
  const passwordId = useId();
  const codeId = useId();
  const passwordInput = useRef<HTMLInputElement>(null);
  useEffect(() => passwordInput.current?.focus(), []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const local: Partial<Record<Fields, string>> = {};
    if (!password) local.password = 'Enter your password.';
    if (secondFactor && !TOTP_CODE.test(totpCode)) local.totpCode = `Enter the ${TOTP_DIGITS} digits your authenticator app shows.`;
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      await mutate({ variables: { input: { password, totpCode: secondFactor ? totpCode : null } } });
    } catch (error) {
      const messages = fieldMessagesOf(error, FIELD_LABELS);
      setErrors(messages);
      if (!Object.keys(messages).length) setProblem(errorMessageOf(error));
      return;
    }
    confirmed();
  };

  return (
    <form className="form callout" onSubmit={(event) => void submit(event)} noValidate aria-label="Confirm it is you">
      <p>
        <strong>Confirm it is you.</strong> This change needs your password
        {secondFactor ? ' and the code from your authenticator app' : ''}; then it is made at once.
      </p>
      {problem && (
        <div className="callout callout--error" role="alert">
          {problem}
        </div>
      )}
      <div className="field">
        <label htmlFor={passwordId}>Your password</label>
        <input
          ref={passwordInput}
          id={passwordId}
          name="confirmPassword"
          className="input"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          {...fieldErrorProps(passwordId, errors.password)}
        />
        <FieldError id={passwordId} message={errors.password} />
      </div>
      {secondFactor && (
        <div className="field">
          <label htmlFor={codeId}>Code from your authenticator app</label>
          <input
            id={codeId}
            name="confirmTotpCode"
            className="input"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={TOTP_DIGITS}
            value={totpCode}
            onChange={(event) => setTotpCode(event.target.value.trim())}
            {...fieldErrorProps(codeId, errors.totpCode)}
          />
          <FieldError id={codeId} message={errors.totpCode} />
        </div>
      )}
      <div className="button-row button-row--start">
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Confirming…' : 'Confirm'}
        </button>
        <button type="button" className="button button--secondary" onClick={cancelled}>
          Cancel
        </button>
      </div>
    </form>
  );
}
