import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { expect } from 'vitest';
import { loadConfig } from '../../server/config';
import { startApi, type Api, type TestClock } from './api';

/** One message as the test SMTP server received it. */
export interface ReceivedMail {
  to: string[];
  headers: Map<string, string>;
  messageId: string;
  subject: string;
  /** The plain-text part, decoded. */
  text: string;
  raw: string;
}

export interface TestSmtp {
  url: string;
  received: ReceivedMail[];
  /** Answers the next `count` messages with this SMTP error instead of accepting them. */
  refuseNext(count: number, code: number, message: string): void;
  /** Called with each message before it is accepted: it may hold the answer back (e.g. to kill the sender first). */
  beforeAccept: ((mail: ReceivedMail) => Promise<void>) | null;
  /** Resolves once `predicate` holds of the messages received, or fails after `timeoutMs`. */
  waitFor(predicate: (received: ReceivedMail[]) => boolean, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i += 1) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i]));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Decodes an RFC 2047 encoded header value (=?UTF-8?Q?…?= or =?UTF-8?B?…?=). */
function decodeHeader(value: string): string {
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, enc: string, data: string) => (enc.toUpperCase() === 'B'
    ? Buffer.from(data, 'base64').toString('utf8')
    : decodeQuotedPrintable(data.replace(/_/g, ' '))));
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at > 0) headers.set(line.slice(0, at).trim().toLowerCase(), decodeHeader(line.slice(at + 1).trim()));
  }
  return headers;
}

/** The text/plain part of a message, decoded. */
function plainText(raw: string): string {
  const parts = raw.split(/\r?\n\r?\n/);
  const headers = parseHeaders(parts[0]);
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/.exec(type)?.[1];
  if (boundary) {
    for (const part of raw.split(`--${boundary}`).slice(1)) {
      if (/content-type:\s*text\/plain/i.test(part)) return plainText(part.replace(/^\r?\n/, ''));
    }
    return '';
  }
  const body = parts.slice(1).join('\n\n');
  const encoding = headers.get('content-transfer-encoding') ?? '';
  if (/quoted-printable/i.test(encoding)) return decodeQuotedPrintable(body);
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body;
}

/** A real SMTP server on a free port (no TLS, any login), keeping what it receives. */
export async function startSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  let refusals: { code: number; message: string }[] = [];
  const smtp: TestSmtp = {
    url: '',
    received,
    beforeAccept: null,
    refuseNext(count, code, message) {
      refusals = Array.from({ length: count }, () => ({ code, message }));
    },
    async waitFor(predicate, timeoutMs = 15_000) {
      await expect.poll(() => predicate(received), {
        timeout: timeoutMs,
        message: `the test SMTP server did not receive what was expected; it has ${received.length} messages`,
      }).toBe(true);
      return received;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const headers = parseHeaders(raw.split(/\r?\n\r?\n/)[0]);
        const mail: ReceivedMail = {
          to: session.envelope.rcptTo.map((r) => r.address), headers, messageId: headers.get('message-id') ?? '',
          subject: headers.get('subject') ?? '', text: plainText(raw), raw,
        };
        const refusal = refusals.shift();
        if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
        void (smtp.beforeAccept ? smtp.beforeAccept(mail) : Promise.resolve()).then(() => {
          received.push(mail);
          callback();
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  smtp.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return smtp;
}

/** Where the links in test e-mail point. */
export const PUBLIC_URL = 'https://deploy.ccpor.test';

/**
 * A test SMTP server and the API sending its mail there. By default the worker runs in the server,
 * polling every 50 ms; `worker: false` leaves sending to other processes. Close both with `closeMailingApi`.
 */
export async function startMailingApi(options: { clock?: TestClock; worker?: boolean } = {}): Promise<{ smtp: TestSmtp; api: Api }> {
  const smtp = await startSmtp();
  const worker = options.worker ?? true;
  const mail = { ...loadConfig({ NODE_ENV: 'test' }).mail, smtpUrl: smtp.url, publicUrl: PUBLIC_URL, ...(worker && { pollMilliseconds: 50, worker }) };
  return { smtp, api: await startApi({ clock: options.clock, config: { mail } }) };
}

export async function closeMailingApi(api: Api | undefined, smtp: TestSmtp | undefined): Promise<void> {
  await api?.close();
  await smtp?.close();
}
