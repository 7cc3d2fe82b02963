import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FieldError, fieldErrorProps } from '../../app/field-error.component';
import { errorMessageOf, fieldMessagesOf } from '../../app/graphql-errors.utils';
import { CompletePasswordResetDocument } from '../../graphql/documents/sign-in';
import { PASSWORD_LENGTH } from '../../../../rules/limits';
import './session.css';

/** The API's minimum; the server also refuses common passwords. */

/** Where a one-time link from an administrator leads: the person chooses their password, then signs in. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [complete, { loading }] = useMutation(CompletePasswordResetDocument);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState(false);
  const ids = { password: useId(), hint: useId(), repeat: useId() };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const local: typeof errors = {};
    if (password.length < PASSWORD_LENGTH.min) local.password = `Use at least ${PASSWORD_LENGTH.min} characters.`;
    if (repeat !== password) local.repeat = 'The two passwords differ: type the same one twice.';
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      await complete({ variables: { input: { token, newPassword: password } } });
      setDone(true);
    } catch (error) {
      const messages = fieldMessagesOf(error, { newPassword: 'the password' });
      if (messages.newPassword) setErrors({ password: messages.newPassword });
      else setProblem(errorMessageOf(error));
    }
  };

  return (
    <section className="auth-card">
      <title>Choose your password – CCPOR Deploy</title>
      <h1>Choose your password</h1>
      {!token ? (
        <div className="callout callout--error" role="alert">
          This link has no token. Open the whole link you were given, or ask an administrator for a new one.
        </div>
      ) : done ? (
        <div className="callout callout--success" role="status">
          <p>Your password is set.</p>
          <Link to="/sign-in" className="button">
            Sign in
          </Link>
        </div>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label="Choose your password">
          {problem && (
            <div className="callout callout--error" role="alert">
              {problem}
            </div>
          )}
          <div className="field">
            <label htmlFor={ids.password}>New password</label>
            <p id={ids.hint} className="field-hint">
              At least {PASSWORD_LENGTH.min} characters. A few unrelated words make a strong password that is easy to type.
            </p>
            <input
              id={ids.password}
              className="input"
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              {...fieldErrorProps(ids.password, errors.password, ids.hint)}
            />
            <FieldError id={ids.password} message={errors.password} />
          </div>
          <div className="field">
            <label htmlFor={ids.repeat}>The same password again</label>
            <input
              id={ids.repeat}
              className="input"
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
              {...fieldErrorProps(ids.repeat, errors.repeat)}
            />
            <FieldError id={ids.repeat} message={errors.repeat} />
          </div>
          <button type="submit" className="button" disabled={loading}>
            {loading ? 'Saving…' : 'Set password'}
          </button>
        </form>
      )}
    </section>
  );
}
