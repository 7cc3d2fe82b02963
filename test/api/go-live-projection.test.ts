import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, dataOf, startApi } from '../support/api';
import { completeTasks } from '../support/cat';
import { createDeployment, CreatedDeployment, versionOf, versionsOf } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { DependencyStatus, Party } from '../support/generated/graphql';
import { addDays } from '../../server/shared/dates';
import { formatDate } from '../../rules/dates';

// Party turnarounds known by construction, on 2027-01-04 (day 0):
//  five past deployments waited on CA DOJ from day 0 and were met on days 20, 30, 34, 40 and 50
//  (median 34 days over 5 waits); three waited on CCTC, met on days 10, 12 and 14 (3 of 5: too few).
//  They are withdrawn afterwards: their waits still count, their own go-lives are not projected.
// Read on day 50:
//  A Shasta  go-live day 62 (12 days left), DOJ waiting since day 41 (9 days) → ready day 75: at risk, 13 days late.
//  B Tulare  go-live day 100, DOJ waiting since day 48 → day 82; the tasks end on day 98 (validate readiness, go-live − 2): on time.
//  C Orange  go-live day 100, CCTC waiting since day 50 → not projected: too few past waits on CCTC (3 of 5).
//  D Sonoma  go-live day 70, tasks 1–5 done: the open chain 6 → 22, in the schedule's gaps from today, ends on day 126
//            (56 days late); DOJ not yet waited on: today + 34 = day 84, after go-live too.
const DAY0 = '2027-01-04';
const day = (n: number) => addDays(DAY0, n);

const UPDATE_DEPENDENCY = graphql(`mutation ProjectionUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { status waitedOn waitedSince metOn } }`);
const WITHDRAW = graphql(`mutation ProjectionWithdraw($i: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $i) { status } }`);
const PROJECTION = graphql(`query GoLiveProjectionOf($id: ID!) { deployment(id: $id) { id goLiveProjection {
  targetGoLive projectedReadyOn atRisk daysLate reasons { kind message party medianDays sampleSize readyOn dependencyId taskId } } } }`);
const LIST = graphql(`query ProjectionList($withProjection: Boolean!) { deployments(first: 50) { nodes { id
  goLiveProjection @include(if: $withProjection) { atRisk projectedReadyOn } } } }`);
const AT_RISK = graphql(`query ProjectionAtRiskReport($first: Int) { goLivesAtRiskReport(first: $first) { totalCount nodes {
  deploymentId courtName county targetGoLive projectedReadyOn daysLate party medianDays sampleSize reasons } } }`);

describe('go-live projection', () => {
  let api: Api;
  const subject: Record<'A' | 'B' | 'C' | 'D', CreatedDeployment> = {} as never;

  const depOf = (d: CreatedDeployment, kind: string) => d.dependencies.find((x) => x.kind === kind)!.id;
  const update = async (d: CreatedDeployment, kind: string, status: DependencyStatus, waitingOn?: Party) =>
    dataOf(await api.gql(UPDATE_DEPENDENCY, { i: { dependencyId: depOf(d, kind), status, waitingOn, baseVersion: await versionOf(api, d.id, depOf(d, kind)), mutationId: randomUUID() } })).updateDependency;
  const projection = async (d: CreatedDeployment) => dataOf(await api.gql(PROJECTION, { id: d.id })).deployment!.goLiveProjection!;

  beforeAll(async () => {
    api = await startApi();
    const history = [];
    for (const county of ['Fresno', 'Napa', 'Alameda', 'Kern', 'Placer']) history.push(await createDeployment(api, county, 120));
    for (const d of history) await update(d, 'DOJ_CLETS_CARPOS', 'WAITING', 'DOJ');
    for (const d of history.slice(0, 3)) await update(d, 'CCTC_CONNECTIVITY', 'WAITING', 'CCTC');
    const met: [number, CreatedDeployment, string][] = [
      [10, history[0], 'CCTC_CONNECTIVITY'], [12, history[1], 'CCTC_CONNECTIVITY'], [14, history[2], 'CCTC_CONNECTIVITY'],
      [20, history[0], 'DOJ_CLETS_CARPOS'], [30, history[1], 'DOJ_CLETS_CARPOS'], [34, history[2], 'DOJ_CLETS_CARPOS'],
      [40, history[3], 'DOJ_CLETS_CARPOS'],
    ];
    for (const [n, d, kind] of met) {
      api.clock.setToday(day(n));
      const done = await update(d, kind, 'MET');
      expect(done).toMatchObject({ waitedOn: kind === 'CCTC_CONNECTIVITY' ? 'CCTC' : 'DOJ', waitedSince: DAY0, metOn: day(n) });
    }
    api.clock.setToday(day(41));
    subject.A = await createDeployment(api, 'Shasta', 21);
    await update(subject.A, 'DOJ_CLETS_CARPOS', 'WAITING', 'DOJ');
    api.clock.setToday(day(48));
    subject.B = await createDeployment(api, 'Tulare', 52);
    await update(subject.B, 'DOJ_CLETS_CARPOS', 'WAITING', 'DOJ');
    api.clock.setToday(day(50));
    await update(history[4], 'DOJ_CLETS_CARPOS', 'MET');
    for (const d of history) {
      dataOf(await api.gql(WITHDRAW, { i: { deploymentId: d.id, status: 'WITHDRAWN', baseVersion: (await versionsOf(api, d.id)).get(d.id)!, mutationId: randomUUID() } }));
    }
    subject.C = await createDeployment(api, 'Orange', 50);
    await update(subject.C, 'CCTC_CONNECTIVITY', 'WAITING', 'CCTC');
    subject.D = await createDeployment(api, 'Sonoma', 20);
    await completeTasks(api, subject.A, 18);
    await completeTasks(api, subject.B, 11);
    await completeTasks(api, subject.C, 11);
    await completeTasks(api, subject.D, 5);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('flags a wait on a party that will not end before go-live, with the party, its median and its sample in words', async () => {
    const p = await projection(subject.A);
    expect(p).toMatchObject({ targetGoLive: day(62), projectedReadyOn: day(75), atRisk: true, daysLate: 13 });
    expect(p.reasons).toEqual([{
      kind: 'DEPENDENCY_WAIT', party: 'DOJ', medianDays: 34, sampleSize: 5, readyOn: day(75), dependencyId: depOf(subject.A, 'DOJ_CLETS_CARPOS'), taskId: null,
      message: 'CA DOJ CLETS/CARPOS approval: waiting on CA DOJ for 9 days; CA DOJ’s median is 34 days over 5 past waits; 12 days left',
    }]);
  });

  it('projects a wait that ends in time and the tasks as scheduled: not at risk', async () => {
    expect(await projection(subject.B)).toEqual({ targetGoLive: day(100), projectedReadyOn: day(98), atRisk: false, daysLate: null, reasons: [] });
  });

  it('says there are too few past waits of a party instead of guessing', async () => {
    const p = await projection(subject.C);
    expect(p).toMatchObject({ projectedReadyOn: null, atRisk: false, daysLate: null });
    expect(p.reasons).toEqual([{
      kind: 'TOO_FEW_WAITS', party: 'CCTC', medianDays: null, sampleSize: 3, readyOn: null, dependencyId: depOf(subject.C, 'CCTC_CONNECTIVITY'), taskId: null,
      message: 'CCTC connectivity: too few past waits on CCTC to project (3 of 5)',
    }]);
  });

  it('adds the chain of open tasks, in the gaps the schedule plans between them, and a wait not yet begun', async () => {
    const p = await projection(subject.D);
    const validate = subject.D.tasks.find((t) => t.number === 22)!;
    expect(p).toMatchObject({ targetGoLive: day(70), projectedReadyOn: day(126), atRisk: true, daysLate: 56 });
    expect(p.reasons).toEqual([
      {
        kind: 'TASK_CHAIN', party: null, medianDays: null, sampleSize: null, readyOn: day(126), dependencyId: null, taskId: validate.id,
        message: `17 open tasks run to ${formatDate(day(126))} (last: “Validate go-live readiness”); 20 days left`,
      },
      {
        kind: 'DEPENDENCY_WAIT', party: 'DOJ', medianDays: 34, sampleSize: 5, readyOn: day(84), dependencyId: depOf(subject.D, 'DOJ_CLETS_CARPOS'), taskId: null,
        message: 'CA DOJ CLETS/CARPOS approval: not yet waiting on CA DOJ; CA DOJ’s median is 34 days over 5 past waits; 20 days left',
      },
    ]);
  });

  it('lists the deployments at risk in a report, most days late first, the same in CSV; withdrawn ones are not projected', async () => {
    const report = dataOf(await api.gql(AT_RISK, { first: 10 })).goLivesAtRiskReport;
    expect(report.totalCount).toBe(2);
    expect(report.nodes.map((r) => [r.county, r.targetGoLive, r.projectedReadyOn, r.daysLate, r.party, r.medianDays, r.sampleSize])).toEqual([
      ['Sonoma', day(70), day(126), 56, 'DOJ', 34, 5],
      ['Shasta', day(62), day(75), 13, 'DOJ', 34, 5],
    ]);
    expect(report.nodes[1].reasons).toBe('CA DOJ CLETS/CARPOS approval: waiting on CA DOJ for 9 days; CA DOJ’s median is 34 days over 5 past waits; 12 days left');

    const res = await fetch(`${api.url}/reports/go-lives-at-risk.csv`, { headers: api.headers });
    expect(res.status).toBe(200);
    const lines = (await res.text()).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('deploymentId,courtName,county,targetGoLive,projectedReadyOn,daysLate,party,medianDays,sampleSize,reasons');
    expect(lines.slice(1).map((l) => l.split(',').slice(3, 10))).toEqual([
      ['Sonoma', day(70), day(126), '56', 'DOJ', '34', '5'],
      ['Shasta', day(62), day(75), '13', 'DOJ', '34', '5'],
    ]);
    expect(lines[2]).toContain('CA DOJ’s median is 34 days over 5 past waits; 12 days left');

    const withdrawn = dataOf(await api.gql(LIST, { withProjection: true })).deployments.nodes.filter((n) => !Object.values(subject).some((s) => s.id === n.id));
    expect(withdrawn.map((n) => n.goLiveProjection)).toEqual([null, null, null, null, null]);
  });

  it('reads the parties’ past waits once per request: a list costs a fixed number of statements more, whatever its length', async () => {
    const without = await api.gql(LIST, { withProjection: false });
    const withProjection = await api.gql(LIST, { withProjection: true });
    expect(dataOf(withProjection).deployments.nodes).toHaveLength(9);
    expect(withProjection.extensions!.sqlStatements as number).toBeLessThanOrEqual((without.extensions!.sqlStatements as number) + 4);
  });

  it('forgets a completed wait when the dependency is reopened', async () => {
    api.clock.setToday(day(51));
    const met = await update(subject.B, 'DOJ_CLETS_CARPOS', 'MET');
    expect(met).toMatchObject({ waitedOn: 'DOJ', waitedSince: day(48), metOn: day(51) });
    expect(await update(subject.B, 'DOJ_CLETS_CARPOS', 'IN_PROGRESS')).toMatchObject({ waitedOn: null, waitedSince: null, metOn: null });
  });
});
