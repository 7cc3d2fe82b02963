import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { LoadFailed } from '../../app/load-failed.component';
import { formatDate } from '../../app/local-date.utils';
import { ReadinessRecordDocument } from '../../graphql/documents/print';
import { PrintHeader } from './print-header.component';
import { printedDateTime } from './printed-date-time';
import { SignatureLines } from './signature-lines.component';
import { SignOffTable } from './sign-off-table.component';
import './print.css';
import { INCIDENT_SEVERITY_LABELS, INCIDENT_STATUS_LABELS, PARTY_LABELS, READINESS_STATUS_LABELS, RUN_STATUS_LABELS } from '../../../../rules/labels';

/** The printable readiness record: GO or NO-GO with every blocker, who signed the acceptance run and when, incidents after go-live and the close-out. */
export function ReadinessRecordPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ReadinessRecordDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const deployment = data?.deployment;

  if (error && !deployment) {
    return <LoadFailed what="The readiness record" error={error} />;
  }
  if (loading && !deployment) return <p role="status">Loading the readiness record…</p>;
  if (!deployment) return null;
  const { readiness, closeOut } = deployment;
  const incidents = [...deployment.incidents].sort((a, b) => a.reportedAt.localeCompare(b.reportedAt));
  const run = readiness.acceptanceRun;
  const go = readiness.status === 'GO';

  return (
    <article className="print-record">
      <PrintHeader title="Go-live readiness record" deployment={deployment} />
      <p>
        <span className={go ? 'print-verdict print-verdict--go' : 'print-verdict print-verdict--no-go'} data-testid="readiness-verdict">
          {READINESS_STATUS_LABELS[deployment.readiness.status]}
        </span>
        <br />
        As of {formatDate(readiness.asOf)}.{' '}
        {go ? 'Nothing blocks go-live.' : `${readiness.blockers.length} ${readiness.blockers.length === 1 ? 'thing blocks' : 'things block'} go-live.`}
      </p>

      {!go && (
        <section aria-labelledby="blockers-heading">
          <h2 id="blockers-heading">Blockers</h2>
          <table aria-label="Blockers">
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Why</th>
                <th scope="col">Waiting on</th>
                <th scope="col">Days open</th>
              </tr>
            </thead>
            <tbody>
              {readiness.blockers.map((b) => (
                <tr key={`${b.code}-${b.recordId}`} data-testid="blocker-row">
                  <td>{b.what}</td>
                  <td>{b.why}</td>
                  <td>{PARTY_LABELS[b.party]}</td>
                  <td className="numeric">{b.daysOpen}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section aria-labelledby="acceptance-heading">
        <h2 id="acceptance-heading">Acceptance testing and sign-offs</h2>
        {run ? (
          <>
            <p>
              Acceptance run of {printedDateTime(run.startedAt)} on plan version {run.plan.version}:{' '}
              {RUN_STATUS_LABELS[run.summary.status]} ({run.summary.passed} of {run.summary.total} cases passed,{' '}
              {run.summary.failed} failed, {run.summary.blocked} blocked, {run.summary.untested} untested).
            </p>
            <SignOffTable signOffs={run.signOffs} label="Sign-offs of the acceptance run" />
          </>
        ) : (
          <p>No acceptance run has been started.</p>
        )}
      </section>

      <section aria-labelledby="incidents-heading">
        <h2 id="incidents-heading">Incidents after go-live</h2>
        {incidents.length === 0 ? (
          <p>No incident was reported.</p>
        ) : (
          <table aria-label="Incidents">
            <thead>
              <tr>
                <th scope="col">Reported</th>
                <th scope="col">Severity</th>
                <th scope="col">What happened</th>
                <th scope="col">Status and resolution</th>
              </tr>
            </thead>
            <tbody>
              {incidents.map((i) => (
                <tr key={i.id} data-testid="incident-row">
                  <td>
                    {printedDateTime(i.reportedAt)} by {i.reportedBy}
                  </td>
                  <td>{INCIDENT_SEVERITY_LABELS[i.severity]}</td>
                  <td>{i.description}</td>
                  <td>
                    {INCIDENT_STATUS_LABELS[i.status]}
                    {i.resolvedAt && <> {printedDateTime(i.resolvedAt)}</>}
                    {i.resolution && <div>{i.resolution}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="close-out-heading">
        <h2 id="close-out-heading">Close-out</h2>
        {closeOut ? (
          <p data-testid="close-out">
            The court approved the close-out on {formatDate(closeOut.approvedOn)}: {closeOut.approvedBy}, {closeOut.approverRole}
            {closeOut.statement && <> (“{closeOut.statement}”)</>}; recorded by {closeOut.recordedBy}.
          </p>
        ) : (
          <p data-testid="close-out">The court has not approved the close-out.</p>
        )}
      </section>

      <SignatureLines deployment={deployment} />
    </article>
  );
}
