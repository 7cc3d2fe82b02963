import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { ResetPasswordDocument } from '../../graphql/documents/admin';

/** A new one-time password link for a person; sent directly, as the link is a credential shown once. */
export function useResetPassword() {
  const [mutate, { loading }] = useMutation(ResetPasswordDocument, { fetchPolicy: 'no-cache' });
  const resetPassword = useCallback(
    async (userId: string) => {
      const { data } = await mutate({ variables: { input: { userId, mutationId: crypto.randomUUID() } } });
      return data!.resetPassword;
    },
    [mutate],
  );
  return { resetPassword, resetting: loading };
}
