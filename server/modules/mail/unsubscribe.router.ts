import express from 'express';
import type { Context } from '../../graphql/context';
import { sendProblem } from '../access/http-refusals';
import { unsubscribeMail } from './mail.service';

/**
 * POST /unsubscribe?token=…: the one-click unsubscribe of RFC 8058 that mail programs send on the
 * List-Unsubscribe-Post header. A person who opens the link gets the app's page of that address
 * (GET), which calls the unsubscribeMail mutation, the same change.
 */
export function unsubscribeRouter(anonymous: () => Context): express.Router {
  const router = express.Router();
  router.post('/unsubscribe', express.urlencoded({ extended: false, limit: '1kb' }), async (req, res, next) => {
    try {
      const done = await unsubscribeMail(anonymous(), { token: String(req.query.token ?? '') });
      res.json({ kinds: done.kinds, digest: done.digest });
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      if (code === 'BAD_USER_INPUT') return sendProblem(res, 400, 'BAD_USER_INPUT', (error as Error).message);
      next(error);
    }
  });
  return router;
}
