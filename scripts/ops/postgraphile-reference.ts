// The bench's reference: PostGraphile 4 (a dev dependency, never part of the product) serving the
// same PostgreSQL tables as a generic GraphQL layer, as its own process on loopback. It prints
// {"msg":"listening","url":…} like the server does. PostGraphile 4 runs on graphql 15 only, and npm
// installs a copy of 15 under each of its packages that needs one: every `graphql` require of this
// process is sent to postgraphile's own copy, so its packages share one (a second copy fails its
// `instanceof` checks). Its answers are compressed as the product's are (the same middleware and
// threshold), so that both do the same work on the wire and the load driver inflates both.
import http from 'node:http';
import Module from 'node:module';
import path from 'node:path';
import type express from 'express';
import { compressAnswers } from '../../server/http/compression';

const graphql15 = path.dirname(require.resolve('graphql/package.json', { paths: [path.dirname(require.resolve('postgraphile/package.json'))] }));
type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleInternals = Module as unknown as { _resolveFilename: Resolve };
const resolve = moduleInternals._resolveFilename;
moduleInternals._resolveFilename = function (request, ...rest) {
  const redirected = request === 'graphql' || request.startsWith('graphql/') ? path.join(graphql15, request.slice('graphql'.length)) : request;
  return resolve.call(this, redirected, ...rest);
};

async function main() {
  const url = process.env.DATABASE_URL;
  const schema = process.env.REFERENCE_SCHEMA;
  if (!url || !schema) throw new Error('DATABASE_URL and REFERENCE_SCHEMA are required.');
  // Loaded only now, after the redirect above is in place.
  const { postgraphile } = await import('postgraphile');
  const handler = postgraphile(url, schema, {
    disableDefaultMutations: true, graphiql: false, ignoreRBAC: true, disableQueryLog: true, retryOnInitFail: false, setofFunctionsContainNulls: false,
  });
  const compress = compressAnswers();
  const server = http.createServer((req, res) => compress(req as express.Request, res as express.Response, () => handler(req, res)));
  server.listen(0, '127.0.0.1', () => {
    const address = server.address() as { port: number };
    process.stdout.write(`${JSON.stringify({ msg: 'listening', url: `http://127.0.0.1:${address.port}` })}\n`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
