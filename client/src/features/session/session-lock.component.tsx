import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { signInPath } from '../../app/session.utils';
import { hasDevicePin, verifyDevicePin } from '../../offline/device-pin';
import { IDLE_LOCK_MINUTES, unlockSession } from '../../offline/session-lock';
import { DEVICE_PIN_DIGITS } from '../../../../rules/limits';
import './session.css';

/**
 * Shown instead of any screen once the app has been idle for 15 minutes: no data until the person
 * signs in again (online) or enters the device PIN they chose at sign-in (offline).
 */
export function SessionLock({ userId, name }: { userId: string; name: string }) {
  const location = useLocation();
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string>();
  const [pinSet, setPinSet] = useState<boolean>();
  useEffect(() => {
    void hasDevicePin(userId).then(setPinSet, () => setPinSet(false));
  }, [userId]);

  const unlock = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    if (await verifyDevicePin(userId, pin)) unlockSession();
    else setProblem('That is not the PIN chosen at sign-in on this device.');
    setPin('');
  };

  return (
    <section className="auth-card" aria-labelledby="lock-heading">
      <title>Locked – CCPOR Deploy</title>
      <h1 id="lock-heading">Locked</h1>
      <p>
        CCPOR Deploy locked after {IDLE_LOCK_MINUTES} idle minutes. {name}’s unsent changes are safe on this device and keep syncing.
      </p>
      <Link className="button button--wide" to={signInPath(location)}>
        Sign in again
      </Link>
      {pinSet && (
        <form className="form" onSubmit={(event) => void unlock(event)}>
          <p className="muted">No network? Unlock with the device PIN you chose at sign-in.</p>
          <div className="field">
            <label htmlFor="unlock-pin">Device PIN</label>
            <input id="unlock-pin" className="input" type="password" inputMode="numeric" autoComplete="off" maxLength={DEVICE_PIN_DIGITS.max} value={pin} onChange={(event) => setPin(event.target.value)} />
          </div>
          {problem && (
            <p className="callout callout--error" role="alert">
              {problem}
            </p>
          )}
          <button type="submit" className="button button--secondary button--wide" disabled={pin.length < DEVICE_PIN_DIGITS.min}>
            Unlock with PIN
          </button>
        </form>
      )}
      {pinSet === false && <p className="muted">No device PIN was chosen at sign-in, so unlocking needs the network.</p>}
    </section>
  );
}
