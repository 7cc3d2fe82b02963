import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { CreateUserInput } from '../../graphql/generated/graphql';
import { CreateUserDocument } from '../../graphql/documents/admin';

/**
 * Creates an account. Sent directly, not through the outbox: the answer holds the person's
 * one-time password link, which must never be stored on the device.
 */
export function useCreateUser() {
  const [mutate, { loading }] = useMutation(CreateUserDocument);
  const createUser = useCallback(
    async (input: Omit<CreateUserInput, 'mutationId'>) => {
      const { data } = await mutate({ variables: { input: { ...input, mutationId: crypto.randomUUID() } } });
      return data!.createUser;
    },
    [mutate],
  );
  return { createUser, creating: loading };
}
