import http from 'node:http';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api';
import { DEMO_PASSWORD, hasChromium, launchBrowser } from '../support/browser';

// The first visit as the network carries it (issue 18), seen by Chromium itself: cache disabled,
// the request accepting gzip only.

/** The server's threshold (server/http/compression.ts): anything of a text type above it goes out compressed. */
const COMPRESS_ABOVE_BYTES = 1024;

interface Sent {
  url: string;
  type: string;
  contentEncoding: string;
  /** Bytes on the wire: headers and (encoded) body. */
  transferBytes: number;
  /** The body as it came, before decoding. */
  encodedBodyBytes: number;
  decodedBodyBytes: number;
}

/**
 * Records every response the page gets through CDP until `visit` is done and no request is left in
 * flight. Nothing is served from a cache (disabled), and requests accept gzip alone.
 */
async function recordVisit(context: BrowserContext, page: Page, visit: () => Promise<void>): Promise<Sent[]> {
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'gzip' } });
  const started = new Map<string, { url: string; type: string; contentEncoding: string; decoded: number; headerBytes: number }>();
  const sent: Sent[] = [];
  const inFlight = new Set<string>();
  cdp.on('Network.requestWillBeSent', (event) => {
    inFlight.add(event.requestId);
    started.set(event.requestId, { url: event.request.url, type: event.type ?? 'Other', contentEncoding: '', decoded: 0, headerBytes: 0 });
  });
  cdp.on('Network.responseReceived', (event) => {
    const request = started.get(event.requestId);
    if (!request) return;
    const headers = Object.fromEntries(Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
    request.contentEncoding = headers['content-encoding'] ?? '';
    // At this point encodedDataLength counts the response's headers only.
    request.headerBytes = event.response.encodedDataLength;
  });
  cdp.on('Network.dataReceived', (event) => {
    const request = started.get(event.requestId);
    if (request) request.decoded += event.dataLength;
  });
  cdp.on('Network.loadingFinished', (event) => {
    inFlight.delete(event.requestId);
    const request = started.get(event.requestId);
    if (!request) return;
    sent.push({
      url: request.url,
      type: request.type,
      contentEncoding: request.contentEncoding,
      transferBytes: event.encodedDataLength,
      encodedBodyBytes: event.encodedDataLength - request.headerBytes,
      decodedBodyBytes: request.decoded,
    });
  });
  cdp.on('Network.loadingFailed', (event) => inFlight.delete(event.requestId));
  await visit();
  await expect.poll(() => inFlight.size, { timeout: 15_000 }).toBe(0);
  await cdp.detach();
  return sent;
}

/** Responses of a text type over the threshold that went out uncompressed. */
const uncompressed = (sent: Sent[]) =>
  sent
    .filter((response) => ['Document', 'Script', 'Stylesheet', 'Fetch', 'XHR', 'Manifest'].includes(response.type))
    .filter((response) => response.decodedBodyBytes > COMPRESS_ABOVE_BYTES && response.contentEncoding !== 'gzip')
    .map((response) => `${response.type} ${new URL(response.url).pathname} (${response.decodedBodyBytes} bytes, "${response.contentEncoding}")`);

describe.skipIf(!hasChromium())('the first visit as sent: compressed', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi({ demoData: true }), launchBrowser()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('sends a signed-out visitor of / everything over 1 KB compressed', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    const sent = await recordVisit(context, page, async () => {
      await page.goto(api.url);
      await page.waitForURL(`${api.url}/sign-in`);
      await page.getByLabel('Email').waitFor();
    });
    expect(uncompressed(sent)).toEqual([]);
    await context.close();
  });

  it('sends a signed-in person’s first load of My work compressed', async () => {
    const { client } = await api.signIn('field@ccpor.example', DEMO_PASSWORD);
    const cookies = client.headers.cookie.split(/;\s*/).map((pair) => {
      const [name, ...value] = pair.split('=');
      return { name, value: value.join('='), url: api.url };
    });
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    await context.addCookies(cookies);
    const page = await context.newPage();
    const sent = await recordVisit(context, page, async () => {
      await page.goto(`${api.url}/my-work`);
      await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    });
    expect(uncompressed(sent)).toEqual([]);
    await context.close();
  });

  it('sends the built files as precompressed copies, hashed ones cached for good and the rest revalidated', async () => {
    const index = await fetch(`${api.url}/`, { headers: { 'accept-encoding': 'gzip' } });
    const entry = /src="(\/assets\/[^"]+\.js)"/.exec(await index.text())?.[1];
    expect(entry).toBeDefined();
    const cases = [
      { path: entry!, cacheControl: 'public, max-age=31536000, immutable' },
      { path: '/', cacheControl: 'no-cache' },
      { path: '/my-work', cacheControl: 'no-cache' },
      { path: '/sw.js', cacheControl: 'no-cache' },
    ];
    for (const { path: where, cacheControl } of cases) {
      for (const [accepts, encoding] of [['gzip', 'gzip'], ['gzip, deflate, br', 'br'], ['identity', undefined]] as const) {
        // Node's fetch would decode the body and hide the header; a raw request keeps both.
        const res = await rawGet(`${api.url}${where}`, accepts);
        expect({ where, accepts, encoding: res.headers['content-encoding'], vary: res.headers.vary, cacheControl: res.headers['cache-control'] })
          .toEqual({ where, accepts, encoding, vary: 'Accept-Encoding', cacheControl });
      }
    }
  });
});

function rawGet(url: string, acceptEncoding: string): Promise<{ headers: Record<string, string | undefined> }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ headers: res.headers as Record<string, string | undefined> }));
    }).on('error', reject);
  });
}
