import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import commonPasswords from 'fxa-common-password-list';
import { Secret, TOTP } from 'otpauth';
import type { FieldProblem } from '../../graphql/errors';

// Passwords: argon2id with 19 MiB, 2 passes, 1 lane (OWASP's first recommended setting).
const ARGON2 = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => argon2.hash(password, ARGON2);
export const verifyPassword = (hash: string, password: string) => argon2.verify(hash, password).catch(() => false);

/** Verified when the e-mail is unknown, so an unknown user costs the same time as a known one. */
let dummyHash: Promise<string> | null = null;
export const burnOneHash = async (password: string) => {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(await dummyHash, password);
};

export const MIN_PASSWORD_LENGTH = 12;

/** At least 12 characters, no composition rules, not a commonly used password (NIST SP 800-63B). */
export function passwordProblems(password: string, field = 'newPassword', email?: string): FieldProblem[] {
  if (password.length < MIN_PASSWORD_LENGTH) return [{ field, message: `must be at least ${MIN_PASSWORD_LENGTH} characters; a few words together make a good one.` }];
  if (password.length > 256) return [{ field, message: 'must be at most 256 characters.' }];
  if (commonPasswords.test(password.toLowerCase()) || (email && password.toLowerCase().includes(email.split('@')[0].toLowerCase()))) {
    return [{ field, message: 'is too common or too easy to guess; choose another.' }];
  }
  return [];
}

/** Opaque random tokens (sessions, API tokens, reset links); only their SHA-256 is stored. */
export const newToken = (bytes = 32) => randomBytes(bytes).toString('base64url');
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
/** A hash only the holder of `key` can compute, for a secret kept where a fast hash could be guessed back. */
export const keyedHash = (value: string, key: string) => createHmac('sha256', key).update(value).digest('hex');

// TOTP secrets are kept encrypted with a key derived from APP_SECRET, so a database dump alone
// does not let anyone mint codes.
const keyOf = (appSecret: string) => createHash('sha256').update(`ccpor-totp:${appSecret}`).digest();

export function encryptSecret(plain: string, appSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(appSecret), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export function decryptSecret(sealed: string, appSecret: string): string {
  const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', keyOf(appSecret), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}

const totpFor = (secretBase32: string, email: string) =>
  new TOTP({ issuer: 'CCPOR Deploy', label: email, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secretBase32) });

export const newTotpSecret = () => new Secret({ size: 20 }).base32;
export const otpauthUri = (secretBase32: string, email: string) => totpFor(secretBase32, email).toString();

/** RFC 6238 code check, accepting one 30-second step either side for clock drift. */
export const totpMatches = (secretBase32: string, email: string, code: string, at: Date) =>
  /^\d{6}$/.test(code) && totpFor(secretBase32, email).validate({ token: code, window: 1, timestamp: at.getTime() }) !== null;

/** A TOTP code for tests and the create-admin command's self-check. */
export const totpCode = (secretBase32: string, email: string, at: Date) => totpFor(secretBase32, email).generate({ timestamp: at.getTime() });

export const newRecoveryCodes = () => Array.from({ length: 10 }, () => randomBytes(5).toString('hex').replace(/(.{5})/, '$1-'));
