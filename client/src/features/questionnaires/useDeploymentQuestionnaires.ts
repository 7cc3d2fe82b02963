import { useQuery } from '@apollo/client/react';
import { DeploymentQuestionnairesDocument } from '../../graphql/documents/questionnaires';

/** A deployment's questionnaire responses and the latest version of every questionnaire. */
export function useDeploymentQuestionnaires(deploymentId: string) {
  const { data, error, loading } = useQuery(DeploymentQuestionnairesDocument, { variables: { deploymentId } });
  return { deployment: data?.deployment, questionnaires: data?.questionnaires, error, loading };
}
