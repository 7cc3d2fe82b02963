import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { ErrorRequestHandler } from 'express';
import { GraphQLError, NoSchemaIntrospectionCustomRule, validate } from 'graphql';
import { DataSource, Like } from 'typeorm';
import { DEVELOPMENT_SECRET, type Config } from './config';
import { createDataSource, statementCounter } from './db/data-source';
import { prepareDatabase } from './db/prepare';
import { Context, createContext, systemActor } from './graphql/context';
import { formatError } from './graphql/format-error';
import { oneInputErrorPlugin } from './graphql/input-problems';
import { getSchema } from './graphql/schema';
import { compiledExecution } from './graphql/executor';
import { armor, costLimitPlugin, LIMITS } from './graphql/limits';
import { DEMO_EMAIL_DOMAIN } from './db/seed/demo-data';
import { User } from './modules/user/user.entity';
import { deniedRequestsPlugin } from './modules/access/auth-checker';
import { fileRouter } from './modules/file/file.router';
import { reportRouter } from './modules/report/report.router';
import { calendarRouter } from './modules/notification/calendar.router';
import { MailWorker } from './modules/mail/mail.worker';
import { unsubscribeRouter } from './modules/mail/unsubscribe.router';
import { DatabaseQueryCache } from './modules/persisted-query/persisted-query.cache';
import { persistedQueryRegistrationPlugin } from './modules/persisted-query/persisted-query.plugin';
import { loadPersistedDocuments } from './modules/persisted-query/persisted-documents';
import { Clock, systemClock } from './shared/clock';
import { log } from './shared/log';
import { authenticate } from './modules/user/session.service';
import { securityHeaders } from './http/security-headers';
import { compressAnswers, sendPrecompressed } from './http/compression';
import { sendProblem } from './modules/access/http-refusals';

export interface App {
  server: http.Server;
  db: DataSource;
  /** Stops taking requests, finishes those in flight, and closes the database. */
  close(): Promise<void>;
}

interface AppOptions {
  config: Config;
  clock?: Clock;
}

/** Builds the whole product (database, GraphQL, PWA, health check) without listening. */
export async function buildApp({ config, clock = systemClock }: AppOptions): Promise<App> {
  if (config.env === 'production' && (!config.appSecret || config.appSecret === DEVELOPMENT_SECRET || config.appSecret.length < 32)) {
    throw new Error('Production needs APP_SECRET: a random value of at least 32 characters (e.g. `openssl rand -base64 48`).');
  }
  if (config.env === 'production' && config.mail.smtpUrl && !/^https?:\/\//.test(config.mail.publicUrl)) {
    throw new Error('Production sends e-mail (SMTP_URL is set) and needs PUBLIC_URL: the address people open the app at (e.g. https://deploy.ccpor.example), which links in e-mails point to.');
  }
  const db = createDataSource(config.database, { guardNestedTransactions: config.env !== 'production' });
  await db.initialize();
  try {
    await prepareDatabase(db, config, clock);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  if (config.env === 'production' && (await db.manager.count(User, { where: { email: Like(`%${DEMO_EMAIL_DOMAIN}`) } }))) {
    await db.destroy();
    throw new Error(`This database holds the demo accounts (${DEMO_EMAIL_DOMAIN}); production refuses to start with demo credentials.`);
  }

  const app = express();
  const server = http.createServer(app);
  const schema = await getSchema();
  const protection = armor(config.env === 'production');
  const persistedQueries = new DatabaseQueryCache(db, loadPersistedDocuments());
  const apollo = new ApolloServer<Context>({
    // Queries run compiled (graphql-jit); mutations and one-off queries through graphql-js.
    gateway: compiledExecution(schema, config.compileQueriesAfterRuns),
    ...protection,
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // The app's persisted documents (every build's) and the automatic persisted queries of reporting
    // tools, shared by every process through the database: one mechanism (docs/sync.md#operations-sent-by-hash).
    persistedQueries: { cache: persistedQueries, ttl: null },
    includeStacktraceInErrorResponses: config.env === 'development',
    parseOptions: { maxTokens: LIMITS.tokens },
    formatError: (formatted, error) => {
      const answer = formatError(formatted, error, config.env !== 'production');
      // Validation and variable coercion both suggest schema names ("Did you mean …?"); production names none.
      return config.env === 'production' ? { ...answer, message: answer.message.replace(/ ?Did you mean .+?\?$/, '') } : answer;
    },
    plugins: [
      ...protection.plugins,
      costLimitPlugin(schema),
      oneInputErrorPlugin,
      deniedRequestsPlugin,
      persistedQueryRegistrationPlugin(persistedQueries),
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      // No cache hints are set: the default cache-control plugin would only wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      {
        // Introspection needs a signed-in caller (reporting tokens included) in production.
        async requestDidStart() {
          return {
            async didResolveOperation({ contextValue, document }) {
              if (config.env !== 'production' || contextValue.actor.userId) return;
              const introspects = validate(schema, document, [NoSchemaIntrospectionCustomRule]).length > 0;
              if (introspects) throw new GraphQLError('Sign in (or send an API token) to read the schema.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
            },
          };
        },
      },
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
              if (errors?.some((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX')) response.http.status = 400;
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
  // No ETag from res.send: it hashed every GraphQL answer (a page of 25 with tasks, 174 KB: 0.14 ms),
  // which, sent to a POST, no cache keeps. Files and the app's assets set their own.
  app.set('etag', false);
  app.use(securityHeaders());
  // Behind a reverse proxy the client's address comes from X-Forwarded-For, but only when told so.
  app.set('trust proxy', config.trustProxy || false);
  app.use(exactOriginCors(config.corsOrigins));
  app.use(compressAnswers());
  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      // Tests make thousands of requests; their failures speak for themselves.
      if (req.path === '/healthz' || config.env === 'test') return;
      log('info', 'request', { method: req.method, path: loggedPath(req.originalUrl), status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 });
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
    // Counting is for tests and the benchmark: it tracks an async context through every promise of the request.
    (_req: express.Request, _res: express.Response, next: express.NextFunction) => (config.exposeSqlStatements ? statementCounter.run({ count: 0 }, next) : next()),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => createContext(db, clock, config, await authenticate(db, clock, config, req), { req, res }),
    }),
  );
  app.use('/files', fileRouter(async (req, res) => createContext(db, clock, config, await authenticate(db, clock, config, req), { req, res })));
  app.use('/reports', reportRouter(async (req, res) => createContext(db, clock, config, await authenticate(db, clock, config, req), { req, res })));
  app.use('/calendar', calendarRouter(
    () => createContext(db, clock, config, systemActor('calendar feed')),
    (user) => createContext(db, clock, config, { userId: user.id, name: user.displayName, role: user.role, organizationId: user.organizationId, via: 'token' }),
  ));
  app.use(unsubscribeRouter(() => createContext(db, clock, config, systemActor('unsubscribe link'))));
  servePwa(app, config);
  // Express's own 404 page would replace the security headers' policy with one of its own.
  app.use((req, res) => {
    const where = loggedPath(req.originalUrl);
    sendProblem(res, 404, 'NOT_FOUND', `There is nothing at ${req.method} ${where}.`, { noun: 'Address', id: where });
  });
  app.use(((error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const tooLarge = error?.type === 'entity.too.large';
    const status = tooLarge ? 413 : error?.status && error.status < 500 ? error.status : 500;
    const code = tooLarge ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    const message = tooLarge ? 'The request body is over 1 MB. Send less at once (e.g. split a bulk sync).' : status < 500 ? 'The request could not be read.' : 'Something went wrong on the server.';
    if (status >= 500) log('error', 'request failed', { error: String(error?.stack ?? error) });
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  }) as ErrorRequestHandler);

  const mailWorker = config.mail.worker ? new MailWorker(db, config, clock) : null;
  mailWorker?.start();

  return {
    server,
    db,
    async close() {
      await mailWorker?.stop();
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
      if (db.isInitialized) await db.destroy();
    },
  };
}

/**
 * CORS for exactly the origins in CORS_ORIGINS (the app itself is same-origin and needs none);
 * any other origin gets no CORS headers, so browsers refuse to hand it the answers.
 */
function exactOriginCors(origins: string[]): express.RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && allowed.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Vary', 'Origin');
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name');
        res.setHeader('Access-Control-Max-Age', '600');
        res.status(204).end();
        return;
      }
    }
    next();
  };
}

/** The built PWA at `/`, with client-side routes falling back to index.html, and GraphiQL at `/graphiql`. */
function servePwa(app: express.Express, config: Config) {
  const index = path.join(config.clientDist, 'index.html');
  if (!fs.existsSync(index)) {
    log('warn', 'the PWA is not built; run `npm run build:client`', { clientDist: config.clientDist });
    return;
  }
  // Hashed assets never change; index.html and the service worker must be checked every time.
  const cacheControlOf = (file: string) => (file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
  app.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let file: string;
    try {
      file = path.join(config.clientDist, decodeURIComponent(req.path));
    } catch {
      return next();
    }
    // A path that climbs out of the build (`/..%2f…`) is express.static's to refuse.
    if (!file.startsWith(config.clientDist + path.sep)) return next();
    sendPrecompressed(req, res, file, cacheControlOf(file), next);
  });
  app.use(express.static(config.clientDist, { index: false, setHeaders: (res, file) => res.setHeader('Cache-Control', cacheControlOf(file)) }));
  // GraphiQL is a page of its own (a second entry of the client build), outside the app's routes and
  // its service worker; it queries /graphql with the same session cookie as the app.
  const graphiql = path.join(config.clientDist, 'graphiql.html');
  app.get('/graphiql', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(graphiql);
  });
  app.get('/{*path}', (req, res) => {
    sendPrecompressed(req, res, index, 'no-cache', () => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  });
}

/** A request's path as the log records it: no query string, and a calendar feed's address (its credential) masked. */
export const loggedPath = (url: string) => url.split('?')[0].replace(/^\/calendar\/[^/]+/, '/calendar/<secret>');
