import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { rawQuery } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput, notFound } from '../../graphql/errors';
import { readsInternalComments } from '../../../rules/roles';
import { deny } from '../access/auth-checker';
import { Defect } from '../defect/defect.entity';
import { Dependency } from '../dependency/dependency.entity';
import { Deployment } from '../deployment/deployment.entity';
import { Incident } from '../incident/incident.entity';
import { refuseTakenId } from '../sync/client-id';
import { applyMutation, loadForUpdate, Refusal, refuseIfStale } from '../sync/replay';
import { Task } from '../task/task.entity';
import { Role, User } from '../user/user.entity';
import { Comment, CommentMention, CommentRevision, CommentSubject, CommentVisibility } from './comment.entity';
import { AddCommentInput, EditCommentInput } from './comment.inputs';
import type { CommentReader, CommentsArgs } from './comment.types';
import { Organization } from '../organization/organization.entity';
import { MailKind } from '../mail/mail.entity';
import { queueMail, recipientsById } from '../mail/outbox';
import { COMMENT_SUBJECT_LABELS, recordTypeLabel } from '../../../rules/labels';

/** The screen a comment shows on: its record's page. */
const SCREENS: Partial<Record<CommentSubject, string>> = { [CommentSubject.DEFECT]: '/defects', [CommentSubject.INCIDENT]: '/incidents' };

/** The people newly mentioned are told who mentioned them and where, not what was said. */
async function mailMentions(tx: EntityManager, ctx: Context, comment: Comment, userIds: string[]) {
  if (!userIds.length) return;
  const deployment = await tx.findOneByOrFail(Deployment, { id: comment.deploymentId });
  const court = await tx.findOneByOrFail(Organization, { id: deployment.courtId });
  await queueMail(tx, ctx, await recipientsById(tx, userIds), {
    kind: MailKind.MENTION,
    subject: `${comment.authorName} mentioned you: ${court.name}`,
    action: `Read and answer the comment ${comment.authorName} mentioned you in, on ${court.name}.`,
    route: `/deployments/${deployment.id}${SCREENS[comment.subjectType] ?? ''}`,
    lines: [`About: ${COMMENT_SUBJECT_LABELS[comment.subjectType]}`],
  });
}

/** The visibilities a role reads (docs/security.md#comments): the CCPOR team both, partners SHARED, reporters none. */
export function readableVisibilities(role: Role | null): CommentVisibility[] {
  if (role && readsInternalComments(role)) return [CommentVisibility.INTERNAL, CommentVisibility.SHARED];
  return role === Role.PARTNER_USER ? [CommentVisibility.SHARED] : [];
}

/** The record a comment input or query names, checked to belong to the deployment. */
async function subjectOf(em: EntityManager, named: CommentsArgs): Promise<{ type: CommentSubject; id: string } | null> {
  const given = ([
    [CommentSubject.TASK, 'taskId', Task], [CommentSubject.DEPENDENCY, 'dependencyId', Dependency],
    [CommentSubject.DEFECT, 'defectId', Defect], [CommentSubject.INCIDENT, 'incidentId', Incident],
  ] as const).filter(([, field]) => named[field]);
  if (given.length > 1) {
    throw badInput(given.slice(1).map(([, field]) => ({ field, message: `a comment is about one record: name ${given[0][1]} or ${field}, not both.` })));
  }
  if (!given.length) return null;
  const [type, field, entity] = given[0];
  const id = named[field]!;
  const record = await em.findOne(entity as typeof Task, { where: { id }, select: { id: true, deploymentId: true } });
  if (!record) throw notFound(entity.name, id);
  if (record.deploymentId !== named.deploymentId) {
    throw badInput([{ field, message: `names a ${recordTypeLabel(entity.name).toLowerCase()} of another deployment; name the deployment it belongs to.` }]);
  }
  return { type, id };
}

/**
 * The people who may read a comment of `visibility` on the deployment, whom it may therefore mention:
 * active administrators and coordinators, the field staff assigned to it, and for a shared comment
 * the partners of its court and participating LEAs.
 */
export async function commentReaders(em: EntityManager, deploymentId: string, visibility: CommentVisibility): Promise<CommentReader[]> {
  const deployment = await em.findOneByOrFail(Deployment, { id: deploymentId });
  const assigned = (await rawQuery<{ userId: string }>(em, 'SELECT "userId" FROM deployment_field_staff WHERE "deploymentId" = :deploymentId', { deploymentId }))
    .map((r) => r.userId);
  const users = [
    ...await em.find(User, { where: { active: true, role: In([Role.ADMIN, Role.COORDINATOR]) } }),
    ...assigned.length ? await em.find(User, { where: { active: true, role: Role.FIELD_STAFF, id: In(assigned) } }) : [],
  ];
  if (visibility === CommentVisibility.SHARED) {
    const leas = (await rawQuery<{ organizationId: string }>(em, 'SELECT "organizationId" FROM deployment_lea WHERE "deploymentId" = :deploymentId', { deploymentId }))
      .map((r) => r.organizationId);
    users.push(...await em.find(User, { where: { active: true, role: Role.PARTNER_USER, organizationId: In([deployment.courtId, ...leas]) } }));
  }
  return users.map((u) => ({ userId: u.id, name: u.displayName, role: u.role }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
}

/**
 * The mentions a comment keeps: each person named must be one who may read it (anyone else is
 * refused, worded alike whether the account exists or not); people already mentioned keep when.
 */
async function mentionsOf(
  em: EntityManager, deploymentId: string, visibility: CommentVisibility, userIds: string[], before: CommentMention[], at: Date,
): Promise<CommentMention[]> {
  const wanted = [...new Set(userIds)];
  if (!wanted.length) return [];
  const readers = new Map((await commentReaders(em, deploymentId, visibility)).map((r) => [r.userId, r]));
  const refused = wanted.map((id, i) => ({ id, i })).filter(({ id }) => !readers.has(id));
  if (refused.length) {
    throw badInput(refused.map(({ i }) => ({
      field: `mentionUserIds[${i}]`,
      message: `is not someone who may read this ${visibility === CommentVisibility.INTERNAL ? 'internal' : 'shared'} comment; mention only people listed by commentReaders.`,
    })));
  }
  const earlier = new Map(before.map((m) => [m.userId, m]));
  return wanted.map((userId) => earlier.get(userId) ?? { userId, name: readers.get(userId)!.name, at });
}

export function addComment(ctx: Context, input: AddCommentInput) {
  return applyMutation(ctx, { operation: 'addComment', input }, async (tx) => {
    if (!readableVisibilities(ctx.actor.role).includes(input.visibility)) {
      deny(ctx, 'write an internal comment', 'internal comments are the CCPOR team’s; write a shared comment, which the court and its LEAs read.');
    }
    const subject = await subjectOf(tx, input) ?? { type: CommentSubject.DEPLOYMENT, id: input.deploymentId };
    await refuseTakenId(tx, Comment, input.id);
    const now = ctx.clock.now();
    const comment = tx.create(Comment, {
      id: input.id ?? randomUUID(), deploymentId: input.deploymentId, subjectType: subject.type, subjectId: subject.id,
      visibility: input.visibility, body: input.body.trim(),
      mentions: await mentionsOf(tx, input.deploymentId, input.visibility, input.mentionUserIds ?? [], [], now),
      authorId: ctx.actor.userId!, authorName: ctx.actor.name, editedAt: null, updatedBy: ctx.actor.name,
    });
    const saved = await tx.save(comment);
    await mailMentions(tx, ctx, saved, saved.mentions.map((m) => m.userId));
    return saved;
  });
}

export function editComment(ctx: Context, input: EditCommentInput) {
  return applyMutation(ctx, { operation: 'editComment', input }, (tx) => applyEditComment(tx, ctx, input));
}

/** The edit itself, also run when its author resolves a conflict of it by keeping their text. */
export async function applyEditComment(tx: EntityManager, ctx: Context, input: EditCommentInput): Promise<Comment | Refusal> {
  const comment = await loadForUpdate(tx, Comment, input.commentId, 'Comment');
  // A partner never learns that an internal comment exists: its id answers as an unknown one.
  if (!readableVisibilities(ctx.actor.role).includes(comment.visibility)) throw notFound('Comment', comment.id);
  if (comment.authorId !== ctx.actor.userId) deny(ctx, 'edit this comment', `only its author, ${comment.authorName}, edits a comment; reply with a comment of your own.`);
  const attempted: Record<string, unknown> = { body: input.body };
  const stale = await refuseIfStale(tx, ctx, {
    operation: 'editComment', mutationId: input.mutationId, baseVersion: input.baseVersion, record: comment,
    deploymentId: comment.deploymentId, attempted,
  });
  if (stale) return stale;
  const now = ctx.clock.now();
  const before = new Set(comment.mentions.map((m) => m.userId));
  if (input.mentionUserIds) {
    comment.mentions = await mentionsOf(tx, comment.deploymentId, comment.visibility, input.mentionUserIds, comment.mentions, now);
  }
  const body = input.body.trim();
  if (body !== comment.body) {
    await tx.insert(CommentRevision, { commentId: comment.id, body: comment.body, replacedBy: ctx.actor.name });
    comment.body = body;
    comment.editedAt = now;
  }
  comment.updatedBy = ctx.actor.name;
  const saved = await tx.save(comment);
  await mailMentions(tx, ctx, saved, saved.mentions.map((m) => m.userId).filter((id) => !before.has(id)));
  return saved;
}

/** A dependency's status note, kept as a shared comment on it (docs/domain.md#comments), by the write that changes its status. */
export async function addStatusNote(tx: EntityManager, ctx: Context, dependency: Dependency, note: string) {
  await tx.insert(Comment, {
    id: randomUUID(), deploymentId: dependency.deploymentId, subjectType: CommentSubject.DEPENDENCY, subjectId: dependency.id,
    visibility: CommentVisibility.SHARED, body: note.trim(), mentions: [], authorId: ctx.actor.userId!, authorName: ctx.actor.name,
    editedAt: null, updatedBy: ctx.actor.name,
  });
}

/** The comments of a deployment the caller may read, oldest first: all of them, or those of the one record named. */
export async function listComments(ctx: Context, args: CommentsArgs): Promise<Comment[]> {
  const em = ctx.db.manager;
  const subject = await subjectOf(em, args);
  return em.find(Comment, {
    where: {
      deploymentId: args.deploymentId, visibility: In(readableVisibilities(ctx.actor.role)),
      ...(subject ? { subjectType: subject.type, subjectId: subject.id } : {}),
    },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
}
