import ical, { ICalCalendarMethod } from 'ical-generator';
import { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { formatDate } from '../../../rules/dates';
import { MailKind } from '../mail/mail.entity';
import { linkTo, partnersOf, queueMail } from '../mail/outbox';
import { Organization } from '../organization/organization.entity';
import type { Deployment } from './deployment.entity';

/**
 * The partners are told when go-live is set or moved, with the day as a calendar event. The event's
 * UID is the calendar feed's for the same go-live, and its sequence grows with each move, so a
 * calendar that took the e-mail's event moves it rather than adding another.
 */
export async function mailGoLive(tx: EntityManager, ctx: Context, deployment: Deployment, from: string | null) {
  const court = await tx.findOneByOrFail(Organization, { id: deployment.courtId });
  const route = `/deployments/${deployment.id}`;
  const calendar = ical({ prodId: { company: 'CCPOR', product: 'CCPOR Deploy', language: 'EN' }, method: ICalCalendarMethod.PUBLISH });
  calendar.createEvent({
    id: `go-live-${deployment.id}@ccpor-deploy`, sequence: deployment.version, start: deployment.targetGoLive, allDay: true,
    summary: `Go-live: ${court.name}`, stamp: ctx.clock.now(), url: linkTo(ctx.config.mail, route),
  });
  const on = formatDate(deployment.targetGoLive);
  await queueMail(tx, ctx, await partnersOf(tx, deployment.id), {
    kind: MailKind.GO_LIVE_SET,
    subject: from ? `Go-live moved to ${on}: ${court.name}` : `Go-live set for ${on}: ${court.name}`,
    action: from
      ? `Plan for the new date: go-live of ${court.name} moved from ${formatDate(from)} to ${on}.`
      : `Plan for go-live: ${court.name} goes live on ${on}.`,
    route,
    lines: ['The attached event puts the day in your calendar.'],
    attachments: [{ filename: 'go-live.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: calendar.toString() }],
  });
}
