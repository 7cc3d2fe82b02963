// `npm run bench:lighthouse` (after `npm run build`): Lighthouse 12 (pinned in package.json), mobile
// preset (its default: a mid-range phone, simulated slow 4G and a 4× slower CPU), against the built
// app served in production mode by a server of its own on a throw-away SQLite database with 100
// seeded deployments, with Debian's Chromium (CHROMIUM_PATH or /usr/bin/chromium; nothing is
// downloaded). Prints performance, accessibility and CLS of sign-in, `/` (the deployments list), My
// work and the portfolio, each with met / missed against issue 18's targets (docs/benchmarks.md).
// LIGHTHOUSE_RUNS=n runs each page n times and reports the median performance score; LIGHTHOUSE_PAGES=/,/my-work
// audits only those paths. The elements that moved are listed under the table when Lighthouse names
// them (its layout-shifts audit). LIGHTHOUSE_REPORT_DIR=dir writes each run's full report (JSON) there,
// and prints where each page's main thread went (Lighthouse's mainthread-work-breakdown and bootup-time).
import 'reflect-metadata';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { OPS_ADMIN, scratchDatabase } from './ops/database';
import { signInCookie, startServerProcess } from './ops/server-process';
import { seedScale } from './seed-scale';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
const REPORT_DIR = process.env.LIGHTHOUSE_REPORT_DIR;

const TARGETS = { performance: 90, accessibility: 100, cls: 0.05 };

interface Page {
  name: string;
  path: string;
  signedIn: boolean;
  /** Whether CLS is a target here (issue 18: `/`), or only printed. */
  clsTarget: boolean;
}

const PAGES: Page[] = [
  { name: 'sign-in', path: '/sign-in', signedIn: false, clsTarget: false },
  { name: '/ (deployments)', path: '/', signedIn: true, clsTarget: true },
  { name: 'My work', path: '/my-work', signedIn: true, clsTarget: false },
  { name: 'portfolio', path: '/portfolio', signedIn: true, clsTarget: false },
];

interface Scores {
  performance: number;
  accessibility: number;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  failedAccessibility: string[];
  /** What moved: Lighthouse's layout-shifts audit, element and score. */
  shifts: string[];
  /** Main-thread time by kind and by script (with LIGHTHOUSE_REPORT_DIR). */
  mainThread?: string;
}

interface Item { group?: string; groupLabel?: string; duration?: number; url?: string; total?: number; scripting?: number; scriptParseCompile?: number; startTime?: number }
const itemsOf = (audit: { details?: unknown } | undefined) => ((audit?.details as { items?: Item[] } | undefined)?.items ?? []);

/** Lighthouse could not record the page load (its runtimeError): nothing is known of the page from that run. */
class TraceFailure extends Error {}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  if (!existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  if (!existsSync('client/dist/index.html')) throw new Error('No client/dist: run `npm run build` first.');
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');

  const scratch = await scratchDatabase('lighthouse');
  await seedScale(scratch.db, scratch.config, 100, true);
  await scratch.db.destroy();
  const server = await startServerProcess(scratch.config.database, { production: true });
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const cookie = await signInCookie(server.url, OPS_ADMIN.email, OPS_ADMIN.password);
    const audit = async (page: Page): Promise<Scores> => {
      const result = await lighthouse(`${server.url}${page.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        // The session cookie on every request of the page (Lighthouse resets the origin's storage).
        ...(page.signedIn ? { extraHeaders: { Cookie: cookie } } : {}),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new TraceFailure(`${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      let mainThread: string | undefined;
      if (REPORT_DIR) {
        mkdirSync(REPORT_DIR, { recursive: true });
        const file = path.join(REPORT_DIR, `${page.path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'root'}-${new Date().toISOString().replace(/\W/g, '')}.json`);
        writeFileSync(file, JSON.stringify(lhr));
        const ms = (value?: number) => `${Math.round(value ?? 0)} ms`;
        const origin = new URL(server.url).origin;
        mainThread = [
          `${page.name} (${file}):`,
          `  main thread: ${itemsOf(lhr.audits['mainthread-work-breakdown']).map((item) => `${item.groupLabel ?? item.group} ${ms(item.duration)}`).join(', ')}`,
          ...itemsOf(lhr.audits['bootup-time']).map((item) => `  ${item.url?.replace(origin, '')}: total ${ms(item.total)}, scripting ${ms(item.scripting)}, parse ${ms(item.scriptParseCompile)}`),
          `  long tasks: ${itemsOf(lhr.audits['long-tasks']).map((item) => `${item.url?.replace(origin, '')} at ${ms(item.startTime)} for ${ms(item.duration)}`).join('; ')}`,
        ].join('\n');
      }
      const failedAccessibility = (lhr.categories.accessibility.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id);
      return {
        performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
        lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
        failedAccessibility,
        shifts: ((lhr.audits['layout-shifts']?.details as { items?: { node?: { snippet?: string; selector?: string }; score?: number }[] } | undefined)?.items ?? [])
          .map((item) => `${(item.score ?? 0).toFixed(3)} ${item.node?.selector ?? ''} ${item.node?.snippet ?? ''}`),
        mainThread,
      };
    };

    // Lighthouse now and then fails to record a page load's trace (NO_NAVSTART, NO_FCP): that run says
    // nothing about the page, so it is run again (up to twice, said on stderr) rather than ending the bench.
    const auditAgainOnTraceFailure = async (page: Page): Promise<Scores> => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await audit(page);
        } catch (error) {
          if (!(error instanceof TraceFailure) || attempt === 3) throw error;
          console.error(`${error.message}; running ${page.path} again`);
        }
      }
    };

    const met = (ok: boolean) => (ok ? 'met' : '**missed**');
    console.log(`\nLighthouse 12, mobile preset, ${RUNS} run(s) per page (median performance), 100 deployments, signed in as an admin where signed in\n`);
    console.log('| Page | Performance (≥ 90) | Accessibility (100) | CLS | LCP | TBT |');
    console.log('|---|---|---|---|---|---|');
    const only = process.env.LIGHTHOUSE_PAGES?.split(',');
    const moved: string[] = [];
    const mainThreads: string[] = [];
    for (const page of PAGES.filter((candidate) => !only || only.includes(candidate.path))) {
      const runs: Scores[] = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await auditAgainOnTraceFailure(page));
      const performance = median(runs.map((r) => r.performance));
      const chosen = runs.find((r) => r.performance === performance)!;
      const accessibility = Math.min(...runs.map((r) => r.accessibility));
      const cls = Math.max(...runs.map((r) => r.cls));
      const clsCell = page.clsTarget ? `${cls.toFixed(3)} (< ${TARGETS.cls}) ${met(cls < TARGETS.cls)}` : cls.toFixed(3);
      const a11yCell = `${accessibility} ${met(accessibility >= TARGETS.accessibility)}${chosen.failedAccessibility.length ? ` (${chosen.failedAccessibility.join(', ')})` : ''}`;
      moved.push(...chosen.shifts.map((shift) => `${page.name}: ${shift}`));
      if (chosen.mainThread) mainThreads.push(chosen.mainThread);
      console.log(`| ${page.name} | ${performance}${RUNS > 1 ? ` (${runs.map((r) => r.performance).join(', ')})` : ''} ${met(performance >= TARGETS.performance)} | ${a11yCell} | ${clsCell} | ${(chosen.lcpMs / 1000).toFixed(1)} s | ${Math.round(chosen.tbtMs)} ms |`);
    }
    if (moved.length) console.log(`\nWhat moved (layout shift, element):\n${moved.join('\n')}`);
    if (mainThreads.length) console.log(`\nWhere the main thread went (the run shown):\n${mainThreads.join('\n')}`);
    console.log(`\nLoad average at the end: ${loadavg().map((value) => value.toFixed(1)).join(' ')}`);
  } finally {
    chrome.kill();
    await server.stop();
    await scratch.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
