import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../server/shared/dates';
import { Api, dataOf, errorCode, startApi, errorDetails } from '../support/api';
import { courtName, createDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const today = () => api.clock.now().toISOString().slice(0, 10);
const PREVIEW = graphql(`query DeploymentImportPreviewDeploymentImport($csv: String!) { previewDeploymentImport(csv: $csv) {
  validCount invalidCount rows { line court courtId courtName targetGoLive phase status wave leaNames problems { field message } } } }`);
const IMPORT = graphql(`mutation DeploymentImportImportDeployments($i: ImportDeploymentsInput!) { importDeployments(input: $i) {
  created { ...DeploymentFields actualGoLive wave } skipped { line court problems { field message } } } }`);
const IMPORTED_LIVE = graphql(`query DeploymentImportLive($id: ID!) { deployment(id: $id) {
  dependencies { status metOn } tasks { key status evidence } health { status reasons { code } } readiness { status blockers { code } } } }`);
const BLOCKERS = graphql(`query DeploymentImportBlockers { readinessBlockersReport(first: 100) { nodes { deploymentId } } }`);
const count = async () => (await api.gql(graphql(`query DeploymentImportDeployments { deployments(first: 100) { totalCount } }`))).data!.deployments.totalCount as number;

/** A sheet as a coordinator would export it: Fresno and Kings good, one row with several mistakes, Marin already deployed, Kings twice. */
function sheet() {
  return [
    'Court,Go-live,Phase,Status,Wave,LEAs',
    `Fresno,${addDays(today(), 40)},IMPLEMENT,IN_PROGRESS,2,Fresno County Sheriff's Office`,
    `"Superior Court of California, County of Kings",${addDays(today(), 100)},scope,committed,,Kings County Sheriff’s Office`,
    `Atlantis,31/02/2027,LAUNCH,IN_PROGRESS,x,Nowhere Police`,
    `Marin,${addDays(today(), 90)},PLANNING,INTERESTED,3,`,
    `Kings,${addDays(today(), 100)},SCOPE,COMMITTED,,`,
    `Santa Cruz,${addDays(today(), -10)},POST_GO_LIVE,LIVE,1,Santa Cruz County Sheriff’s Office`,
  ].join('\n');
}

describe('deployment import', () => {
  beforeAll(async () => { await createDeployment(api, 'Marin', 120); });

  it('is for planners only', async () => {
    const field = await api.as('FIELD_STAFF');
    expect(errorCode(await field.gql(PREVIEW, { csv: sheet() }))).toBe('FORBIDDEN');
    expect(errorCode(await field.gql(IMPORT, { i: { csv: sheet(), mutationId: randomUUID() } }))).toBe('FORBIDDEN');
  });

  it('refuses a file without the needed columns, or with too many rows, as a whole', async () => {
    const noStatus = await api.gql(PREVIEW, { csv: 'Court,Go-live,Phase\nFresno,2027-03-01,SCOPE' });
    expect(errorCode(noStatus)).toBe('BAD_USER_INPUT');
    expect(errorDetails(noStatus).fields![0]).toMatchObject({ field: 'csv' });
    const big = ['Court,Go-live,Phase,Status', ...Array.from({ length: 501 }, () => 'Fresno,2027-03-01,SCOPE,COMMITTED')].join('\n');
    expect(errorCode(await api.gql(PREVIEW, { csv: big }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(IMPORT, { i: { csv: 'x'.repeat(200_001), mutationId: randomUUID() } }))).toBe('BAD_USER_INPUT');
  });

  it('previews every row with its problems and writes nothing', async () => {
    const before = await count();
    const res = await api.gql(PREVIEW, { csv: sheet() });
    expect(res.errors).toBeUndefined();
    const preview = res.data!.previewDeploymentImport;
    expect(preview).toMatchObject({ validCount: 3, invalidCount: 3 });
    const [fresno, kings, bad, marin, kingsAgain, santaCruz] = preview.rows;
    expect(fresno).toMatchObject({ line: 2, courtName: courtName('Fresno'), phase: 'IMPLEMENT', status: 'IN_PROGRESS', wave: 2, leaNames: ['Fresno County Sheriff’s Office'], problems: [] });
    expect(kings).toMatchObject({ line: 3, courtName: courtName('Kings'), phase: 'SCOPE', status: 'COMMITTED', wave: null, problems: [] });
    expect(bad.line).toBe(4);
    expect(bad.problems.map((p: { field: string }) => p.field).sort()).toEqual(['court', 'goLive', 'leas', 'phase', 'wave']);
    expect(marin.problems).toEqual([expect.objectContaining({ field: 'court', message: expect.stringContaining('already has a deployment') })]);
    expect(kingsAgain.problems).toEqual([expect.objectContaining({ field: 'court', message: expect.stringContaining('line 3') })]);
    expect(santaCruz).toMatchObject({ status: 'LIVE', problems: [] });
    expect(await count()).toBe(before);
  });

  it('refuses dates that do not fit the status', async () => {
    const res = await api.gql(PREVIEW, { csv: [
      'court,golive,phase,status',
      `Napa,${addDays(today(), -1)},SCOPE,COMMITTED`,
      `Yolo,${addDays(today(), 5)},POST_GO_LIVE,LIVE`,
      `Lake,${addDays(today(), -5)},IMPLEMENT,LIVE`,
    ].join('\r\n') });
    const rows = res.data!.previewDeploymentImport.rows;
    expect(rows[0].problems.map((p: { field: string }) => p.field)).toEqual(['goLive']);
    expect(rows[1].problems.map((p: { field: string }) => p.field)).toEqual(['goLive']);
    expect(rows[2].problems.map((p: { field: string }) => p.field)).toEqual(['phase']);
  });

  it('imports the valid rows in one go, completes the earlier phases as "imported", and skips the bad rows', async () => {
    const before = await count();
    const mutationId = randomUUID();
    const res = await (await api.as('COORDINATOR')).gql(IMPORT, { i: { csv: sheet(), mutationId } });
    expect(res.errors).toBeUndefined();
    const { created, skipped } = res.data!.importDeployments;
    expect(created.map((d: { court: { name: string } }) => d.court.name)).toEqual([courtName('Fresno'), courtName('Kings'), courtName('Santa Cruz')]);
    expect(skipped.map((s: { line: number }) => s.line)).toEqual([4, 5, 6]);
    expect(await count()).toBe(before + 3);

    const [fresno, kings, santaCruz] = created;
    expect(fresno).toMatchObject({ phase: 'IMPLEMENT', status: 'IN_PROGRESS', wave: 2, targetGoLive: addDays(today(), 40), actualGoLive: null });
    expect(fresno.participatingLeas).toEqual([{ name: 'Fresno County Sheriff’s Office' }]);
    expect(fresno.tasks).toHaveLength(25);
    expect(fresno.dependencies).toHaveLength(7);
    const done = fresno.tasks.filter((t) => t.status === 'DONE');
    expect(done.map((t) => t.phase)).toEqual([...Array(9).fill('PLANNING'), ...Array(4).fill('SCOPE')]);
    expect(done.every((t) => t.evidence === 'imported' && t.completedOn === today())).toBe(true);
    expect(fresno.tasks.filter((t) => t.phase === 'IMPLEMENT').every((t) => t.status === 'OPEN')).toBe(true);
    expect(kings.tasks.filter((t) => t.status === 'DONE')).toHaveLength(9);
    expect(santaCruz).toMatchObject({ phase: 'POST_GO_LIVE', status: 'LIVE', actualGoLive: addDays(today(), -10) });
    // Incident reporting (due the day after go-live) fell due before the import: done then too; the close-out is still to come.
    expect(santaCruz.tasks.filter((t) => t.status !== 'DONE').map((t: { number: number }) => t.number)).toEqual([25]);

    // Live before it was tracked here: its dependencies met by its go-live, nothing late, no blockers
    // (readiness GO), and nothing of it in the portfolio's blockers table.
    const live = dataOf(await api.gql(IMPORTED_LIVE, { id: santaCruz.id })).deployment!;
    expect(live.dependencies.map((d) => [d.status, d.metOn])).toEqual(Array(7).fill(['MET', addDays(today(), -10)]));
    expect(live.tasks.filter((t) => t.key === 'GO_LIVE')).toEqual([{ key: 'GO_LIVE', status: 'DONE', evidence: 'imported' }]);
    expect(live.health).toEqual({ status: 'ON_TRACK', reasons: [] });
    expect(live.readiness).toEqual({ status: 'GO', blockers: [] });
    const table = dataOf(await api.gql(BLOCKERS)).readinessBlockersReport;
    expect(table.nodes.filter((n) => n.deploymentId === santaCruz.id)).toEqual([]);
    expect(table.nodes.map((n) => n.deploymentId)).toContain(fresno.id);

    // A replay answers the same outcome and creates nothing more.
    const replay = await (await api.as('COORDINATOR')).gql(IMPORT, { i: { csv: sheet(), mutationId } });
    expect(replay.data!.importDeployments.created.map((d: { id: string }) => d.id)).toEqual(created.map((d: { id: string }) => d.id));
    expect(await count()).toBe(before + 3);

    // Importing the same sheet again (a new mutationId) finds every court already deployed.
    const again = await api.gql(IMPORT, { i: { csv: sheet(), mutationId: randomUUID() } });
    expect(again.data!.importDeployments.created).toEqual([]);
    expect(await count()).toBe(before + 3);
  });
});
