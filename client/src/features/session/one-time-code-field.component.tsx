import { useId } from 'react';
import { TOTP_DIGITS } from '../../../../rules/limits';
import './session.css';

/** The 6-digit code of an authenticator app: numeric keyboard, filled in by the OS where it can. */
export function OneTimeCodeField({
  label,
  value,
  onChange,
  error,
  autoFocus = false,
}: {
  label: string;
  value: string;
  onChange: (code: string) => void;
  error?: string;
  autoFocus?: boolean;
}) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className="field-hint">
        {TOTP_DIGITS} digits; a new code appears every 30 seconds.
      </p>
      <input
        id={id}
        name="code"
        className="input input--code"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern={`[0-9]{${TOTP_DIGITS}}`}
        title={`${TOTP_DIGITS} digits`}
        required
        // Pasted "123 456" or "123-456" keeps its digits (so no maxLength, which would cut it first).
        value={value}
        onChange={(event) => onChange(event.target.value.replace(/\D/g, '').slice(0, TOTP_DIGITS))}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        autoFocus={autoFocus}
      />
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
