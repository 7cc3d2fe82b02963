// Reports read counts kept as writes happen (run_case_count): each write must show in the very
// next read of the report, with nothing cached between them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, dataOf, startApi } from '../support/api';
import { planCases, recordResult, startRun } from '../support/cat';
import { createDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';

const RUN_RATES = graphql(`query MaintainedRunRates { catRunRatesReport(first: 100) { totalCount nodes { runId status total passed failed blocked untested } } }`);

describe('reports read what each write keeps', () => {
  let api: Api;
  let deploymentId = '';
  let cases: { id: string }[] = [];

  beforeAll(async () => {
    api = await startApi();
    deploymentId = (await createDeployment(api, 'Fresno', 60)).id;
    cases = (await planCases(api)).filter((c) => !c.requiresCarpos);
  });

  afterAll(async () => {
    await api?.close();
  });

  const runRow = async (runId: string) => {
    const report = dataOf(await api.gql(RUN_RATES)).catRunRatesReport;
    return { total: report.totalCount, row: report.nodes.find((n) => n.runId === runId) };
  };

  it('lists a run from its start and counts each attempt in the next read of catRunRatesReport', async () => {
    const before = dataOf(await api.gql(RUN_RATES)).catRunRatesReport.totalCount;
    const run = await startRun(api, deploymentId);
    const started = await runRow(run.id);
    expect(started.total).toBe(before + 1);
    expect(started.row).toMatchObject({ status: 'IN_PROGRESS', passed: 0, failed: 0, untested: started.row!.total });

    dataOf(await recordResult(api, { runId: run.id, caseId: cases[0].id, status: 'FAILED', actualResult: 'The order did not appear.' }));
    expect((await runRow(run.id)).row).toMatchObject({ status: 'FAILED', passed: 0, failed: 1, untested: started.row!.total - 1 });

    // A re-test replaces the case's latest attempt: the failure no longer counts.
    dataOf(await recordResult(api, { runId: run.id, caseId: cases[0].id, status: 'PASSED' }));
    expect((await runRow(run.id)).row).toMatchObject({ status: 'IN_PROGRESS', passed: 1, failed: 0, untested: started.row!.total - 1 });

    dataOf(await recordResult(api, { runId: run.id, caseId: cases[1].id, status: 'BLOCKED', notes: 'Scanner offline.' }));
    expect((await runRow(run.id)).row).toMatchObject({ status: 'BLOCKED', passed: 1, blocked: 1, untested: started.row!.total - 2 });
  });
});
