import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { errorMessageOf } from '../../app/graphql-errors.utils';
import { RevokeApiTokenDocument } from '../../graphql/documents/account';

/**
 * Revokes an API token after a second click: "Revoke…" asks, the confirm button takes the focus, and
 * "Keep it" gives the focus back to "Revoke…". The answer (with `revokedAt`) updates the cached row.
 */
function useRevokeApiToken(apiTokenId: string) {
  const [mutate, { loading: revoking }] = useMutation(RevokeApiTokenDocument);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string>();
  const confirmButton = useRef<HTMLButtonElement>(null);
  const revokeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const revoke = async () => {
    setProblem(undefined);
    try {
      // Sent directly: revoking a credential must not wait in the outbox.
      await mutate({ variables: { input: { apiTokenId, mutationId: crypto.randomUUID() } } });
      setConfirming(false);
    } catch (error) {
      setProblem(errorMessageOf(error));
    }
  };

  const cancel = () => {
    setConfirming(false);
    // After React shows the button again.
    requestAnimationFrame(() => revokeButton.current?.focus());
  };

  return { confirming, ask: () => setConfirming(true), cancel, revoke, revoking, problem, confirmButton, revokeButton };
}

/**
 * A token's "Revoke…" button, its confirmation ("Tools using it stop working at once.") and why a revoke
 * was refused. `what` names the token to a screen reader (and to the confirmation), `confirmLabel` is the
 * confirm button's text.
 */
export function RevokeApiToken({ apiTokenId, what, confirmLabel }: { apiTokenId: string; what: string; confirmLabel: string }) {
  const { confirming, ask, cancel, revoke, revoking, problem, confirmButton, revokeButton } = useRevokeApiToken(apiTokenId);
  return (
    <>
      {confirming ? (
        <div className="token__confirm" role="group" aria-label={`Revoke ${what}?`}>
          <p>Tools using it stop working at once.</p>
          <div className="button-row button-row--start">
            <button ref={confirmButton} type="button" className="button button--danger" onClick={() => void revoke()} disabled={revoking}>
              {revoking ? 'Revoking…' : confirmLabel}
            </button>
            <button type="button" className="button button--secondary" onClick={cancel}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <button ref={revokeButton} type="button" className="button button--secondary" onClick={ask} aria-label={`Revoke ${what}…`}>
          Revoke…
        </button>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
