import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// One write path (docs/sync.md#replay-safety): the lint (eslint.config.js) refuses a service that
// opens its own transaction, writes on the DataSource's manager or writes with raw SQL, and no
// comment lifts it. This holds the rule to catching each way, and to leaving the write path alone.
const ROOT = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });
const SAMPLE = [
  "import { inTransaction } from '../../db/data-source';",
  "import { rawQuery } from '../../db/sql';",
  "import type { Context } from '../../graphql/context';",
  'export async function writesAlone(ctx: Context) {',
  '  await inTransaction(ctx.db, (tx) => tx.save({}));',
  '  await ctx.db.transaction(async () => undefined);',
  '  await ctx.db.manager.save({});',
  "  await ctx.db.manager.update('task', {}, {});",
  "  await rawQuery(ctx.db, 'UPDATE task SET status = 1');",
  '  await rawQuery(ctx.db, `  DELETE FROM task WHERE id = :id`, {});',
  '  // eslint-disable-next-line no-restricted-syntax',
  "  await ctx.db.query('INSERT INTO task VALUES (1)');",
  "  await rawQuery(ctx.db, 'SELECT 1');",
  "  return ctx.db.manager.findOneBy('task', {});",
  '}',
].join('\n');

async function refusedLines(file: string) {
  const [result] = await eslint.lintText(SAMPLE, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.line);
}

describe('writing outside the write path', () => {
  it('is refused in a service, every way, even under a disable comment', async () => {
    expect(await refusedLines('server/modules/task/task.service.ts')).toEqual([1, 6, 7, 8, 9, 10, 12]);
  });

  it('is the write path’s own business in replay.ts', async () => {
    expect(await refusedLines('server/modules/sync/replay.ts')).toEqual([]);
  });
});
