import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { LoadFailed } from '../../app/load-failed.component';
import type { PrintRunFragment } from '../../graphql/generated/graphql';
import { CatRecordDocument, PrintRunDetailDocument } from '../../graphql/documents/print';
import { PrintHeader } from './print-header.component';
import { printedDateTime } from './printed-date-time';
import { SignatureLines } from './signature-lines.component';
import { SignOffTable } from './sign-off-table.component';
import './print.css';
import { CASE_STATUS_LABELS, CRITICALITY_LABELS, DEFECT_SEVERITY_LABELS, DEFECT_STATUS_LABELS, RUN_STATUS_LABELS, TEST_ENVIRONMENT_LABELS } from '../../../../rules/labels';

/** The printable Court Acceptance Testing record: every run with its plan version, cases, attempts, defects and sign-offs. */
export function CatRecordPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(CatRecordDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const deployment = data?.deployment;

  if (error && !deployment) {
    return <LoadFailed what="The CAT record" error={error} />;
  }
  if (loading && !deployment) return <p role="status">Loading the CAT record…</p>;
  if (!deployment) return null;
  // Oldest run first, as they happened.
  const runs = [...deployment.testRuns].sort((a, b) => a.startedAt.localeCompare(b.startedAt));

  return (
    <article className="print-record">
      <PrintHeader title="Court Acceptance Testing record" deployment={deployment} />
      {runs.length === 0 ? <p>No test run has been started.</p> : runs.map((run) => <RunLoader key={run.id} id={run.id} />)}
      <SignatureLines deployment={deployment} />
    </article>
  );
}

function RunLoader({ id }: { id: string }) {
  const { data, error } = useQuery(PrintRunDetailDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (data?.testRun) return <RunRecord run={data.testRun} />;
  if (error) return <LoadFailed what="A run" error={error} />;
  return <p role="status">Loading a run…</p>;
}

function RunRecord({ run }: { run: PrintRunFragment }) {
  const keyOfCase = new Map(run.cases.map((c) => [c.testCase.id, c.testCase.key]));
  const s = run.summary;
  const cases = [...run.cases].sort((a, b) => a.testCase.position - b.testCase.position);
  return (
    <section className="print-run" aria-labelledby={`run-${run.id}`} data-testid="print-run">
      <h2 id={`run-${run.id}`}>
        {run.purpose === 'ACCEPTANCE' ? 'Acceptance run' : 'Rehearsal run'} of {printedDateTime(run.startedAt)}:{' '}
        {RUN_STATUS_LABELS[s.status]}
      </h2>
      <p>
        Plan “{run.plan.name}”, version {run.plan.version} · environment {TEST_ENVIRONMENT_LABELS[run.environment].toLowerCase()} · started by{' '}
        {run.startedBy}
        <br />
        {s.total} cases: {s.passed} passed, {s.failed} failed, {s.blocked} blocked, {s.retest} to retest, {s.untested}{' '}
        untested, {s.notApplicable} not applicable
      </p>

      <h3>Cases and attempts</h3>
      {/* One table for every case, so its header prints once a sheet and not once a case. */}
      <table aria-label="Cases and attempts">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Result</th>
            <th scope="col">Tester</th>
            <th scope="col">When</th>
            <th scope="col">Build</th>
            <th scope="col">Actual result and notes</th>
          </tr>
        </thead>
        {cases.map((c) => (
          <tbody key={c.testCase.id} className="print-case" data-testid="print-case" data-case-key={c.testCase.key}>
            <tr className="print-case-heading">
              <th scope="colgroup" colSpan={6}>
                {c.testCase.key} · {c.testCase.title} ({CRITICALITY_LABELS[c.testCase.criticality]}): {CASE_STATUS_LABELS[c.status]}
              </th>
            </tr>
            {c.attempts.length === 0 ? (
              <tr>
                <td colSpan={6}>No attempt.</td>
              </tr>
            ) : (
              [...c.attempts]
                .sort((a, b) => a.sequence - b.sequence)
                .map((a, index) => (
                  <tr key={a.id} data-testid="print-attempt">
                    <td>{index + 1}</td>
                    <td>{CASE_STATUS_LABELS[a.status]}</td>
                    <td>{a.tester}</td>
                    <td>{printedDateTime(a.testedAt)}</td>
                    <td>{a.build ?? '–'}</td>
                    <td>{[a.actualResult, a.notes].filter(Boolean).join(' · ') || '–'}</td>
                  </tr>
                ))
            )}
          </tbody>
        ))}
      </table>

      <h3>Defects</h3>
      {run.defects.length === 0 ? (
        <p>No defect was raised.</p>
      ) : (
        <table aria-label="Defects">
          <thead>
            <tr>
              <th scope="col">Defect</th>
              <th scope="col">Severity</th>
              <th scope="col">Status</th>
              <th scope="col">Cases</th>
              <th scope="col">Raised</th>
            </tr>
          </thead>
          <tbody>
            {run.defects.map((d) => (
              <tr key={d.id}>
                <td>
                  {d.title}
                  {d.note && <div>{d.note}</div>}
                  {d.fixedInBuild && <div>Fixed in {d.fixedInBuild}</div>}
                </td>
                <td>{DEFECT_SEVERITY_LABELS[d.severity]}</td>
                <td>{DEFECT_STATUS_LABELS[d.status]}</td>
                <td>{[...new Set(d.attempts.map((a) => keyOfCase.get(a.caseId) ?? a.caseId))].join(', ')}</td>
                <td>
                  {printedDateTime(d.raisedAt)} by {d.raisedBy}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>Sign-offs</h3>
      <SignOffTable signOffs={run.signOffs} label="Sign-offs of the run" />
    </section>
  );
}
