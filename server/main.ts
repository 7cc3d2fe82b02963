import 'reflect-metadata';
import { buildApp } from './app';
import { loadConfig } from './config';
import { log } from './shared/log';
import { demoUsersBanner } from './db/seed/demo-data';

async function main() {
  const config = loadConfig();
  const app = await buildApp({ config });
  await new Promise<void>((resolve) => app.server.listen(config.port, config.host, resolve));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/`;
  log('info', 'listening', { url, graphql: `${url}graphql`, database: config.database.type });
  process.stdout.write(`\nCCPOR Deploy is running at ${url}  (GraphQL at ${url}graphql)\n\n`);
  if (config.seedDemoData) process.stdout.write(`${await demoUsersBanner(app.db)}\n\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log('info', 'shutting down', { signal });
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  log('error', 'failed to start', { error: String(error?.stack ?? error) });
  process.exit(1);
});
