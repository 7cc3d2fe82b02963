import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Clock } from '../shared/clock';
import { log } from '../shared/log';
import { seedDemoData } from './seed/demo-data';
import { seedReferenceData } from './seed/reference-data';

/**
 * Brings the database to the current schema. In development and tests the server does it at start
 * (and seeds demo data in development); in production migrations are their own step
 * (`npm run migrate`) and the server refuses to start on an out-of-date schema.
 */
export async function prepareDatabase(db: DataSource, config: Config, clock: Clock) {
  if (config.env === 'production') {
    if (await db.showMigrations()) throw new Error('The database schema is out of date: run `npm run migrate` first.');
    return;
  }
  const applied = await db.runMigrations({ transaction: 'each' });
  if (applied.length) log('info', 'migrated', { migrations: applied.map((m) => m.name) });
  await seedReferenceData(db, clock.now());
  if (config.seedDemoData) await seedDemoData(db, config, clock);
}
