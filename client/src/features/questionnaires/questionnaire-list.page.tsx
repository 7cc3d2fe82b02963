import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { QuestionnaireQuestionsDocument } from '../../graphql/documents/questionnaires';
import { useOutboxEntries } from '../../offline/useOutboxEntries';
import { useOutboxWrite } from '../../offline/useOutboxWrite';
import { useMe } from '../session/useMe';
import { RESPONSE_STATUS_BADGES } from './questionnaire.badges';
import { useDeploymentQuestionnaires } from './useDeploymentQuestionnaires';
import { LoadFailed } from '../../app/load-failed.component';
import './questionnaires.css';
import { RESPONSE_STATUS_LABELS } from '../../../../rules/labels';
import { mayProgressTasks } from '../../../../rules/roles';
import { formatDateTime } from '../../../../rules/times';

/** A deployment's questionnaires: each with its response's status, or a button to start one. */
export function QuestionnaireListPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { me } = useMe();
  const { deployment, questionnaires, error } = useDeploymentQuestionnaires(id);
  const entries = useOutboxEntries(me?.id);
  const start = useOutboxWrite('StartResponse');
  const [problem, setProblem] = useState<string>();
  const client = useApolloClient();
  const keys = questionnaires?.map((questionnaire) => questionnaire.key).join(',') ?? '';
  // Each questionnaire's questions go into the (persisted) cache now, so that one started offline
  // later on this visit can be filled in.
  useEffect(() => {
    if (!keys || !navigator.onLine) return;
    for (const key of keys.split(',')) void client.query({ query: QuestionnaireQuestionsDocument, variables: { key } }).catch(() => {});
  }, [client, keys]);

  if (error && !deployment) {
    return <LoadFailed what="The questionnaires" error={error} />;
  }
  if (!deployment || !questionnaires || !me) {
    return (
      <p className="status-message" role="status">
        Loading questionnaires…
      </p>
    );
  }
  // Responses started on this device and not yet on the server (offline) count too.
  const startedHere = entries.filter(
    (entry) => entry.operationName === 'StartResponse' && entry.variables.input.deploymentId === id && entry.state !== 'SENT',
  );

  // The version shown now goes with the start: a form filled in offline is recorded against it.
  const startResponse = async (questionnaireKey: string, questionnaireVersion: number) => {
    setProblem(undefined);
    const responseId = crypto.randomUUID();
    const outcome = await start.send({ id: responseId, deploymentId: id, questionnaireKey, questionnaireVersion, filledOnSite: me.role === 'FIELD_STAFF' });
    if (outcome.state === 'SENT' || outcome.state === 'PENDING') await navigate(`/deployments/${id}/questionnaires/${responseId}`);
    else setProblem(outcome.error?.message ?? 'The questionnaire could not be started.');
  };

  return (
    <>
      <title>{`Questionnaires – ${deployment.court.name} – CCPOR Deploy`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/deployments/${id}`}>← {deployment.court.name}</Link>
      </nav>
      <h1>Questionnaires</h1>
      <p className="muted">{deployment.court.name}</p>
      {problem && (
        <div className="callout callout--error" role="alert">
          {problem}
        </div>
      )}
      <ul className="questionnaire-list" aria-label="Questionnaires">
        {questionnaires.map((questionnaire) => {
          const response = deployment.questionnaireResponses.find((r) => r.questionnaireKey === questionnaire.key);
          const local = startedHere.find((entry) => entry.variables.input.questionnaireKey === questionnaire.key);
          const responseId = response?.id ?? (local?.variables.input.id as string | undefined);
          return (
            <li key={questionnaire.key} className="run-list__item">
              <div>
                <h2 className="questionnaire-list__title">{questionnaire.title}</h2>
                <p className="muted">{questionnaire.description}</p>
                <p>
                  {response ? (
                    <span className={`badge ${RESPONSE_STATUS_BADGES[response.status]}`}>{RESPONSE_STATUS_LABELS[response.status]}</span>
                  ) : local ? (
                    <span className="badge badge--task-in-progress">Started on this device, waiting to sync</span>
                  ) : (
                    <span className="badge">Not started</span>
                  )}
                  {response && <span className="muted"> · last saved {formatDateTime(response.updatedAt)}</span>}
                </p>
              </div>
              {responseId ? (
                <Link className="button button--secondary" to={`/deployments/${id}/questionnaires/${responseId}`}>
                  {response && response.status !== 'DRAFT' && response.status !== 'RETURNED' ? 'View' : 'Continue'}
                  <span className="visually-hidden"> {questionnaire.title}</span>
                </Link>
              ) : (
                mayProgressTasks(me.role) && (
                  <button type="button" className="button" disabled={start.sending} onClick={() => void startResponse(questionnaire.key, questionnaire.version)}>
                    Start<span className="visually-hidden"> {questionnaire.title}</span>
                  </button>
                )
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
