import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDataSource, inTransaction } from '../../server/db/data-source';

// inTransaction's guard (server/db/data-source.ts): a transaction opened inside another fails loudly
// where the code is developed and tested, and production pays no async hook for it.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nested-transaction-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a transaction opened inside another', () => {
  it('is refused, naming what to do instead, and the outer transaction still ends', async () => {
    const db = createDataSource({ type: 'better-sqlite3', path: path.join(dir, 'guarded.sqlite') });
    await db.initialize();
    try {
      const nested = inTransaction(db, async (tx) => {
        await tx.query('SELECT 1');
        return inTransaction(db, async () => 'never');
      });
      await expect(nested).rejects.toThrow('inTransaction called inside a transaction: pass the EntityManager down instead.');
      expect(await inTransaction(db, async (tx) => (await tx.query('SELECT 2 AS two'))[0].two)).toBe(2);
    } finally {
      await db.destroy();
    }
  });

  it('is not looked for on a data source made for production: its transactions leave promises without an async hook', () => {
    // Once an AsyncLocalStorage is used, every promise gets an async id; without it, code after an await runs in id 0.
    const script = `
      const { executionAsyncId } = require('node:async_hooks');
      const { createDataSource, inTransaction } = require(${JSON.stringify(path.resolve(__dirname, '../../server/db/data-source'))});
      const probe = async () => { await null; return executionAsyncId(); };
      (async () => {
        const db = createDataSource({ type: 'better-sqlite3', path: ${JSON.stringify(path.join(dir, 'production.sqlite'))} }, { guardNestedTransactions: process.argv[1] === 'guarded' });
        await db.initialize();
        await inTransaction(db, (tx) => tx.query('SELECT 1'));
        process.stdout.write(String(await probe()));
        await db.destroy();
      })();`;
    const run = (mode: string) => Number(execFileSync(process.execPath, ['--import', 'tsx', '-e', script, mode], { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8' }));
    expect(run('production')).toBe(0);
    // The probe can tell: the guarded source (development, tests) does put the hook on.
    expect(run('guarded')).not.toBe(0);
  });
});
