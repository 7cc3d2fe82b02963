import { useApolloClient, useQuery } from '@apollo/client/react';
import { QuestionnaireResponseDocument } from '../../graphql/documents/questionnaires';

/**
 * One response with the questions of the questionnaire version it answers. Online it is read from
 * the server, so a draft is always edited from the latest answers; the cached copy (persisted for
 * visits with no network) serves only when the server cannot be reached.
 */
export function useQuestionnaireResponse(id: string) {
  const client = useApolloClient();
  const online = navigator.onLine;
  const { data, error, loading } = useQuery(QuestionnaireResponseDocument, { variables: { id }, fetchPolicy: online ? 'network-only' : 'cache-only' });
  const cached = error ? client.readQuery({ query: QuestionnaireResponseDocument, variables: { id } }) : null;
  const response = data?.questionnaireResponse ?? cached?.questionnaireResponse;
  return { response, error: response ? undefined : error, loading };
}
