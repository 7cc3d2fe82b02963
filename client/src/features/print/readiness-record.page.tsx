import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { LoadFailed } from '../../app/load-failed.component';
import { formatDate } from '../../app/local-date.utils';
import { ReadinessRecordDocument } from '../../graphql/generated/graphql';
import { PrintHeader } from './print-header.component';
import { printedDateTime } from './printed-date-time';
import { SignOffTable } from './sign-off-table.component';
import './print.css';
import { PARTY_LABELS, READINESS_STATUS_LABELS, RUN_STATUS_LABELS } from '../../../../rules/labels';

/** The printable readiness record: GO or NO-GO with every blocker, and who signed the acceptance run and when. */
export function ReadinessRecordPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ReadinessRecordDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const deployment = data?.deployment;

  if (error && !deployment) {
    return <LoadFailed what="The readiness record" error={error} />;
  }
  if (loading && !deployment) return <p role="status">Loading the readiness record…</p>;
  if (!deployment) return null;
  const { readiness } = deployment;
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
    </article>
  );
}
