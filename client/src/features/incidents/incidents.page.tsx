import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { DeploymentIncidentsQuery, IncidentSeverity, IncidentStatus } from '../../graphql/generated/graphql';
import { DeploymentIncidentsDocument } from '../../graphql/documents/incidents';
import { DraftNotice } from '../../app/draft-notice.component';
import { FieldError, fieldErrorProps } from '../../app/field-error.component';
import { LabelOptions } from '../../app/label-options.component';
import { LoadFailed } from '../../app/load-failed.component';
import { useDraft } from '../../offline/useDraft';
import { useOutboxEntries } from '../../offline/useOutboxEntries';
import { useOutboxWrite } from '../../offline/useOutboxWrite';
import { useMe } from '../session/useMe';
import { CommentToggle } from '../comments/comment-thread.component';
import { CommentsProvider } from '../comments/comments.context';
import './incidents.css';
import { INCIDENT_SEVERITY_LABELS, reasonInWords, INCIDENT_STATUS_LABELS } from '../../../../rules/labels';
import { isPlanner, mayReportIncidents } from '../../../../rules/roles';
import { INCIDENT_TRANSITIONS } from '../../../../rules/transitions';
import { formatDateTime } from '../../../../rules/times';
import { MIN_SAID } from '../../../../rules/limits';

type Deployment = DeploymentIncidentsQuery['deployment'];
type Incident = Deployment['incidents'][number];

const blocksCloseOut = (incident: Pick<Incident, 'severity' | 'status'>) =>
  (incident.severity === 'SEV1' || incident.severity === 'SEV2') && incident.status !== 'RESOLVED' && incident.status !== 'CLOSED';

type Outcome = { error: boolean; text: string } | undefined;
const describe = (state: string, error: { message: string } | undefined, done: string): Outcome =>
  state === 'SENT'
    ? { error: false, text: done }
    : state === 'PENDING'
      ? { error: false, text: 'Saved on this device; it will sync when online.' }
      : { error: true, text: error?.message ?? 'The server refused it.' };

function OutcomeMessage({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  return (
    <div className={`callout ${outcome.error ? 'callout--error' : 'callout--success'}`} role={outcome.error ? 'alert' : 'status'}>
      {outcome.text}
    </div>
  );
}

/** Incidents after go-live, reporting and updating them, and the court's close-out approval. */
export function IncidentsPage() {
  const { id = '' } = useParams();
  const { me } = useMe();
  const { data, error } = useQuery(DeploymentIncidentsDocument, { variables: { deploymentId: id } });
  const entries = useOutboxEntries(me?.id);
  const deployment = data?.deployment;

  if (error && !deployment) {
    return <LoadFailed what="The incidents" error={error} />;
  }
  if (!deployment || !me) {
    return (
      <p className="status-message" role="status">
        Loading incidents…
      </p>
    );
  }
  const known = new Set(deployment.incidents.map((incident) => incident.id));
  const reportedHere = entries.filter(
    (entry) =>
      entry.operationName === 'ReportIncident' &&
      entry.variables.input.deploymentId === id &&
      entry.state !== 'SENT' &&
      !known.has(entry.variables.input.id as string),
  );
  const live = Boolean(deployment.actualGoLive);
  const isCourtPartner = me.role === 'PARTNER_USER' && me.organization?.id === deployment.court.id;
  const openBlocking = deployment.incidents.filter(blocksCloseOut);

  return (
    <>
      <title>{`Incidents – ${deployment.court.name} – CCPOR Deploy`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/deployments/${id}`}>← {deployment.court.name}</Link>
      </nav>
      <h1>Incidents and close-out</h1>
      <p className="muted">
        {deployment.court.name}
        {deployment.actualGoLive ? ` · live since ${deployment.actualGoLive}` : ' · not live yet'}
      </p>
      {!live && (
        <p className="callout callout--warning">Incidents are reported after go-live; before it, raise a defect from a CAT attempt.</p>
      )}

      <section aria-labelledby="incidents-heading" className="incidents-section">
        <h2 id="incidents-heading">Incidents</h2>
        {deployment.incidents.length === 0 && reportedHere.length === 0 ? (
          <p className="empty-state">No incident reported.</p>
        ) : (
          <ul className="incident-list">
            {reportedHere.map((entry) => (
              <li key={entry.mutationId} className="incident">
                <p>
                  <span className="badge badge--task-in-progress">Reported on this device, waiting to sync</span>{' '}
                  <strong>{INCIDENT_SEVERITY_LABELS[entry.variables.input.severity as IncidentSeverity]}</strong>
                </p>
                <p>{entry.variables.input.description as string}</p>
                {entry.lastError && <p className="field-error">{reasonInWords(entry.lastError)}</p>}
              </li>
            ))}
            <CommentsProvider deploymentId={id} me={me}>
              {[...deployment.incidents].reverse().map((incident) => (
                <IncidentItem key={incident.id} incident={incident} mayUpdate={isPlanner(me.role)} />
              ))}
            </CommentsProvider>
          </ul>
        )}
      </section>

      {live && mayReportIncidents(me.role) && deployment.status === 'LIVE' && <ReportForm deploymentId={id} reporter={me.displayName} />}

      <section aria-labelledby="close-out-heading" className="incidents-section">
        <h2 id="close-out-heading">Close-out</h2>
        {deployment.closeOut ? (
          <p>
            <span className="badge badge--task-done">Approved</span> by {deployment.closeOut.approvedBy} ({deployment.closeOut.approverRole}) on{' '}
            {deployment.closeOut.approvedOn}
            {deployment.closeOut.statement && <> — “{deployment.closeOut.statement}”</>}
          </p>
        ) : (
          <>
            <p>The court approves close-out once no SEV1 or SEV2 incident is open.</p>
            {openBlocking.length > 0 && (
              <p className="callout callout--warning">
                {openBlocking.length} SEV1 or SEV2 incident(s) are not resolved yet: close-out waits for them.
              </p>
            )}
            {isCourtPartner && deployment.status === 'LIVE' ? (
              <CloseOutForm deploymentId={id} version={deployment.version} approver={me.displayName} />
            ) : (
              <p className="muted">Only a person of {deployment.court.name}, signed in as themselves, approves close-out.</p>
            )}
          </>
        )}
      </section>
    </>
  );
}

function IncidentItem({ incident, mayUpdate }: { incident: Incident; mayUpdate: boolean }) {
  const ids = { status: useId(), severity: useId(), resolution: useId() };
  const draft = useDraft(
    `incident:${incident.id}:${incident.version}`,
    { status: incident.status, severity: incident.severity, resolution: incident.resolution ?? '' },
    `Update of the incident reported ${formatDateTime(incident.reportedAt)}`,
  );
  const { status, severity, resolution } = draft.value;
  const [problem, setProblem] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();
  const { send, sending } = useOutboxWrite('UpdateIncident');
  const choices = [incident.status, ...INCIDENT_TRANSITIONS[incident.status]];

  const save = async () => {
    if (status === 'RESOLVED' && resolution.trim().length < MIN_SAID) {
      setProblem(`Say how it was resolved (at least ${MIN_SAID} characters).`);
      return;
    }
    setProblem(undefined);
    const outcome = await send(
      {
        incidentId: incident.id,
        status,
        ...(severity !== incident.severity ? { severity } : {}),
        ...(resolution.trim() && resolution.trim() !== incident.resolution ? { resolution: resolution.trim() } : {}),
      },
      { baseVersion: incident.version },
    );
    setOutcome(describe(outcome.state, outcome.error, 'Incident updated.'));
    if (outcome.state === 'SENT' || outcome.state === 'PENDING') await draft.discard();
  };

  return (
    <li className="incident">
      <p>
        <span className={`badge ${incident.status === 'CLOSED' || incident.status === 'RESOLVED' ? 'badge--task-done' : blocksCloseOut(incident) ? 'badge--overdue' : 'badge--task-in-progress'}`}>
          {INCIDENT_STATUS_LABELS[incident.status]}
        </span>{' '}
        <strong>{INCIDENT_SEVERITY_LABELS[incident.severity]}</strong>
      </p>
      <p>{incident.description}</p>
      <p className="muted">
        Reported by {incident.reportedBy}, {formatDateTime(incident.reportedAt)}
        {incident.resolution && ` · resolution: ${incident.resolution}`}
      </p>
      {mayUpdate && incident.status !== 'CLOSED' && (
        <form
          className="incident__update"
          aria-label={`Update the incident reported ${formatDateTime(incident.reportedAt)}`}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <div className="field">
            <label htmlFor={ids.status}>Status</label>
            <select id={ids.status} value={status} onChange={(event) => draft.setField('status', event.target.value as IncidentStatus)}>
              <LabelOptions labels={INCIDENT_STATUS_LABELS} values={choices} />
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.severity}>Severity</label>
            <select id={ids.severity} value={severity} onChange={(event) => draft.setField('severity', event.target.value as IncidentSeverity)}>
              <LabelOptions labels={INCIDENT_SEVERITY_LABELS} />
            </select>
          </div>
          <div className="field incident__resolution">
            <label htmlFor={ids.resolution}>Resolution</label>
            <input
              id={ids.resolution}
              className="input"
              value={resolution}
              onChange={(event) => draft.setField('resolution', event.target.value)}
              {...fieldErrorProps(ids.resolution, problem)}
            />
            <FieldError id={ids.resolution} message={problem} />
          </div>
          <button type="submit" className="button" disabled={sending}>
            Save
          </button>
        </form>
      )}
      <OutcomeMessage outcome={outcome} />
      <CommentToggle subject={{ field: 'incidentId', id: incident.id, about: `the incident reported ${formatDateTime(incident.reportedAt)}` }} />
    </li>
  );
}

function ReportForm({ deploymentId, reporter }: { deploymentId: string; reporter: string }) {
  const ids = { severity: useId(), description: useId(), reportedBy: useId() };
  const draft = useDraft(`incident-report:${deploymentId}`, { severity: 'SEV3' as IncidentSeverity, description: '', reportedBy: reporter }, 'Incident report');
  const { severity, description, reportedBy } = draft.value;
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome>();
  const { send, sending } = useOutboxWrite('ReportIncident');

  const submit = async () => {
    const found: Record<string, string> = {};
    if (description.trim().length < MIN_SAID) found.description = `Describe what happened (at least ${MIN_SAID} characters).`;
    if (!reportedBy.trim()) found.reportedBy = 'Say who reported it.';
    setProblems(found);
    if (Object.keys(found).length) return;
    const outcome = await send({
      id: crypto.randomUUID(),
      deploymentId,
      severity,
      description: description.trim(),
      reportedBy: reportedBy.trim(),
      reportedAt: new Date().toISOString(),
    });
    setOutcome(describe(outcome.state, outcome.error, 'Incident reported.'));
    if (outcome.state === 'SENT' || outcome.state === 'PENDING') await draft.discard();
  };

  return (
    <section aria-labelledby="report-heading" className="panel incidents-section">
      <h2 id="report-heading">Report an incident</h2>
      <DraftNotice draft={draft} />
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={ids.severity}>Severity</label>
          <select id={ids.severity} value={severity} onChange={(event) => draft.setField('severity', event.target.value as IncidentSeverity)}>
            <LabelOptions labels={INCIDENT_SEVERITY_LABELS} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.description}>What happened</label>
          <textarea
            id={ids.description}
            className="input incident__description"
            rows={3}
            value={description}
            onChange={(event) => draft.setField('description', event.target.value)}
            {...fieldErrorProps(ids.description, problems.description)}
          />
          <FieldError id={ids.description} message={problems.description} />
        </div>
        <div className="field">
          <label htmlFor={ids.reportedBy}>Reported by</label>
          <input
            id={ids.reportedBy}
            className="input"
            value={reportedBy}
            onChange={(event) => draft.setField('reportedBy', event.target.value)}
            {...fieldErrorProps(ids.reportedBy, problems.reportedBy)}
          />
          <FieldError id={ids.reportedBy} message={problems.reportedBy} />
        </div>
        <OutcomeMessage outcome={outcome} />
        <div className="button-row button-row--start">
          <button type="submit" className="button" disabled={sending}>
            Report the incident
          </button>
        </div>
      </form>
    </section>
  );
}

function CloseOutForm({ deploymentId, version, approver }: { deploymentId: string; version: number; approver: string }) {
  const ids = { by: useId(), role: useId(), statement: useId() };
  const [approvedBy, setApprovedBy] = useState(approver);
  const [approverRole, setApproverRole] = useState('');
  const [statement, setStatement] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome>();
  const { send, sending } = useOutboxWrite('ApproveCloseOut');

  const submit = async () => {
    const found: Record<string, string> = {};
    if (!approvedBy.trim()) found.by = 'Your name is required.';
    if (!approverRole.trim()) found.role = 'Your role is required, e.g. Court Executive Officer.';
    setProblems(found);
    if (Object.keys(found).length) return;
    const outcome = await send(
      { deploymentId, approvedBy: approvedBy.trim(), approverRole: approverRole.trim(), ...(statement.trim() ? { statement: statement.trim() } : {}) },
      { baseVersion: version },
    );
    setOutcome(describe(outcome.state, outcome.error, 'Close-out approved: the deployment is closed.'));
  };

  const field = (key: 'by' | 'role') => ({ id: ids[key], className: 'input', ...fieldErrorProps(ids[key], problems[key]) });

  return (
    <form
      className="form panel"
      aria-labelledby="approve-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id="approve-heading">Approve close-out</h3>
      <div className="field">
        <label htmlFor={ids.by}>Your name</label>
        <input {...field('by')} autoComplete="name" value={approvedBy} onChange={(event) => setApprovedBy(event.target.value)} />
        <FieldError id={ids.by} message={problems.by} />
      </div>
      <div className="field">
        <label htmlFor={ids.role}>Your role</label>
        <input {...field('role')} autoComplete="organization-title" value={approverRole} onChange={(event) => setApproverRole(event.target.value)} />
        <FieldError id={ids.role} message={problems.role} />
      </div>
      <div className="field">
        <label htmlFor={ids.statement}>Statement (optional)</label>
        <textarea id={ids.statement} className="input incident__description" rows={3} value={statement} onChange={(event) => setStatement(event.target.value)} />
      </div>
      <OutcomeMessage outcome={outcome} />
      <div className="button-row button-row--start">
        <button type="submit" className="button" disabled={sending}>
          Approve close-out
        </button>
      </div>
    </form>
  );
}
