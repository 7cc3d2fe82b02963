import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { StartMfaEnrolmentDocument } from '../../graphql/generated/graphql';

/** A new TOTP secret for the signed-in person, pending until `confirmMfaEnrolment` proves the app has it. */
export function useStartMfaEnrolment() {
  const [mutate, { loading }] = useMutation(StartMfaEnrolmentDocument);
  const startMfaEnrolment = useCallback(async () => {
    const { data } = await mutate();
    if (!data) throw new Error('The server did not answer.');
    return data.startMfaEnrolment;
  }, [mutate]);
  return { startMfaEnrolment, starting: loading };
}
