import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

// Playwright's offline switch misses requests a service worker makes (microsoft/playwright#2311);
// with this flag set before launch, context.route sees them too, and setNetwork blocks them.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS ??= '1';

// Tests use the system's Chromium (Debian's package) through playwright-core: no browser download,
// so they run on machines without access to Playwright's CDN.
function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const found = execFileSync('which', ['chromium'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return found || undefined;
  } catch {
    return undefined;
  }
}

const chromiumPath = findChromium();
let warned = false;

/** True when a Chromium binary was found; otherwise warns loudly once, so a skipped suite is noticed. */
export function hasChromium(): boolean {
  // CI installs Chromium, so there a missing browser is a broken set-up, not a reason to skip.
  if (!chromiumPath && process.env.CI) throw new Error('CI=true but Chromium is missing: .ci/run must install it.');
  if (!chromiumPath && !warned) {
    warned = true;
    console.warn(
      '\n*** CHROMIUM NOT FOUND — browser tests SKIPPED. Install it (apt-get install -y chromium) ' +
        'or set CHROMIUM_PATH. ***\n',
    );
  }
  return chromiumPath !== undefined;
}

/** A headless Chromium with everything that phones home switched off. */
const launchOptions = () => {
  if (!chromiumPath) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  return {
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
};

/** The one Chromium of an e2e run (global-setup starts it); test files connect to it. */
export const launchBrowserServer = () => chromium.launchServer(launchOptions());

/**
 * A connection of this test file's own to the run's Chromium (or a Chromium of its own outside a
 * run); close it in afterAll, which closes the contexts and pages made through it.
 */
export function launchBrowser(): Promise<Browser> {
  const endpoint = inject('browserEndpoint');
  return endpoint ? chromium.connect(endpoint) : chromium.launch(launchOptions());
}

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');

/**
 * Saves the page as docs/screenshots/<name> (the README's pictures) when SCREENSHOTS=1, as
 * `npm run screenshots` sets; `npm test` leaves the committed pictures alone.
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, name), ...options });
}

/** The password of every demo user (`startApi({ demoData: true })`, `npm start` in development). */
export const DEMO_PASSWORD = 'ccpor-demo-password';

/**
 * Signs in through the sign-in page as a person does (opening it at `baseUrl` unless the page is
 * already there, e.g. after a redirect that carries `?next=`) and waits until the app has left it.
 */
export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  if (new URL(page.url(), baseUrl).pathname !== '/sign-in') await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in', { timeout: 15_000 }).catch(async (error: Error) => {
    // Say why the app stayed on sign-in (a refusal it shows), not only that it did.
    const shown = await page.getByRole('alert').allTextContents().catch(() => []);
    throw new Error(`Signing in as ${email} did not leave the sign-in page${shown.length ? `; it says: ${shown.join(' | ')}` : ''}. ${error.message}`);
  });
}

/**
 * Opens the header's "Menu" when the page shows one (a tablet held upright, below 900 px wide), so its
 * navigation links and "Sign out" can be used; wider, they are in the header already.
 */
export async function openHeaderMenu(page: Page): Promise<void> {
  const menu = page.getByRole('banner').getByRole('button', { name: 'Menu', exact: true });
  await menu.or(page.getByRole('navigation', { name: 'Main' })).first().waitFor({ timeout: 15_000 });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
}

const routed = new WeakSet<BrowserContext>();
const offline = new WeakSet<BrowserContext>();

/**
 * Takes the page (and its service worker) off the network or back on: every request fails as a
 * disconnected one while offline, whoever makes it.
 */
export async function setNetwork(context: BrowserContext, online: boolean) {
  if (!routed.has(context)) {
    routed.add(context);
    await context.route('**/*', (route) => (offline.has(context) ? route.abort('internetdisconnected') : route.continue()));
  }
  if (online) offline.delete(context);
  else offline.add(context);
  await context.setOffline(!online);
}
