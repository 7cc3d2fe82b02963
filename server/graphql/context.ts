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

export function createContext(
  db: DataSource, clock: Clock, config: Config, actor: Actor, http?: { req: Request; res: Response },
): Context {
  let loaders: Loaders | undefined;
  return {
    db, clock, config, actor, clientAddress: http?.req.ip ?? null, req: http?.req, res: http?.res,
    // Made on first use: a list page the database builds in one statement needs none of them.
    get loaders() {
      return (loaders ??= createLoaders(db, clock));
    },
  };
}

/** The actor of work the system does itself (seeding, migrations). */
export const systemActor = (name: string): Actor => ({ userId: null, name, role: null, organizationId: null, via: 'system' });
