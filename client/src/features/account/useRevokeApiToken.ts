import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { errorMessageOf } from '../../app/graphql-errors.utils';
import { RevokeApiTokenDocument } from '../../graphql/documents/account';

/**
 * Revokes an API token after a second click: "Revoke…" asks, the confirm button takes the focus, and
 * "Keep it" gives the focus back to "Revoke…". The answer (with `revokedAt`) updates the cached row.
 */
export function useRevokeApiToken(apiTokenId: string) {
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
