// seed:scale's copies (the benchmarks' deployments beyond the first 500) are records the API takes
// like any other: their ids are UUIDs, which every id input requires, and a write on one applies.
import { isUUID } from 'class-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScale } from '../../scripts/seed-scale';
import { rawQuery } from '../../server/db/sql';
import { loadConfig } from '../../server/config';
import { Api, startApi } from '../support/api';
import { startRun } from '../support/cat';

describe('seed:scale copies', () => {
  let api: Api;

  beforeAll(async () => {
    api = await startApi();
    // Two deployments through the services, two copies of them.
    await seedScale(api.app.db, loadConfig({ NODE_ENV: 'test' }), 4, true, 2);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('gives copied records UUIDs, and the API writes on a copied deployment', async () => {
    const deployments = await rawQuery<{ id: string }>(api.app.db, 'SELECT id FROM deployment');
    expect(deployments).toHaveLength(4);
    const runs = await rawQuery<{ id: string }>(api.app.db, 'SELECT id FROM test_run');
    for (const { id } of [...deployments, ...runs]) expect(isUUID(id), id).toBe(true);

    const copy = deployments.find(({ id }) => id[14] === '8');
    expect(copy).toBeDefined();
    const run = await startRun(api, copy!.id);
    expect(run.id).toBeTruthy();
  });
});
