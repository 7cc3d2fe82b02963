import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Clock } from '../shared/clock';
import { createLoaders, Loaders } from './loaders';

/** Who is acting. Recorded on every change ("updatedBy", conflicts, processed mutations). */
export interface Actor {
  userId: string | null;
  name: string;
}

export interface Context {
  db: DataSource;
  clock: Clock;
  config: Config;
  actor: Actor;
  loaders: Loaders;
}

// Sign-in arrives with the Access work; until then every request acts as the development user,
// and the server refuses to start in production (see app.ts).
const DEVELOPMENT_ACTOR: Actor = { userId: null, name: 'Development user' };

export function createContext(db: DataSource, clock: Clock, config: Config): Context {
  return { db, clock, config, actor: DEVELOPMENT_ACTOR, loaders: createLoaders(db, clock) };
}
