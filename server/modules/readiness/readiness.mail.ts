// What the partners are told when the kept readiness of a deployment changes (docs/mail.md): its
// readiness turning GO or NO_GO, a sign-off requested of their organization, their sign-off turned
// stale. Found by comparing the kept readiness before a write with the readiness after it, in the
// write's transaction (refreshReadiness), so each message is queued with the change that caused it.
import { EntityManager, In } from 'typeorm';
import type { Context } from '../../graphql/context';
import { rawQuery } from '../../db/sql';
import { formatDate } from '../../../rules/dates';
import { PARTY_LABELS, READINESS_STATUS_LABELS } from '../../../rules/labels';
import { isHaltedDeployment } from '../../../rules/statuses';
import { californiaDate } from '../../shared/dates';
import { Deployment } from '../deployment/deployment.entity';
import { Party } from '../lifecycle-template/lifecycle.enums';
import { MailKind } from '../mail/mail.entity';
import { partnersOf, partnersOfOrganizations, queueMail, queueMailOnce } from '../mail/outbox';
import { Organization } from '../organization/organization.entity';
import { SignOff } from '../sign-off/sign-off.entity';
import type { BlockerFacts, ReadinessFacts } from './readiness.service';
import { BlockerCode, ReadinessStatus } from './readiness.types';

/** What the mail compares of the kept readiness before a write: its status, run and the blockers that tell who must sign. */
export interface KeptBefore {
  status: ReadinessStatus;
  acceptanceRunId: string | null;
  blockers: Pick<BlockerFacts, 'code' | 'recordId' | 'party' | 'what'>[];
}

/** The blockers that say whether a run can be signed and who has still to sign it. */
const SIGNING_CODES = [
  BlockerCode.NO_ACCEPTANCE_RUN, BlockerCode.ACCEPTANCE_RUN_NOT_PASSED, BlockerCode.DEFECT_OPEN, BlockerCode.SIGN_OFF_MISSING, BlockerCode.SIGN_OFF_STALE,
];

/** The words of a sign-off blocker's `what` (readiness.service.ts signOffsCurrent). */
export const signOffOf = (name: string) => `Sign-off of ${name}`;

/** The kept readiness of the deployments before the write changes it: one statement. */
export async function keptBefore(tx: EntityManager, deploymentIds: string[]): Promise<Map<string, KeptBefore>> {
  const rows = await rawQuery<{ deploymentId: string; status: ReadinessStatus; acceptanceRunId: string | null } & Partial<KeptBefore['blockers'][number]>>(tx,
    `SELECT r."deploymentId", r.status, r."acceptanceRunId", b.code, b."recordId", b.party, b.what
     FROM deployment_readiness r LEFT JOIN readiness_blocker b ON b."deploymentId" = r."deploymentId" AND b.code IN (:...codes)
     WHERE r."deploymentId" IN (:...ids)`, { ids: deploymentIds, codes: SIGNING_CODES });
  const kept = new Map<string, KeptBefore>();
  for (const { deploymentId, status, acceptanceRunId, code, recordId, party, what } of rows) {
    const one = kept.get(deploymentId) ?? kept.set(deploymentId, { status, acceptanceRunId, blockers: [] }).get(deploymentId)!;
    if (code) one.blockers.push({ code, recordId: recordId!, party: party!, what: what! });
  }
  return kept;
}

/**
 * A run is asked to be signed once it has passed with no critical or major defect open: the same
 * blockers then stand between it and GO as between it and each signature.
 */
const signable = (blockers: Pick<BlockerFacts, 'code'>[]) =>
  !blockers.some((b) => b.code === BlockerCode.NO_ACCEPTANCE_RUN || b.code === BlockerCode.ACCEPTANCE_RUN_NOT_PASSED || b.code === BlockerCode.DEFECT_OPEN);

/** A partner's sign-off still to give: missing, or stale (signed, then its basis changed). */
const partnerSignature = (b: Pick<BlockerFacts, 'code' | 'party'>) =>
  (b.code === BlockerCode.SIGN_OFF_MISSING || b.code === BlockerCode.SIGN_OFF_STALE) && b.party !== Party.CCPOR_TEAM;

/**
 * Queues the partners' news of each deployment whose kept readiness a write changed. A deployment
 * new in this write, halted, or already live has none: its readiness did not turn, or no longer matters.
 */
export async function mailReadinessNews(
  tx: EntityManager, ctx: Context, deployments: Deployment[], before: Map<string, KeptBefore>, after: Map<string, ReadinessFacts>,
) {
  for (const deployment of deployments) {
    const was = before.get(deployment.id);
    const now = after.get(deployment.id)!;
    if (!was || deployment.actualGoLive || isHaltedDeployment(deployment.status)) continue;
    const runId = now.acceptanceRun?.id ?? null;
    // Turned stale in this write: stale now, and not (for this very sign-off) before.
    const stale = now.blockers.filter((b) => b.code === BlockerCode.SIGN_OFF_STALE && b.party !== Party.CCPOR_TEAM
      && !was.blockers.some((o) => o.code === BlockerCode.SIGN_OFF_STALE && o.recordId === b.recordId));
    // Asked to sign: the run can be signed now and could not before (or this party was not yet
    // asked, e.g. an LEA that joined), except those just told their sign-off turned stale.
    const askedBefore = new Set(runId === was.acceptanceRunId && signable(was.blockers) ? was.blockers.filter(partnerSignature).map((b) => b.what) : []);
    const requested = signable(now.blockers)
      ? now.blockers.filter((b) => partnerSignature(b) && !askedBefore.has(b.what) && !stale.some((s) => s.recordId === b.recordId))
      : [];
    const turned = was.status !== now.status;
    if (!stale.length && !requested.length && !turned) continue;

    const court = await tx.findOneByOrFail(Organization, { id: deployment.courtId });
    if (turned) await mailReadinessTurned(tx, ctx, deployment, court, now);
    if (!stale.length && !requested.length) continue;
    const runOn = formatDate(californiaDate(now.acceptanceRun!.startedAt));
    const route = `/deployments/${deployment.id}/sign-off?run=${runId}`;
    const leaIds = (await rawQuery<{ organizationId: string }>(tx, 'SELECT "organizationId" FROM deployment_lea WHERE "deploymentId" = :id', { id: deployment.id }))
      .map((l) => l.organizationId);
    const organizations = [court, ...await tx.findBy(Organization, { id: In(leaIds) })];
    const signOffs = new Map((await tx.findBy(SignOff, { id: In([...stale, ...requested].filter((b) => b.code === BlockerCode.SIGN_OFF_STALE).map((b) => b.recordId)) }))
      .map((s) => [s.id, s]));
    const organizationOf = (b: BlockerFacts) => (b.code === BlockerCode.SIGN_OFF_STALE
      ? organizations.find((o) => o.id === signOffs.get(b.recordId)?.organizationId)
      : organizations.find((o) => signOffOf(o.name) === b.what));
    const partners = await partnersOfOrganizations(tx, organizations.map((o) => o.id));

    for (const b of stale) {
      const organization = organizationOf(b);
      const signOff = signOffs.get(b.recordId);
      if (!organization || !signOff) continue;
      const canSign = signable(now.blockers);
      await queueMailOnce(tx, ctx, partners.filter((p) => p.organizationId === organization.id), {
        kind: MailKind.SIGN_OFF_REQUESTED,
        subject: `Sign again: acceptance testing of ${court.name}`,
        action: canSign
          ? `Sign again for ${organization.name}: its sign-off of the acceptance run of ${runOn} no longer holds.`
          : `Sign again for ${organization.name} once the acceptance run of ${runOn} passes: its sign-off no longer holds.`,
        route,
        lines: [
          // The blocker's words: who signed and when, then what changed, by case key and defect title.
          b.why,
          ...(canSign ? [] : ['It can be signed again once every critical case has passed and no critical or major defect is open.']),
        ],
      }, `stale ${signOff.id}`);
    }
    for (const b of requested) {
      const organization = organizationOf(b);
      if (!organization) continue;
      const again = b.code === BlockerCode.SIGN_OFF_STALE;
      await queueMailOnce(tx, ctx, partners.filter((p) => p.organizationId === organization.id), {
        kind: MailKind.SIGN_OFF_REQUESTED,
        subject: `Sign-off requested: acceptance testing of ${court.name}`,
        action: `Sign off Court Acceptance Testing for ${organization.name}: the acceptance run of ${runOn} has passed${again ? ' again since your sign-off turned stale' : ''}.`,
        route,
        lines: [
          `${PARTY_LABELS[b.party]} ${organization.name} signs for itself: one of its people signs in and signs, with their name and role.`,
          `Go-live: ${formatDate(deployment.targetGoLive)}.`,
        ],
      // Once per party and run (and per stale sign-off it replaces).
      }, `requested ${runId} ${organization.id} ${again ? b.recordId : ''}`);
    }
  }
}

/** Readiness turned: the partners are told GO (plan the go-live) or NO_GO (what now blocks it, by title). */
async function mailReadinessTurned(tx: EntityManager, ctx: Context, deployment: Deployment, court: Organization, now: ReadinessFacts) {
  const on = formatDate(deployment.targetGoLive);
  const go = now.status === ReadinessStatus.GO;
  await queueMail(tx, ctx, await partnersOf(tx, deployment.id), {
    kind: MailKind.READINESS_CHANGED,
    subject: `Readiness ${READINESS_STATUS_LABELS[now.status]}: ${court.name}`,
    action: go
      ? `Confirm your go-live plans: ${court.name} is ready to go live on ${on} (readiness GO).`
      : `See what now blocks go-live: ${court.name} is no longer ready to go live on ${on} (readiness NO-GO).`,
    route: `/deployments/${deployment.id}`,
    lines: go
      ? ['Every readiness condition is met: dependencies, accounts, training, acceptance testing, sign-offs and the readiness checklist.']
      : [`${now.blockers.length === 1 ? 'One blocker' : `${now.blockers.length} blockers`}:`, ...now.blockers.map((b) => `- ${b.what} (waits on ${PARTY_LABELS[b.party]})`)],
  });
}
