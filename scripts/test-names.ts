// Lists the suite's test names, and compares two such lists (`npm run test:names`):
//
//   npm run test:names -- [tree] > names.txt     every test of the tree (default: this one), one line each
//   npm run test:names -- compare before.txt after.txt
//
// A line is `project › file › describe › … › test` (a test skipped in a project, e.g. PostgreSQL-only
// on SQLite, is not listed there). Set TEST_DATABASE_URL to list the api-postgres
// project too, as `npm test` runs it. An older commit can be listed from an unpacked copy:
//   git archive <commit> | tar -x -C /tmp/old && ln -s "$PWD/node_modules" /tmp/old/node_modules
// `compare` prints each name of the first list missing from the second, grouped by file, with the
// closest name of the second list (same project; a name in another file counts as moved there),
// then the counts. It exits 1 when a name is missing, so a script can tell.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SEP = ' › ';

interface Listed {
  name: string;
  file: string;
  projectName?: string;
}

/** Every test of the tree at `dir`, as `vitest list` collects it (test files are imported, not run). */
function list(dir: string): string[] {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'test-names-')), 'list.json');
  try {
    execFileSync(process.execPath, [path.join(dir, 'node_modules/vitest/vitest.mjs'), 'list', '--no-isolate', `--json=${out}`], {
      cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CI: 'true' },
    });
    const listed = JSON.parse(fs.readFileSync(out, 'utf8')) as Listed[];
    return listed.map((t) => [t.projectName ?? '', path.relative(dir, t.file), ...t.name.split(' > ')].join(SEP)).sort();
  } finally {
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }
}

const read = (file: string) => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);

/** Lower-case words of a test's name, for a rough likeness between two names. */
const words = (title: string) => new Set(title.toLowerCase().match(/[a-z0-9]+/g) ?? []);

function likeness(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / (a.size + b.size - shared || 1);
}

function compare(beforeFile: string, afterFile: string): number {
  const before = read(beforeFile);
  const after = read(afterFile);
  const present = new Set(after);
  const parsed = after.map((line) => {
    const [project, file, ...rest] = line.split(SEP);
    return { line, project, file, title: rest.join(SEP), words: words(rest.join(' ')) };
  });
  const missing = before.filter((line) => !present.has(line));
  const byFile = new Map<string, string[]>();
  for (const line of missing) {
    const [project, file, ...rest] = line.split(SEP);
    const title = rest.join(SEP);
    const mine = words(rest.join(' '));
    // The same title elsewhere (the file was renamed or split), else the likeliest name, same file first.
    const candidates = parsed.filter((p) => p.project === project);
    const moved = candidates.find((p) => p.title === title);
    let best = moved;
    let score = moved ? 1 : 0;
    if (!best) {
      for (const p of candidates) {
        const s = likeness(mine, p.words) + (p.file === file ? 0.15 : 0);
        if (s > score) [best, score] = [p, s];
      }
    }
    const where = !best ? 'no likely successor'
      : moved ? `moved to ${best.file}`
        : `closest (${Math.min(score, 1).toFixed(2)}): ${best.file === file ? '' : `${best.file}${SEP}`}${best.title}`;
    const key = `${project}${SEP}${file}`;
    byFile.set(key, [...(byFile.get(key) ?? []), `  - ${title}\n      → ${where}`]);
  }
  for (const [file, lines] of byFile) console.log(`${file} (${lines.length})\n${lines.join('\n')}`);
  const added = after.filter((line) => !new Set(before).has(line)).length;
  console.log(`\nbefore: ${before.length}, after: ${after.length}; ${missing.length} names of before are not in after, ${added} names are new.`);
  return missing.length ? 1 : 0;
}

const [command, ...args] = process.argv.slice(2);
if (command === 'compare') {
  if (args.length !== 2) throw new Error('usage: compare before.txt after.txt');
  process.exitCode = compare(args[0], args[1]);
} else {
  process.stdout.write(`${list(path.resolve(command ?? '.')).join('\n')}\n`);
}
