import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where startApi keeps the migrated and seeded SQLite databases it copies, for this run only. */
    databaseTemplates: string;
  }
}

export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ccpor-templates-'));
  project.provide('databaseTemplates', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
