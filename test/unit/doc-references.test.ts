import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The design lives in docs/ and the code cites it as `docs/<page>.md#<heading anchor>`. Every such
// citation, every other mention of a markdown file and every relative link of the README and the
// docs must point to a file and heading that exist in the repository, and nothing may point
// outside it.

const ROOT = path.resolve(__dirname, '../..');
const SCANNED = [
  'server', 'client/src', 'client/scripts', 'client/vite.config.mts', 'client/index.html', 'client/graphiql.html',
  'test', 'scripts', 'rules', '.ci', 'README.md', 'docs', 'schema.graphql',
  'codegen.ts', 'eslint.config.js', 'vitest.config.mts', 'package.json', 'tsconfig.json', 'tsconfig.server.json',
];
/** Generated files, and this file, whose examples below are broken on purpose. */
const SKIPPED = new Set(['client/src/graphql/generated', 'client/src/graphql/documents', path.relative(ROOT, __filename)]);
const TEXT = /\.(ts|tsx|mts|cts|js|mjs|cjs|md|graphql|css|html|sh|sql|json)$/;

/** Planning notes kept beside the repository before docs/ existed; spelled in pieces so this file does not mention them. */
const FORMER_NOTES = new RegExp(['stack', 'notes'].join('[-_ ]'), 'i');

/** What the checks read: the scanned text files by repository path, and whether any path exists. */
interface Tree {
  text: Map<string, string>;
  read(file: string): string | undefined;
  exists(file: string): boolean;
}

/** GitHub's anchors of a page's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const repeats = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*?)[\s#]*$/.exec(line);
    if (!heading) continue;
    const text = heading[1].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const anchor = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const seen = repeats.get(anchor) ?? 0;
    repeats.set(anchor, seen + 1);
    anchors.add(seen ? `${anchor}-${seen}` : anchor);
  }
  return anchors;
}

/** Every reference of the tree that does not resolve, as "file: problem". */
export function unresolvedReferences(tree: Tree): string[] {
  const problems = new Set<string>();
  const outside = (file: string) => file.startsWith('..') || path.isAbsolute(file);
  const checkTarget = (from: string, target: string, anchor: string | undefined, what: string) => {
    if (outside(target)) return problems.add(`${from}: ${what} points outside the repository`);
    if (!tree.exists(target)) return problems.add(`${from}: ${what} names a file that does not exist`);
    const page = anchor && target.endsWith('.md') ? tree.read(target) : undefined;
    if (anchor && page !== undefined && !anchorsOf(page).has(anchor)) problems.add(`${from}: ${what} names a heading that ${target} does not have`);
  };

  for (const [file, text] of tree.text) {
    const dir = path.posix.dirname(file);
    // `docs/domain.md#readiness`, `README.md`: from the repository root, or beside the file.
    for (const [mention, target, anchor] of text.matchAll(/(?<![\w/.-])((?:[\w-]+\/)*[\w.-]+\.md)(?:#([\w-]+))?/g)) {
      const beside = path.posix.join(dir, target);
      checkTarget(file, tree.exists(target) || !tree.exists(beside) ? target : beside, anchor, mention);
    }
    // Only paths that name something: a bare `../..` is navigation (server/config.ts finds the root from dist/).
    for (const [match] of text.matchAll(/(?:\.\.\/)+[\w@-][\w.@/-]*/g)) {
      const relative = match.replace(/(?<!\.)\.$/, '');
      if (outside(path.posix.join(dir, relative))) problems.add(`${file}: ${relative} points outside the repository`);
    }
    if (text.includes('§')) problems.add(`${file}: cites a section by number; cite its heading (docs/<page>.md#<anchor>)`);
    if (FORMER_NOTES.test(text)) problems.add(`${file}: cites notes that are not in the repository; cite docs/ instead`);
    if (!file.endsWith('.md')) continue;
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z][a-z+.-]*:/i.test(target)) continue;
      const [fileOf, anchor] = target.split('#');
      checkTarget(file, fileOf ? path.posix.join(dir, fileOf) : file, anchor, target);
    }
  }
  return [...problems].sort();
}

function repositoryTree(): Tree {
  const text = new Map<string, string>();
  const visit = (file: string) => {
    const full = path.join(ROOT, file);
    if (!fs.existsSync(full) || SKIPPED.has(file)) return;
    if (fs.statSync(full).isDirectory()) fs.readdirSync(full).forEach((name) => visit(path.posix.join(file, name)));
    else if (TEXT.test(file)) text.set(file, fs.readFileSync(full, 'utf8'));
  };
  SCANNED.forEach(visit);
  return {
    text,
    read: (file) => text.get(file) ?? (fs.existsSync(path.join(ROOT, file)) ? fs.readFileSync(path.join(ROOT, file), 'utf8') : undefined),
    exists: (file) => fs.existsSync(path.join(ROOT, file)),
  };
}

function virtualTree(files: Record<string, string>): Tree {
  const text = new Map(Object.entries(files));
  return { text, read: (file) => text.get(file), exists: (file) => text.has(file) };
}

describe('references to the documentation', () => {
  it('resolve: every cited page and heading exists, and nothing points outside the repository', () => {
    expect(unresolvedReferences(repositoryTree())).toEqual([]);
  });

  it('are checked: a missing page or heading, a dangling link and a path outside the repository are reported', () => {
    const tree = virtualTree({
      'docs/guide.md': '# Guide\n\n## Known heading\n\nSee [the rule](#known-heading), [a picture](shots/gone.png), [far away](../../outside/notes.md) and [nothing](#nowhere).\n',
      'server/rule.ts': [
        '// docs/guide.md#known-heading holds the rule.',
        '// docs/guide.md#unknown-heading does not exist.',
        '// docs/absent.md does not exist either.',
        `// So do ${['Stack', 'Notes'].join('-')} §2 and ../../../elsewhere/x.ts.`,
      ].join('\n'),
    });
    expect(unresolvedReferences(tree)).toEqual([
      'docs/guide.md: #nowhere names a heading that docs/guide.md does not have',
      'docs/guide.md: ../../outside/notes.md points outside the repository',
      'docs/guide.md: shots/gone.png names a file that does not exist',
      'server/rule.ts: ../../../elsewhere/x.ts points outside the repository',
      'server/rule.ts: cites a section by number; cite its heading (docs/<page>.md#<anchor>)',
      'server/rule.ts: cites notes that are not in the repository; cite docs/ instead',
      'server/rule.ts: docs/absent.md names a file that does not exist',
      'server/rule.ts: docs/guide.md#unknown-heading names a heading that docs/guide.md does not have',
    ]);
  });

  it('use GitHub’s anchors for headings', () => {
    expect([...anchorsOf('## Under faults: `npm run chaos`\n## Sign-offs\n```\n## not a heading\n```\n## Sign-offs\n')]).toEqual([
      'under-faults-npm-run-chaos', 'sign-offs', 'sign-offs-1',
    ]);
  });
});
