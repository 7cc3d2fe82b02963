import { useId, useState, type FormEvent } from 'react';
import { FieldError, fieldErrorProps } from '../../app/field-error.component';
import { errorCodeOf, errorMessageOf, fieldMessagesOf } from '../../app/graphql-errors.utils';
import { IdentityNotConfirmed, useConfirmedAction } from './confirm-identity.component';
import { useChangePassword } from './useChangePassword';
import { PASSWORD_LENGTH } from '../../../../rules/limits';

/** The API's minimum; the server also refuses common and breached passwords. */

type Fields = 'newPassword';

const FIELD_LABELS: Record<Fields, string> = { newPassword: 'the new password' };

/** The current password is asked by the server's confirmIdentity, in place, when it has not been given lately. */
export function ChangePasswordForm() {
  const { changePassword, changingPassword } = useChangePassword();
  const { run, prompt } = useConfirmedAction();
  const [newPassword, setNewPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Fields, string>>>({});
  const [problem, setProblem] = useState<string>();
  const [changed, setChanged] = useState(false);

  const newId = useId();
  const newHintId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    setChanged(false);
    const local: Partial<Record<Fields, string>> = {};
    if (newPassword.length < PASSWORD_LENGTH.min) local.newPassword = `Use at least ${PASSWORD_LENGTH.min} characters.`;
    setFieldErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      await run(() => changePassword({ newPassword }));
    } catch (error) {
      if (error instanceof IdentityNotConfirmed) return;
      const { newPassword: next, ...others } = fieldMessagesOf(error, FIELD_LABELS);
      setFieldErrors({ newPassword: next });
      const otherMessages = Object.values(others).join(' ');
      if (otherMessages || !next) {
        setProblem(errorCodeOf(error) === 'BAD_USER_INPUT' && otherMessages ? otherMessages : errorMessageOf(error));
      }
      return;
    }
    setNewPassword('');
    setChanged(true);
  };

  return (
    <>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label="Change password">
        {problem && (
          <div className="callout callout--error" role="alert">
            {problem}
          </div>
        )}
        <div className="field">
          <label htmlFor={newId}>New password</label>
          <p id={newHintId} className="field-hint">
            At least {PASSWORD_LENGTH.min} characters. A few unrelated words make a strong password that is easy to
            type.
          </p>
          <input
            id={newId}
            name="newPassword"
            className="input"
            type="password"
            autoComplete="new-password"
            minLength={PASSWORD_LENGTH.min}
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
            {...fieldErrorProps(newId, fieldErrors.newPassword, newHintId)}
          />
          <FieldError id={newId} message={fieldErrors.newPassword} />
        </div>
        <div>
          <button type="submit" className="button" disabled={changingPassword}>
            {changingPassword ? 'Changing…' : 'Change password'}
          </button>
        </div>
        <p role="status" className="form-success">
          {changed ? 'Your password has been changed.' : ''}
        </p>
      </form>
      {prompt}
    </>
  );
}
