// `npm run migrate`: brings the configured database to the current schema and adds the reference
// data every installation needs (courts, sheriff's offices, lifecycle template). No demo data.
// Production runs it as its own step before starting the servers.
import 'reflect-metadata';
import { loadConfig } from '../config';
import { systemClock } from '../shared/clock';
import { log } from '../shared/log';
import { createDataSource } from './data-source';
import { seedReferenceData } from './seed/reference-data';

async function migrate() {
  const config = loadConfig();
  const db = createDataSource(config.database);
  await db.initialize();
  try {
    const applied = await db.runMigrations({ transaction: 'each' });
    log('info', 'migrated', { database: config.database.type, applied: applied.map((m) => m.name) });
    await seedReferenceData(db, systemClock.now());
  } finally {
    await db.destroy();
  }
}

migrate().catch((error) => {
  log('error', 'migration failed', { error: String(error?.stack ?? error) });
  process.exit(1);
});
