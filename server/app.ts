import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { ErrorRequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { createDataSource, statementCounter } from './db/data-source';
import { prepareDatabase } from './db/prepare';
import { Context, createContext } from './graphql/context';
import { formatError } from './graphql/format-error';
import { getSchema } from './graphql/schema';
import { fileRouter } from './modules/file/file.router';
import { Clock, systemClock } from './shared/clock';
import { log } from './shared/log';

export interface App {
  server: http.Server;
  db: DataSource;
  /** Stops taking requests, finishes those in flight, and closes the database. */
  close(): Promise<void>;
}

export interface AppOptions {
  config: Config;
  clock?: Clock;
}

/** Builds the whole product (database, GraphQL, PWA, health check) without listening. */
export async function buildApp({ config, clock = systemClock }: AppOptions): Promise<App> {
  // Sign-in does not exist yet: refuse to expose an open API in production.
  if (config.env === 'production') {
    throw new Error('CCPOR Deploy has no sign-in yet and must not run with NODE_ENV=production.');
  }
  const db = createDataSource(config.database);
  await db.initialize();
  await prepareDatabase(db, config, clock);

  const app = express();
  const server = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError: (formatted, error) => formatError(formatted, error, config.env !== 'production'),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              const counter = statementCounter.getStore();
              if (config.exposeSqlStatements && counter && response.body.kind === 'single') {
                response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: counter.count };
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      // Tests make thousands of requests; their failures speak for themselves.
      if (req.path === '/healthz' || config.env === 'test') return;
      log('info', 'request', { method: req.method, path: req.originalUrl.split('?')[0], status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 });
    });
    next();
  });
  app.get('/healthz', async (_req, res) => {
    try {
      await db.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database not answering' });
    }
  });
  app.use(
    '/graphql',
    (_req, _res, next) => statementCounter.run({ count: 0 }, next),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(db, clock, config) }),
  );
  app.use('/files', fileRouter(() => createContext(db, clock, config)));
  servePwa(app, config);
  app.use(((error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const tooLarge = error?.type === 'entity.too.large';
    const status = tooLarge ? 413 : error?.status && error.status < 500 ? error.status : 500;
    const code = tooLarge ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    const message = tooLarge ? 'The request body is over 1 MB. Send less at once (e.g. split a bulk sync).' : status < 500 ? 'The request could not be read.' : 'Something went wrong on the server.';
    if (status >= 500) log('error', 'request failed', { error: String(error?.stack ?? error) });
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  }) as ErrorRequestHandler);

  return {
    server,
    db,
    async close() {
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
      if (db.isInitialized) await db.destroy();
    },
  };
}

/** The built PWA at `/`, with client-side routes falling back to index.html. */
function servePwa(app: express.Express, config: Config) {
  const index = path.join(config.clientDist, 'index.html');
  if (!fs.existsSync(index)) {
    log('warn', 'the PWA is not built; run `npm run build:client`', { clientDist: config.clientDist });
    return;
  }
  app.use(express.static(config.clientDist, { index: false, maxAge: '1h', setHeaders: (res, file) => {
    // Hashed assets never change; index.html and the service worker must be checked every time.
    if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    else res.setHeader('Cache-Control', 'no-cache');
  } }));
  app.get('/{*path}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
