import express, { ErrorRequestHandler, Request } from 'express';
import { sendForbidden, sendProblem as fail } from '../access/http-refusals';
import { notSignedIn } from '../access/auth-checker';
import type { Context } from '../../graphql/context';
import { MAX_FILE_BYTES, readFile, SHA256_HEX, storeFile } from './file.service';
import { uploadableType } from './file-content';
import { TASK_PROGRESS as UPLOADERS } from '../access/roles';

const CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;
const NOT_UPLOADABLE = 'its content is not a photo (JPEG, PNG, WebP or HEIC) or a document (PDF, image, Word, Excel, PowerPoint or OpenDocument), whatever its name says; save or export it as one of those and upload that.';


/**
 * `POST /files` takes one file as the raw request body (the PWA sends the Blob as is): its type in
 * Content-Type, its name (URI-encoded) in X-File-Name. Requiring that custom header is the CSRF
 * rule: a cross-site form cannot set it, and a cross-site script needs a preflight that CORS refuses.
 * `GET /files/<sha256>` answers the bytes with their type.
 */
export function fileRouter(contextOf: (req: Request, res: express.Response) => Promise<Context>): express.Router {
  const router = express.Router();
  // Same session or token as GraphQL: anyone signed in reads; uploading is a write, so not with an API token.
  router.use(async (req, res, next) => {
    try {
      const ctx = await contextOf(req, res);
      if (!ctx.actor.userId) return fail(res, 401, 'UNAUTHENTICATED', notSignedIn(ctx));
      if (req.method === 'POST' && (ctx.actor.via === 'token' || !UPLOADERS.includes(ctx.actor.role!))) {
        return sendForbidden(ctx, req, res, 'You may not upload files: API tokens are read-only, and reporters only read.');
      }
      res.locals.ctx = ctx;
      next();
    } catch (error) {
      next(error);
    }
  });

  router.post('/', express.raw({ type: () => true, limit: MAX_FILE_BYTES }), async (req, res, next) => {
    try {
      const rawName = req.get('x-file-name');
      let fileName = '';
      try {
        fileName = rawName ? decodeURIComponent(rawName).trim() : '';
      } catch {
        // reported below as a bad name
      }
      const contentType = (req.get('content-type') ?? 'application/octet-stream').split(';')[0].trim().toLowerCase();
      const fields = [];
      if (!fileName || fileName.length > 255) fields.push({ field: 'X-File-Name', message: 'send the file name (1 to 255 characters, URI-encoded) in the X-File-Name header.' });
      if (!CONTENT_TYPE.test(contentType) || contentType.length > 100) fields.push({ field: 'Content-Type', message: 'send the file’s media type, e.g. image/jpeg.' });
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!body.length) fields.push({ field: 'body', message: 'the file is empty; send its bytes as the request body.' });
      if (fields.length) return fail(res, 400, 'BAD_USER_INPUT', fields.map((f) => `${f.field}: ${f.message}`).join(' '), { fields });
      // Stored with the type its bytes show, whatever was declared (docs/security.md#uploads).
      const type = await uploadableType(body, contentType);
      if (!type) return fail(res, 415, 'BAD_USER_INPUT', `file: ${NOT_UPLOADABLE}`, { fields: [{ field: 'file', message: NOT_UPLOADABLE }] });
      res.json(await storeFile(res.locals.ctx as Context, body, fileName, type));
    } catch (error) {
      next(error);
    }
  });

  router.get('/:sha256', async (req, res, next) => {
    try {
      const sha256 = String(req.params.sha256).toLowerCase();
      const file = SHA256_HEX.test(sha256) ? await readFile(res.locals.ctx as Context, sha256) : null;
      if (!file) return fail(res, 404, 'NOT_FOUND', `File ${req.params.sha256} does not exist.`, { noun: 'FileBlob', id: req.params.sha256 });
      res.set({
        'Content-Type': file.contentType,
        'Content-Length': String(file.size),
        ETag: `"${file.sha256}"`,
        // The bytes behind a hash never change.
        'Cache-Control': 'private, max-age=31536000, immutable',
        // Uploaded content is served from our origin: never let it run as a page.
        'Content-Security-Policy': "sandbox; default-src 'none'",
        'X-Content-Type-Options': 'nosniff',
        'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      });
      res.end(file.bytes);
    } catch (error) {
      next(error);
    }
  });

  router.use(((error, _req, res, next) => {
    if (error?.type !== 'entity.too.large' || res.headersSent) return next(error);
    fail(res, 413, 'PAYLOAD_TOO_LARGE', 'The file is over 10 MB. Downscale photos on the device (≤ 1,600 px) or split the document.', { limit: MAX_FILE_BYTES });
  }) as ErrorRequestHandler);

  return router;
}
