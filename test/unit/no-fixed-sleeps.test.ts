import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Tests wait on conditions, never on time: a fixed sleep is too short on a loaded machine and too
// long everywhere else. The lint rules for test/** say the same; this holds even if they drift, and
// also reads the page-side snippets tests keep in strings.
const TEST_ROOT = path.resolve(__dirname, '..');
const SLEEPS: [RegExp, string][] = [
  [/\bwaitForTimeout\s*\(/, 'waitForTimeout'],
  [/\bset(Timeout|Interval)\s*\(/, 'setTimeout/setInterval'],
  [/['"](node:)?timers(\/promises)?['"]/, 'timers'],
];

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return /\.[cm]?[jt]sx?$/.test(entry.name) && full !== __filename ? [full] : [];
  });
}

describe('the test suite', () => {
  it('has no fixed sleeps: every wait is on a condition', () => {
    const found = testFiles(TEST_ROOT).flatMap((file) =>
      readFileSync(file, 'utf8').split('\n').flatMap((line, index) =>
        SLEEPS.filter(([pattern]) => pattern.test(line)).map(([, what]) => `${path.relative(TEST_ROOT, file)}:${index + 1} ${what}`)));
    expect(found).toEqual([]);
  });
});
