import type express from 'express';
import type { Context } from '../../graphql/context';
import type { ErrorCode } from '../../graphql/errors';
import { recordSecurityEvent } from '../audit/audit.service';

/**
 * The answer of the plain HTTP routes (/files, /reports, /calendar) to a request they refuse, in
 * GraphQL's error shape so that one client-side reader handles both.
 */
export const sendProblem = (res: express.Response, status: number, code: ErrorCode, message: string, details?: object) =>
  res.status(status).json({ errors: [{ message, extensions: { code, ...(details ? { details } : {}) } }] });

/** A FORBIDDEN answer of an HTTP route, recorded as a security event like GraphQL's (docs/security.md#audit-trail). */
export async function sendForbidden(ctx: Context, req: express.Request, res: express.Response, why: string) {
  await recordSecurityEvent(ctx.db, {
    operation: 'PERMISSION_DENIED', userId: ctx.actor.userId, actor: ctx.actor.name, role: ctx.actor.role,
    clientAddress: ctx.clientAddress, details: { operation: `${req.method} ${req.baseUrl}${req.path}`, why }, at: ctx.clock.now(),
  });
  sendProblem(res, 403, 'FORBIDDEN', why);
}
