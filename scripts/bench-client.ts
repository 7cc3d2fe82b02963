// `npm run bench:client` (after `npm run build:client`): the first visit's JavaScript as sent, counted
// by Chromium (scripts/ops/first-visit.ts) against a server of its own on a throw-away SQLite
// database, next to the build's own figure for the same files; prints met / missed against the 170 KB
// budget (issue 18). Needs Chromium (CHROMIUM_PATH or /usr/bin/chromium).
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { OPS_ADMIN, scratchDatabase, until } from './ops/database';
import { javaScriptOf, kb, readBuildFigures, recordVisit, uncompressed, type Sent } from './ops/first-visit';
import { signInCookie, startServerProcess } from './ops/server-process';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function main() {
  if (!existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  const build = readBuildFigures();
  const scratch = await scratchDatabase('benchclient');
  await scratch.db.destroy();
  const server = await startServerProcess(scratch.config.database, { production: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'] });
  // Waits, bounded, until every request of the visit has finished.
  const settled = async (inFlight: () => number) => {
    const going = until(Date.now() + 15_000);
    while (inFlight() > 0 && going()) await new Promise((resolve) => setImmediate(resolve));
  };
  const measure = async (name: string, cookie: string | null, visit: (page: Page) => Promise<void>) => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    if (cookie) {
      await context.addCookies(cookie.split(/;\s*/).map((pair) => {
        const [key, ...value] = pair.split('=');
        return { name: key, value: value.join('='), url: server.url };
      }));
    }
    const page = await context.newPage();
    const sent: Sent[] = await recordVisit(context, page, () => visit(page), settled);
    await context.close();
    return { name, sent, js: javaScriptOf(sent) };
  };
  try {
    const visits = [
      await measure('signed out, /', null, async (page) => {
        await page.goto(server.url);
        await page.waitForURL(`${server.url}/sign-in`);
        await page.getByLabel('Email').waitFor();
      }),
      await measure('signed in, /my-work', await signInCookie(server.url, OPS_ADMIN.email, OPS_ADMIN.password), async (page) => {
        await page.goto(`${server.url}/my-work`);
        await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
      }),
    ];
    const budget = build.budgetBytes;
    console.log('\n| First visit (Accept-Encoding: gzip, cache disabled) | Scripts | JS bodies as sent | With response headers | Build figure (gzip -9, same files?) | Budget | Met |');
    console.log('|---|---|---|---|---|---|---|');
    for (const { name, sent, js } of visits) {
      const figure = build.visits[name];
      const same = JSON.stringify(js.files) === JSON.stringify([...figure.files].sort());
      console.log(`| ${name} | ${js.files.length} | ${kb(js.bodyBytes)} | ${kb(js.transferBytes)} | ${kb(figure.bytes)} (${same ? 'same files' : 'OTHER FILES'}) | ${kb(budget)} | ${js.bodyBytes <= budget ? 'met' : '**missed**'} |`);
      const notCompressed = uncompressed(sent);
      if (notCompressed.length) console.log(`|   not compressed: ${notCompressed.join('; ')} | | | | | | missed |`);
    }
  } finally {
    await browser.close();
    await server.stop();
    await scratch.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
