import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { ConfirmMfaEnrolmentDocument } from '../../graphql/documents/account';

/**
 * Turns two-factor authentication on with the first code from the app; resolves to the recovery
 * codes, which the server never shows again.
 */
export function useConfirmMfaEnrolment(userId: string) {
  const [mutate, { loading }] = useMutation(ConfirmMfaEnrolmentDocument, {
    // The answer has no User in it, so the cached `me` learns the change here.
    update(cache, { data }) {
      if (!data) return;
      cache.modify({ id: cache.identify({ __typename: 'User', id: userId }), fields: { mfaEnabled: () => true } });
    },
  });
  const confirmMfaEnrolment = useCallback(
    async (code: string) => {
      const { data } = await mutate({ variables: { input: { code, mutationId: crypto.randomUUID() } } });
      const codes = data?.confirmMfaEnrolment.codes;
      // Only a resend of the same mutationId answers without the codes, and a new id is never one.
      if (!codes) throw new Error('The server did not answer.');
      return codes;
    },
    [mutate],
  );
  return { confirmMfaEnrolment, confirming: loading };
}
