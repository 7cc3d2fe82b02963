import fs from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

describe('client operation types', () => {
  it('are what GraphQL Code Generator makes of schema.graphql (run `npm run codegen` after changing either)', async () => {
    const root = path.resolve(__dirname, '../..');
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const files: { filename: string; content: string }[] = await generate({ ...config, silent: true }, false);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const onDisk = fs.readFileSync(path.resolve(root, file.filename), 'utf8');
        expect(onDisk, file.filename).toBe(file.content);
      }
    } finally {
      process.chdir(cwd);
    }
    // Codegen writes 25 outputs (and checks the persisted documents): over 30 s on a loaded machine.
  }, 120_000);
});
