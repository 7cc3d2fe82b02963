import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { StartMfaEnrolmentDocument } from '../../graphql/documents/account';

/** A new TOTP secret for the signed-in person, pending until `confirmMfaEnrolment` proves the app has it. */
export function useStartMfaEnrolment() {
  const [mutate, { loading }] = useMutation(StartMfaEnrolmentDocument);
  const startMfaEnrolment = useCallback(async () => {
    const { data } = await mutate({ variables: { input: { mutationId: crypto.randomUUID() } } });
    const { secret, otpauthUri } = data?.startMfaEnrolment ?? {};
    // Only a resend of the same mutationId answers without the secret, and a new id is never one.
    if (!secret || !otpauthUri) throw new Error('The server did not answer.');
    return { secret, otpauthUri };
  }, [mutate]);
  return { startMfaEnrolment, starting: loading };
}
