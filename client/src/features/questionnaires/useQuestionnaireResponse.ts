import { useQuery } from '@apollo/client/react';
import { QuestionnaireResponseDocument } from '../../graphql/generated/graphql';

/** One response with the questions of the questionnaire version it answers. */
export function useQuestionnaireResponse(id: string) {
  const { data, error, loading } = useQuery(QuestionnaireResponseDocument, { variables: { id } });
  return { response: data?.questionnaireResponse, error, loading };
}
