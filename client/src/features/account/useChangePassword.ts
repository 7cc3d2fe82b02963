import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ChangePasswordInput } from '../../graphql/generated/graphql';
import { ChangePasswordDocument } from '../../graphql/documents/account';

/** Changes the signed-in person's password; rejects with the API's error (BAD_USER_INPUT per field). */
export function useChangePassword() {
  const [mutate, { loading }] = useMutation(ChangePasswordDocument);
  const changePassword = useCallback(
    async (input: ChangePasswordInput) => {
      await mutate({ variables: { input: { ...input, mutationId: crypto.randomUUID() } } });
    },
    [mutate],
  );
  return { changePassword, changingPassword: loading };
}
