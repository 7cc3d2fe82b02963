import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Clock } from '../shared/clock';
import type { Role } from '../modules/user/user.entity';
import { createLoaders, Loaders } from './loaders';

/** Who is acting. Recorded on every change ("updatedBy", audit events, conflicts). */
export interface Actor {
  userId: string | null;
  name: string;
  role: Role | null;
  organizationId: string | null;
  /** How the caller proved who they are; API tokens are read-only. */
  via: 'session' | 'token' | 'system' | null;
  sessionId?: string | null;
  /** Why a credential that was sent did not sign the caller in (a revoked token, an ended session), in words. */
  refused?: string;
}

export interface Context {
  db: DataSource;
  clock: Clock;
  config: Config;
  actor: Actor;
  loaders: Loaders;
  clientAddress: string | null;
  req?: Request;
  res?: Response;
}

/**
 * Loaders are made on first use (a list page the database builds in one statement needs none of
 * them), by a getter on the context's prototype: Apollo Server copies the context for each
 * operation with Object.assign onto the same prototype, which copies own properties only and so
 * keeps the getter uncalled (an own getter was called by the copy: every request made its loaders).
 */
const madeOnFirstUse = {
  get loaders(): Loaders {
    const self = this as unknown as Context & { madeLoaders?: Loaders };
    return (self.madeLoaders ??= createLoaders(self.db, self.clock));
  },
};

export function createContext(
  db: DataSource, clock: Clock, config: Config, actor: Actor, http?: { req: Request; res: Response },
): Context {
  const own: Omit<Context, 'loaders'> = { db, clock, config, actor, clientAddress: http?.req.ip ?? null, req: http?.req, res: http?.res };
  return Object.assign(Object.create(madeOnFirstUse) as Context, own);
}

/** The same request acting as someone else (an unsubscribe link's owner), with loaders of its own. */
export const actingAs = (ctx: Context, actor: Actor): Context =>
  createContext(ctx.db, ctx.clock, ctx.config, actor, ctx.req && ctx.res ? { req: ctx.req, res: ctx.res } : undefined);

/** The actor of work the system does itself (seeding, migrations). */
export const systemActor = (name: string): Actor => ({ userId: null, name, role: null, organizationId: null, via: 'system' });
