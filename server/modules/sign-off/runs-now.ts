import { DataSource, EntityManager } from 'typeorm';
import type { DefectSeverity } from '../../../rules/enums';
import { CASE_STATUS_LABELS, DEFECT_SEVERITY_LABELS, DEFECT_STATUS_LABELS } from '../../../rules/labels';
import { selectWhereIn } from '../../db/sql';
import { Defect, DefectStatus, BLOCKING_SEVERITIES, SETTLED_DEFECT_STATUSES } from '../defect/defect.entity';
import { caseStatuses, runStatuses } from '../test-run/run-status';
import { CaseStatus, TestRun, TestRunStatus } from '../test-run/test-run.entity';
import { Criticality } from '../test-plan/test-plan.entity';
import { SignOffBasis } from './sign-off.entity';

/** A run as a signer would see it now: its basis, status and what could block a sign-off. */
export interface RunNow {
  runId: string;
  deploymentId: string;
  runStatus: TestRunStatus;
  basis: SignOffBasis;
  cases: { caseId: string; caseKey: string; criticality: string; status: CaseStatus }[];
  defects: Defect[];
}

function groupBy<R>(rows: R[], keyOf: (row: R) => string): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** The runs as they are now, batched: three statements whatever the number of runs. */
export async function runsNow(db: DataSource | EntityManager, runs: TestRun[]): Promise<Map<string, RunNow>> {
  if (!runs.length) return new Map();
  const ids = runs.map((r) => r.id);
  const [cases, statuses] = [await caseStatuses(db, ids), await runStatuses(db, ids)];
  const manager = 'manager' in db ? db.manager : db;
  const defects = await selectWhereIn(manager, Defect, 'deploymentId', [...new Set(runs.map((r) => r.deploymentId))], { raisedAt: 'ASC' });
  const casesOfRun = groupBy(cases, (c) => c.runId);
  const defectsOfDeployment = groupBy(defects, (d) => d.deploymentId);
  return new Map(runs.map((run, i) => {
    const own = casesOfRun.get(run.id) ?? [];
    const theirs = defectsOfDeployment.get(run.deploymentId) ?? [];
    return [run.id, {
      runId: run.id,
      deploymentId: run.deploymentId,
      runStatus: statuses[i].status,
      basis: {
        cases: Object.fromEntries(own.map((c) => [c.caseId, c.attemptId])),
        // Status and severity: a note or a linked attempt does not change what was signed.
        defects: Object.fromEntries(theirs.map((d) => [d.id, `${d.status}/${d.severity}`])),
      },
      cases: own,
      defects: theirs,
    }];
  }));
}

/** "open, major": a defect's status and severity as a basis keeps them, in words. */
const defectWords = (status: DefectStatus, severity: DefectSeverity) =>
  `${DEFECT_STATUS_LABELS[status]?.toLowerCase() ?? status}, ${DEFECT_SEVERITY_LABELS[severity]?.toLowerCase() ?? severity}`;

/** What changed since a sign-off's basis, in words; empty while it is current. */
export function changesSince(signed: SignOffBasis, now: RunNow): string[] {
  const changes: string[] = [];
  for (const c of now.cases) {
    if ((signed.cases[c.caseId] ?? null) !== (now.basis.cases[c.caseId] ?? null)) changes.push(`Case ${c.caseKey} has a newer attempt (${CASE_STATUS_LABELS[c.status].toLowerCase()}).`);
  }
  for (const d of now.defects) {
    const before = signed.defects[d.id];
    if (!before) changes.push(`${DEFECT_SEVERITY_LABELS[d.severity]} defect "${d.title}" was raised (${DEFECT_STATUS_LABELS[d.status].toLowerCase()}).`);
    else if (before !== now.basis.defects[d.id]) changes.push(`Defect "${d.title}" is now ${defectWords(d.status, d.severity)} (was ${defectWords(...(before.split('/') as [DefectStatus, DefectSeverity]))}).`);
  }
  return changes;
}

interface SignOffBlocker {
  recordType: 'TestCase' | 'Defect';
  recordId: string;
  what: string;
  status: string;
}

/** No sign-off while a CRITICAL case is neither PASSED nor NOT_APPLICABLE, or a CRITICAL or MAJOR defect is open (docs/domain.md#sign-offs). */
export function signOffBlockers(now: RunNow): SignOffBlocker[] {
  const cases = now.cases
    .filter((c) => c.criticality === Criticality.CRITICAL && c.status !== CaseStatus.PASSED && c.status !== CaseStatus.NOT_APPLICABLE)
    .map((c): SignOffBlocker => ({ recordType: 'TestCase', recordId: c.caseId, what: `Critical case ${c.caseKey}`, status: c.status }));
  const defects = blockingDefects(now.defects)
    .map((d): SignOffBlocker => ({ recordType: 'Defect', recordId: d.id, what: `${DEFECT_SEVERITY_LABELS[d.severity]} defect "${d.title}"`, status: d.status }));
  return [...cases, ...defects];
}

/** CRITICAL and MAJOR defects that are neither VERIFIED nor WONT_FIX. */
export const blockingDefects = (defects: Defect[]) =>
  defects.filter((d) => BLOCKING_SEVERITIES.includes(d.severity) && !SETTLED_DEFECT_STATUSES.includes(d.status as DefectStatus));
