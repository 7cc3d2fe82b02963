import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREPARED_PER_CONNECTION, inTransaction } from '../../server/db/data-source';
import { Api, Client, dataOf, startApi, usingPostgres } from '../support/api';
import { createDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';

const PHASE_COUNTS = graphql(`query PreparedPhaseCounts($filter: ReportFilter) { deploymentCountsReport(filter: $filter) { phase status deployments } }`);

/** The statements prepared on the pool's most recently used connection, as PostgreSQL lists them. */
const preparedOn = (api: Api) => inTransaction(api.app.db, async (tx) =>
  (await tx.query('SELECT statement FROM pg_prepared_statements')) as { statement: string }[]);

// PostgreSQL connections prepare a statement the second time its text runs (server/db/data-source.ts).
describe.runIf(usingPostgres())('statements prepared on PostgreSQL connections', () => {
  let api: Api;
  let coordinator: Client;

  beforeAll(async () => {
    api = await startApi();
    coordinator = await api.as('COORDINATOR');
    await createDeployment(api, 'Fresno', 100);
    await createDeployment(api, 'Kern', 120);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers a report alike before and after its statement is prepared, whatever the values', async () => {
    const before = new Set((await preparedOn(api)).map((s) => s.statement));
    const all = dataOf(await coordinator.gql(PHASE_COUNTS, {}));
    const total = (rows: { deployments: number }[]) => rows.reduce((sum, row) => sum + row.deployments, 0);
    expect(total(all.deploymentCountsReport)).toBe(2);
    // Requests one after the other reuse the pool's last connection, which prepares the text on its second run.
    for (let i = 0; i < 4; i += 1) expect(dataOf(await coordinator.gql(PHASE_COUNTS, {}))).toEqual(all);
    const added = (await preparedOn(api)).map((s) => s.statement).filter((s) => !before.has(s));
    expect(added.some((s) => /\bphase\b/.test(s) && /\bstatus\b/.test(s))).toBe(true);
    // The same prepared text with other values: another county's counts, then none.
    const kern = dataOf(await coordinator.gql(PHASE_COUNTS, { filter: { county: ['Kern'] } }));
    for (let i = 0; i < 3; i += 1) expect(dataOf(await coordinator.gql(PHASE_COUNTS, { filter: { county: ['Kern'] } }))).toEqual(kern);
    expect(total(kern.deploymentCountsReport)).toBe(1);
    const none = dataOf(await coordinator.gql(PHASE_COUNTS, { filter: { county: ['Alpine'] } }));
    expect(total(none.deploymentCountsReport)).toBe(0);
  });

  it('prepares a text run twice, not one run once, and keeps at most its limit per connection', async () => {
    await inTransaction(api.app.db, async (tx) => {
      const before = Number((await tx.query('SELECT COUNT(*) AS n FROM pg_prepared_statements'))[0].n);
      const once = 'SELECT $1::int + 1000001 AS n';
      expect(await tx.query(once, [1])).toEqual([{ n: 1000002 }]);
      const twice = 'SELECT $1::int + 1000002 AS n';
      expect(await tx.query(twice, [1])).toEqual([{ n: 1000003 }]);
      expect(await tx.query(twice, [2])).toEqual([{ n: 1000004 }]);
      const listed = ((await tx.query('SELECT statement FROM pg_prepared_statements')) as { statement: string }[]).map((s) => s.statement);
      expect(listed).toContain(twice);
      expect(listed).not.toContain(once);
      // Far more texts than the limit, each run twice: every answer right, no more kept than the limit.
      for (let i = 0; i < PREPARED_PER_CONNECTION + 50; i += 1) {
        for (const value of [i, i + 1]) expect(await tx.query(`SELECT $1::int + ${i} AS n`, [value])).toEqual([{ n: value + i }]);
      }
      const after = Number((await tx.query('SELECT COUNT(*) AS n FROM pg_prepared_statements'))[0].n);
      expect(after).toBeGreaterThan(before);
      expect(after).toBeLessThanOrEqual(PREPARED_PER_CONNECTION);
    });
  });

  it('keeps a prepared statement usable after it failed on some values', async () => {
    const divide = 'SELECT 10 / $1::int AS n';
    await inTransaction(api.app.db, async (tx) => {
      for (let i = 0; i < 2; i += 1) expect(await tx.query(divide, [5])).toEqual([{ n: 2 }]);
    });
    await expect(inTransaction(api.app.db, (tx) => tx.query(divide, [0]))).rejects.toThrow(/division by zero/);
    await inTransaction(api.app.db, async (tx) => {
      expect(await tx.query(divide, [2])).toEqual([{ n: 5 }]);
    });
  });
});
