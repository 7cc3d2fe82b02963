import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';

describe('SQL statement counts in responses', () => {
  it('are given outside production, and in production only when a benchmark asks for them', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).exposeSqlStatements).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).exposeSqlStatements).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SQL_STATEMENT_COUNTS: '0' }).exposeSqlStatements).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SQL_STATEMENT_COUNTS: '1' }).exposeSqlStatements).toBe(true);
  });
});
