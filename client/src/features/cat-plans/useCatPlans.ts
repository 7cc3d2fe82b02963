import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { CatPlansDocument } from '../../graphql/documents/cat-plans';
import { useOutboxWrite } from '../../offline/useOutboxWrite';

export function useCatPlans() {
  const { data, error, networkStatus, refetch } = useQuery(CatPlansDocument, { notifyOnNetworkStatusChange: true });
  return {
    plans: data?.testPlans ?? [],
    draft: data?.testPlanDraft ?? null,
    loading: !data && networkStatus !== NetworkStatus.error,
    error,
    refetch: useCallback(() => refetch(), [refetch]),
  };
}

/** The draft's writes, each through the outbox. */
export function useTestPlanDraftWrites() {
  const start = useOutboxWrite('StartTestPlanDraft');
  const save = useOutboxWrite('SaveTestPlanDraft');
  const publish = useOutboxWrite('PublishTestPlanDraft');
  const discard = useOutboxWrite('DiscardTestPlanDraft');
  return {
    start: start.send,
    save: save.send,
    publish: publish.send,
    discard: discard.send,
    busy: start.sending || save.sending || publish.sending || discard.sending,
  };
}
