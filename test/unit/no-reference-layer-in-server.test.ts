import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// PostGraphile is a dev dependency for one purpose: the bench's reference for what a generic GraphQL
// layer costs over the same tables (scripts/ops/postgraphile-reference.ts). The product never loads
// it or its packages, which would bring graphql 15 and an API that checks no scope next to the server's.
const SERVER = path.resolve(__dirname, '../../server');
const REFERENCE_PACKAGES = /(from\s+|import\s*\(\s*|require\s*\(\s*)['"](postgraphile|postgraphile-core|graphile-[\w-]+|@graphile\/[\w-]+|pg-sql2)(\/[^'"]*)?['"]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.[cm]?[jt]sx?$/.test(entry.name) ? [full] : [];
  });
}

describe('the server', () => {
  it('imports nothing of PostGraphile, the bench\'s reference', () => {
    const found = sourceFiles(SERVER).flatMap((file) =>
      readFileSync(file, 'utf8').split('\n').flatMap((line, index) => (REFERENCE_PACKAGES.test(line) ? [`${path.relative(SERVER, file)}:${index + 1}`] : [])));
    expect(found).toEqual([]);
  });

  it('would notice such an import', () => {
    expect(REFERENCE_PACKAGES.test("import { postgraphile } from 'postgraphile';")).toBe(true);
    expect(REFERENCE_PACKAGES.test("const build = require('graphile-build-pg');")).toBe(true);
    expect(REFERENCE_PACKAGES.test("await import('@graphile/lru')")).toBe(true);
    expect(REFERENCE_PACKAGES.test("import { Pool } from 'pg';")).toBe(false);
  });
});
