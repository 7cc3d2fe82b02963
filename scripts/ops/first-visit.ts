import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

// The first visit as the network carries it (issue 18), seen by Chromium itself through CDP: cache
// disabled, requests accepting gzip only (brotli is a bonus, not how the budget is met). Used by
// `npm run bench:client` and test/e2e/first-visit-weight.test.ts.

/** The first visits the budget is about, as client/scripts/entry-files.mjs names them. */
export const FIRST_VISITS = ['signed out, /', 'signed in, /my-work'] as const;

/** What the build counted for each first visit (client/scripts/report-bundle-size.mjs). */
export interface BuildFigures {
  budgetBytes: number;
  visits: Record<string, { files: string[]; bytes: number }>;
}

export const readBuildFigures = (clientDist = path.resolve(__dirname, '../../client/dist')): BuildFigures =>
  JSON.parse(fs.readFileSync(path.join(clientDist, '.vite', 'first-visit.json'), 'utf8')) as BuildFigures;

export interface Sent {
  url: string;
  /** CDP's resource type: Document, Script, Stylesheet, Fetch… */
  type: string;
  contentEncoding: string;
  /** Bytes on the wire: headers and (encoded) body. */
  transferBytes: number;
  /** The body as it came, before decoding. */
  encodedBodyBytes: number;
  decodedBodyBytes: number;
}

/**
 * Records every response the page gets until `visit` is done and no request is left in flight
 * (`settled` waits for that condition; the caller's own poll, e.g. vitest's expect.poll).
 */
export async function recordVisit(context: BrowserContext, page: Page, visit: () => Promise<void>, settled: (inFlight: () => number) => Promise<void>): Promise<Sent[]> {
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
  await settled(() => inFlight.size);
  await cdp.detach();
  return sent;
}

/** The server's threshold (server/http/compression.ts): a text answer above it goes out compressed. */
const COMPRESS_ABOVE_BYTES = 1024;

/** Responses of a text type over the threshold that went out without gzip. */
export const uncompressed = (sent: Sent[]) =>
  sent
    .filter((response) => ['Document', 'Script', 'Stylesheet', 'Fetch', 'XHR', 'Manifest'].includes(response.type))
    .filter((response) => response.decodedBodyBytes > COMPRESS_ABOVE_BYTES && response.contentEncoding !== 'gzip')
    .map((response) => `${response.type} ${new URL(response.url).pathname} (${response.decodedBodyBytes} bytes, "${response.contentEncoding}")`);

/** A visit's JavaScript: its files, and their bytes as sent with and without the response headers. */
export function javaScriptOf(sent: Sent[]) {
  const scripts = sent.filter((response) => response.type === 'Script');
  return {
    files: scripts.map((response) => new URL(response.url).pathname.slice(1)).sort(),
    bodyBytes: scripts.reduce((sum, response) => sum + response.encodedBodyBytes, 0),
    transferBytes: scripts.reduce((sum, response) => sum + response.transferBytes, 0),
  };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
