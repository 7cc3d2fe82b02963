import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gzipSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApi, type Api } from '../support/api';

// Answers made at request time go out compressed with what the request accepts, above 1 KB; a CSV
// report still streams (issue 18). Node's fetch decodes bodies and hides how they came, so these
// requests are raw.

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as the network carried it, in the pieces it came in. */
  chunks: Buffer[];
}

function raw(api: Api, path: string, options: { acceptEncoding: string; method?: string; body?: string }): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${api.url}${path}`, {
      method: options.method ?? 'GET',
      headers: { ...api.headers, 'accept-encoding': options.acceptEncoding, ...(options.body ? { 'content-type': 'application/json' } : {}) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, chunks }));
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

const graphql = (api: Api, query: string, acceptEncoding: string) => raw(api, '/graphql', { acceptEncoding, method: 'POST', body: JSON.stringify({ query }) });

const decode = (answer: RawAnswer) => {
  const body = Buffer.concat(answer.chunks);
  const encoding = answer.headers['content-encoding'];
  return (encoding === 'gzip' ? gunzipSync(body) : encoding === 'br' ? brotliDecompressSync(body) : body).toString('utf8');
};

/** A schema's list of type names: several KB of JSON. */
const LARGE = '{ __schema { types { name description } } }';

describe('compressed answers', () => {
  let api: Api;

  beforeAll(async () => {
    api = await startApi({ demoData: true });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('compresses a GraphQL answer over 1 KB with gzip or brotli, as the request accepts', async () => {
    const plain = await graphql(api, LARGE, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    // Nor hashed for an ETag: an answer to a POST, which no cache keeps.
    expect(plain.headers.etag).toBeUndefined();
    expect(Buffer.concat(plain.chunks).length).toBeGreaterThan(1024);
    for (const [acceptEncoding, encoding] of [['gzip', 'gzip'], ['br', 'br'], ['gzip, deflate, br', 'br']] as const) {
      const answer = await graphql(api, LARGE, acceptEncoding);
      expect({ acceptEncoding, encoding: answer.headers['content-encoding'], vary: answer.headers.vary }).toEqual({ acceptEncoding, encoding, vary: 'Accept-Encoding' });
      expect(JSON.parse(decode(answer))).toEqual(JSON.parse(decode(plain)));
      expect(Buffer.concat(answer.chunks).length).toBeLessThan(Buffer.concat(plain.chunks).length / 3);
    }
  });

  it('sends a small answer as it is', async () => {
    const answer = await graphql(api, '{ __typename }', 'gzip, br');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(decode(answer)).data).toEqual({ __typename: 'Query' });
  });

  it('streams a CSV report compressed: the header row arrives on its own, before the rows are read', async () => {
    const plain = await raw(api, '/reports/deployment-counts.csv', { acceptEncoding: 'identity' });
    expect(plain.status).toBe(200);
    const rows = decode(plain).split('\r\n').filter(Boolean);
    expect(rows.length).toBeGreaterThan(2);

    const answer = await raw(api, '/reports/deployment-counts.csv', { acceptEncoding: 'gzip' });
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(decode(answer)).toBe(decode(plain));
    // Each batch is flushed out of zlib as it is written: the first pieces that decode to anything
    // decode to the header row alone (without flushing, zlib would hold it until the end).
    const decodedPrefixes = answer.chunks.map((_, i) =>
      gunzipSync(Buffer.concat(answer.chunks.slice(0, i + 1)), { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8'));
    expect(decodedPrefixes.find(Boolean)).toBe(`${rows[0]}\r\n`);
  });
});

describe('a client that goes away mid-download', () => {
  let api: Api;
  let clientDist: string;

  beforeAll(async () => {
    // A client build of one large script with its precompressed copies, as `npm run build` leaves them.
    clientDist = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpor-dist-'));
    const script = Buffer.from(Array.from({ length: 200_000 }, (_, i) => `const v${i} = ${i * 7919 % 104729};`).join('\n'));
    fs.mkdirSync(path.join(clientDist, 'assets'));
    fs.writeFileSync(path.join(clientDist, 'index.html'), '<!doctype html><title>CCPOR Deploy</title>');
    fs.writeFileSync(path.join(clientDist, 'assets/app.js'), script);
    fs.writeFileSync(path.join(clientDist, 'assets/app.js.gz'), gzipSync(script, { level: 1 }));
    fs.writeFileSync(path.join(clientDist, 'assets/app.js.br'), brotliCompressSync(script, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }));
    api = await startApi({ config: { clientDist } });
  });

  afterAll(async () => {
    await api?.close();
    fs.rmSync(clientDist, { recursive: true, force: true });
  });

  it('is not logged as a server error, and the server keeps serving', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      // A tablet closing the page: each request is dropped as soon as it is sent, before or while the
      // file goes out. Each waits for its socket to close, so the server has seen every one go.
      for (let i = 0; i < 40; i += 1) {
        await new Promise<void>((resolve) => {
          const request = http.get(`${api.url}/assets/app.js`, { headers: { 'accept-encoding': 'gzip, br' } });
          request.on('error', () => resolve());
          request.on('close', () => resolve());
          request.on(i % 2 ? 'socket' : 'finish', () => request.destroy());
        });
      }
      const served = await raw(api, '/assets/app.js', { acceptEncoding: 'br' });
      expect(served.status).toBe(200);
      expect(served.headers['content-encoding']).toBe('br');
    } finally {
      spy.mockRestore();
    }
    const errors = lines.flatMap((line) => line.split('\n')).filter((line) => line.includes('"level":"error"'));
    expect(errors).toEqual([]);
  });
});
