import express from 'express';
import type { Context } from '../../graphql/context';
import { sendProblem } from '../access/http-refusals';
import { User } from '../user/user.entity';
import { calendarText, feedOfSecret } from './calendar.service';

const notFound = (res: express.Response) =>
  sendProblem(res, 404, 'NOT_FOUND', 'There is no calendar feed at this address; it may have been revoked. Create a new one on the notifications page.');

/**
 * GET /calendar/<secret>.ics: a person's calendar feed, for calendar applications that cannot sign
 * in. The secret in the address is the credential; an unknown or revoked one answers 404, so that
 * nobody can tell a revoked feed from one that never existed.
 */
export function calendarRouter(system: () => Context, contextOf: (user: User) => Context): express.Router {
  const router = express.Router();
  router.get('/:file', async (req, res, next) => {
    try {
      const match = /^(.+)\.ics$/.exec(String(req.params.file));
      const feed = match ? await feedOfSecret(system(), match[1]) : null;
      const user = feed ? await system().db.manager.findOneBy(User, { id: feed.userId, active: true }) : null;
      if (!user) return notFound(res);
      const body = await calendarText(contextOf(user), `${req.protocol}://${req.get('host')}`);
      res.set('Content-Type', 'text/calendar; charset=utf-8');
      res.set('Cache-Control', 'private, no-store');
      res.send(body);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
