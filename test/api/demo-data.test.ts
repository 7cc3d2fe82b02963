import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, dataOf, startApi } from '../support/api';
import { createDeployment } from '../support/fixtures';
import { demoUsersBanner, seedDemoData } from '../../server/db/seed/demo-data';
import { loadConfig } from '../../server/config';
import { graphql } from '../support/generated';

// docs/domain.md#demo-data: the demo data a newcomer sees on first start passes the product's own
// rules, deployment by deployment: what its tasks say is done has the records behind it, the live
// court went live with readiness GO and is not late, and every deployment in Implement has CAT runs.

const DEMO_IDS = graphql(`query DemoDeploymentIds { deployments(first: 50) { nodes { id } } }`);
// One deployment at a time: all of them with their runs' cases at once is past the cost limit.
const DEMO = graphql(`query DemoDeployment($id: ID!) {
  deployment(id: $id) {
      id status phase actualGoLive targetGoLive court { name }
      health { status reasons { code } }
      readiness { status blockers { code what } }
      tasks { key number phase status }
      trainingSessions { status heldOn }
      testRuns { purpose summary { status passed failed } cases { status attempts { id } } }
      defects { status severity }
      questionnaireResponses { questionnaireKey status }
  }
}`);

let api: Api;
let demo: Awaited<ReturnType<typeof readDemo>>;
const readDemo = async () => {
  const ids = dataOf(await api.gql(DEMO_IDS)).deployments.nodes.map((d) => d.id);
  return Promise.all(ids.map(async (id) => dataOf(await api.gql(DEMO, { id })).deployment!));
};
beforeAll(async () => {
  api = await startApi({ demoData: true });
  demo = await readDemo();
});
afterAll(async () => { await api?.close(); });

type Demo = typeof demo[number];
const taskDone = (d: Demo, key: string) => ['DONE', 'WAIVED'].includes(d.tasks.find((t) => t.key === key)!.status);
const blockerCodes = (d: Demo) => d.readiness.blockers.map((b) => b.code);

describe('the demo data', () => {
  it('holds a dozen deployments over every phase', () => {
    expect(demo.length).toBe(12);
    expect(new Set(demo.map((d) => d.phase))).toEqual(new Set(['PLANNING', 'SCOPE', 'IMPLEMENT', 'POST_GO_LIVE']));
  });

  it('has the records behind every task it shows done: training held, acceptance run passed and signed, checklist accepted', () => {
    for (const d of demo) {
      const name = d.court.name;
      if (taskDone(d, 'CCPOR_TRAINING')) {
        expect(d.trainingSessions.some((s) => s.status === 'HELD'), name).toBe(true);
        expect(blockerCodes(d), name).not.toContain('TRAINING_NOT_HELD');
      }
      if (taskDone(d, 'COURT_ACCEPTANCE_TESTING')) {
        expect(d.testRuns.some((r) => r.purpose === 'ACCEPTANCE' && r.summary.status === 'PASSED'), name).toBe(true);
        expect(blockerCodes(d), name).not.toContain('NO_ACCEPTANCE_RUN');
        expect(blockerCodes(d), name).not.toContain('ACCEPTANCE_RUN_NOT_PASSED');
      }
      if (taskDone(d, 'COURT_TEST_RESULTS')) expect(blockerCodes(d), name).not.toContain('SIGN_OFF_MISSING');
      if (taskDone(d, 'VALIDATE_READINESS')) {
        expect(d.questionnaireResponses.some((r) => r.questionnaireKey === 'GO_LIVE_READINESS' && r.status === 'ACCEPTED'), name).toBe(true);
        expect(blockerCodes(d), name).not.toContain('READINESS_CHECKLIST_NOT_ACCEPTED');
      }
      // A phase is reached only once the one before it has been worked through.
      const settled = d.tasks.filter((t) => ['DONE', 'WAIVED'].includes(t.status)).map((t) => t.number);
      for (const n of settled) expect(settled.filter((m) => m < n).length, `${name}: tasks before #${n}`).toBe(n - 1);
    }
  });

  it('the live court went live with readiness GO, every task before go-live done, and is not late', () => {
    const live = demo.filter((d) => d.status === 'LIVE');
    expect(live.map((d) => d.court.name)).toEqual(['Superior Court of California, County of Santa Clara']);
    for (const d of live) {
      expect(d.phase).toBe('POST_GO_LIVE');
      expect(d.actualGoLive).toBeTruthy();
      expect(d.readiness).toEqual({ status: 'GO', blockers: [] });
      expect(d.health.status).not.toBe('LATE');
      expect(d.tasks.filter((t) => t.number <= 23 && !['DONE', 'WAIVED'].includes(t.status))).toEqual([]);
      expect(d.trainingSessions.some((s) => s.status === 'HELD')).toBe(true);
      const run = d.testRuns.find((r) => r.purpose === 'ACCEPTANCE')!;
      expect(run.summary.status).toBe('PASSED');
      expect(run.cases.every((c) => c.attempts.length > 0)).toBe(true);
    }
  });

  it('every deployment in Implement has CAT runs with attempts; one acceptance run has a failed case and its defect', () => {
    const implement = demo.filter((d) => d.phase === 'IMPLEMENT');
    expect(implement.length).toBeGreaterThanOrEqual(3);
    for (const d of implement) {
      expect(d.testRuns.length, d.court.name).toBeGreaterThan(0);
      expect(d.testRuns.some((r) => r.cases.some((c) => c.attempts.length > 0)), d.court.name).toBe(true);
    }
    const failing = implement.filter((d) => d.testRuns.some((r) => r.purpose === 'ACCEPTANCE' && r.summary.failed > 0));
    expect(failing.length).toBe(1);
    expect(failing[0].defects.length).toBeGreaterThan(0);
    expect(blockerCodes(failing[0])).toContain('ACCEPTANCE_RUN_NOT_PASSED');
    expect(blockerCodes(failing[0])).toContain('DEFECT_OPEN');
  });

  it('no deployment before Implement has CAT, training or sign-offs it could not have had yet', () => {
    for (const d of demo.filter((x) => ['PLANNING', 'SCOPE'].includes(x.phase))) {
      expect(d.testRuns, d.court.name).toEqual([]);
      expect(d.trainingSessions, d.court.name).toEqual([]);
    }
  });
});

describe('the demo users printed at start', () => {
  it('are the ones the database holds', async () => {
    const banner = await demoUsersBanner(api.app.db);
    for (const email of ['admin@ccpor.example', 'coordinator@ccpor.example', 'field@ccpor.example', 'partner.la@ccpor.example', 'reporter@ccpor.example']) {
      expect(banner).toContain(email);
    }
  });

  it('are none on a database that held deployments before its first start (a seed:scale one)', async () => {
    const scale = await startApi();
    try {
      await createDeployment(scale, 'Mono', 90);
      await seedDemoData(scale.app.db, loadConfig({ NODE_ENV: 'test' }), scale.clock);
      const banner = await demoUsersBanner(scale.app.db);
      expect(banner).not.toMatch(/@ccpor\.example/);
      expect(banner).toMatch(/No demo users/);
    } finally {
      await scale.close();
    }
  });
});
