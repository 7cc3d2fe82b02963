// A throw-away database for the operations scripts: a SQLite file in a temporary folder, or a fresh
// schema in the PostgreSQL of a URL (which must also be DATABASE_URL: column types follow it at import), migrated, with reference data and one ADMIN to sign in as.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { loadConfig, type Config, type DatabaseConfig } from '../../server/config';
import { createDataSource } from '../../server/db/data-source';
import { seedReferenceData } from '../../server/db/seed/reference-data';
import { hashPassword } from '../../server/modules/user/credentials';
import { Role, User } from '../../server/modules/user/user.entity';
import { systemClock } from '../../server/shared/clock';

export const OPS_ADMIN = { email: 'ops.admin@ops.example', password: 'an operations script password 2027' };

export interface ScratchDatabase {
  config: Config;
  db: DataSource;
  adminId: string;
  /** Closes the connection and deletes the file or schema. */
  drop(): Promise<void>;
}

async function withPg(url: string, sql: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function scratchDatabase(label: string, postgresUrl?: string): Promise<ScratchDatabase> {
  let database: DatabaseConfig;
  let remove: () => Promise<void>;
  if (postgresUrl) {
    const schema = `${label}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    await withPg(postgresUrl, `CREATE SCHEMA ${schema}`);
    database = { type: 'postgres', url: postgresUrl, schema };
    remove = () => withPg(postgresUrl, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ccpor-${label}-`));
    database = { type: 'better-sqlite3', path: path.join(dir, `${label}.sqlite`) };
    remove = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const config: Config = { ...loadConfig({ NODE_ENV: 'test' }), database, mfaRequiredRoles: [], signInRatePerMinute: 1_000_000 };
  const db = createDataSource(database);
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  await seedReferenceData(db, systemClock.now());
  const admin = await db.manager.save(db.manager.create(User, {
    email: OPS_ADMIN.email, displayName: 'Operations script', role: Role.ADMIN, organizationId: null,
    passwordHash: await hashPassword(OPS_ADMIN.password), active: true,
  }));
  return {
    config,
    db,
    adminId: admin.id,
    async drop() {
      if (db.isInitialized) await db.destroy();
      await remove();
    },
  };
}

/** How a script's bounded loops end: at a count or a deadline, whichever comes first. */
export const until = (deadlineMs: number) => () => Date.now() < deadlineMs;
