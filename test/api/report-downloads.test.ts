// A download longer than one chunk of rows (500) streams every row once: on PostgreSQL its chunks
// are read again from the first in one snapshot, on SQLite one after the other; a report of one
// chunk is a single statement on both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScale } from '../../scripts/seed-scale';
import { loadConfig } from '../../server/config';
import { rawQuery } from '../../server/db/sql';
import { Api, startApi } from '../support/api';

describe('report downloads of several chunks', () => {
  let api: Api;

  beforeAll(async () => {
    api = await startApi();
    // Thirty deployments through the services, the rest copies of them.
    await seedScale(api.app.db, loadConfig({ NODE_ENV: 'test' }), 510, true, 30);
  }, 240_000);

  afterAll(async () => {
    await api?.close();
  });

  it('lists each of 510 deployments once on the timeline CSV, two chunks', async () => {
    const res = await fetch(`${api.url}/reports/deployment-timeline.csv`, { headers: api.headers });
    expect(res.status).toBe(200);
    const [header, ...lines] = (await res.text()).trim().split('\r\n');
    expect(header.startsWith('deploymentId,')).toBe(true);
    const listed = lines.map((line) => line.slice(0, 36));
    const deployments = (await rawQuery<{ id: string }>(api.app.db, 'SELECT id FROM deployment')).map((d) => d.id);
    expect(deployments).toHaveLength(510);
    expect(listed).toHaveLength(510);
    expect([...listed].sort()).toEqual([...deployments].sort());
  });
});
