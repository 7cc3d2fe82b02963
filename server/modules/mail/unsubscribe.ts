import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../config';
import { MailKind } from './mail.entity';

/** What an unsubscribe link switches off: one kind, or the whole daily digest. */
export type UnsubscribeTarget = MailKind | 'DIGEST';

const signature = (config: Config, userId: string, target: UnsubscribeTarget) =>
  createHmac('sha256', config.appSecret).update(`mail-unsubscribe:${userId}:${target}`).digest('base64url');

/** A token that switches `target` off for this person and nothing else: no session needed, nothing to guess. */
const unsubscribeToken = (config: Config, userId: string, target: UnsubscribeTarget) =>
  `${userId}.${target}.${signature(config, userId, target)}`;

/** The link in every e-mail (and its List-Unsubscribe header): the app's page, and the one-click POST. */
export const unsubscribeUrl = (config: Config, userId: string, target: UnsubscribeTarget) =>
  `${config.mail.publicUrl}/unsubscribe?token=${unsubscribeToken(config, userId, target)}`;

/** The person and kind of a token, or null when this product did not sign it. */
export function readUnsubscribeToken(config: Config, token: string): { userId: string; target: UnsubscribeTarget } | null {
  const [userId, target, sig] = token.split('.');
  if (!userId || !target || !sig || !(target === 'DIGEST' || target in MailKind)) return null;
  const expected = Buffer.from(signature(config, userId, target as UnsubscribeTarget));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { userId, target: target as UnsubscribeTarget } : null;
}
