import { getNullableType, GraphQLInputType, isInputObjectType, isListType } from 'graphql';
import { MiddlewareFn } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { rawQuery } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { Role } from '../user/user.entity';
import { deploymentScope } from './scope';

/**
 * What a field of an operation's arguments names, wherever it appears (inputs, lists of inputs,
 * filters). Every argument and input field whose name ends in `Id`, `Ids` or `Shas`, or that is
 * `id` or `photos`, must have an entry (test/unit/scope-fields.test.ts reads schema.graphql), so a
 * new field naming a record cannot skip the scope check.
 * - `record`: a record of a deployment, found by `sql` (rows `id`, `deploymentId` for `:ids`).
 * - `organization` / `location`: an organization (or a courthouse of one) taking part in a
 *   deployment the caller may see, or the caller's own.
 * - `file`: a file the caller uploaded, or one a record they may see refers to. Files are checked
 *   where a record takes them (modules/file/file.service.ts requireFiles and uploadedFiles), which
 *   photos inside questionnaire answers pass too, and a batch answers item by item: another
 *   organization's file is refused exactly as one never uploaded.
 * - `apiToken`: one of the caller's own tokens (an administrator's: anyone's).
 * - `free`: names nothing of a deployment (the reason says what), or narrows a list already scoped.
 */
export type Names =
  | { kind: 'record'; noun: string; sql: string }
  | { kind: 'organization' } | { kind: 'location' } | { kind: 'file' } | { kind: 'apiToken' }
  | { kind: 'free'; why: string };

const own = (noun: string, table: string): Names =>
  ({ kind: 'record', noun, sql: `SELECT id, "deploymentId" FROM ${table} WHERE id IN (:...ids)` });
const free = (why: string): Names => ({ kind: 'free', why });

export const NAMED_BY_FIELD: Record<string, Names> = {
  deploymentId: { kind: 'record', noun: 'Deployment', sql: 'SELECT id, id AS "deploymentId" FROM deployment WHERE id IN (:...ids)' },
  taskId: own('Task', 'task'),
  dependencyId: own('Dependency', 'dependency'),
  assessmentId: own('ScannerAssessment', 'scanner_assessment'),
  workstationId: own('ScannerWorkstation', 'scanner_workstation'),
  responseId: own('QuestionnaireResponse', 'questionnaire_response'),
  sessionId: own('TrainingSession', 'training_session'),
  requestId: own('AccountRequest', 'account_request'),
  conflictId: own('Conflict', 'conflict'),
  runId: own('TestRun', 'test_run'),
  defectId: own('Defect', 'defect'),
  incidentId: own('Incident', 'incident'),
  rescheduleId: own('Reschedule', 'reschedule'),
  // A comment's deployment; whether the caller reads its visibility is the comment service's check (an internal one answers NOT_FOUND to a partner).
  commentId: own('Comment', 'comment'),
  attemptIds: { kind: 'record', noun: 'TestResult', sql: 'SELECT a.id, r."deploymentId" FROM test_result a JOIN test_run r ON r.id = a."runId" WHERE a.id IN (:...ids)' },
  organizationId: { kind: 'organization' },
  courtId: { kind: 'organization' },
  leaIds: { kind: 'organization' },
  locationId: { kind: 'location' },
  attachmentShas: { kind: 'file' },
  photoShas: { kind: 'file' },
  photos: { kind: 'file' },
  apiTokenId: { kind: 'apiToken' },
  caseId: free('a case of a published CAT plan, which every role reads'),
  templateId: free('a lifecycle template version: administration, no deployment'),
  questionnaireId: free('a questionnaire version: administration, no deployment'),
  draftId: free('the CAT plan draft: the planners’ own, no deployment'),
  userId: free('an account: only administrators name one (a token filter: the administrators’ overview)'),
  coordinatorId: free('an account a planner assigns'),
  fieldStaffIds: free('accounts a planner assigns, or that narrow a list already scoped'),
  coordinatorIds: free('narrows a list whose rows are scoped already'),
  assigneeId: free('the person a task is assigned to: the task service refuses anyone who may not take it, worded alike for an unknown account'),
  mentionUserIds: free('people a comment mentions: the comment service refuses anyone who may not read it, worded alike for an unknown account'),
  entityId: free('narrows a list whose rows are scoped already'),
  id: free('the id a device chooses for a record it creates (or of a query’s own record, checked by its row above)'),
  mutationId: free('the write’s own id: replays answer only the same input, whose ids are checked'),
};

/** Queries whose `id` argument names a record of a deployment. */
const RECORD_OF_QUERY: Record<string, Names> = {
  deployment: NAMED_BY_FIELD.deploymentId,
  scannerAssessment: NAMED_BY_FIELD.assessmentId,
  questionnaireResponse: NAMED_BY_FIELD.responseId,
  testRun: NAMED_BY_FIELD.runId,
  organization: { kind: 'organization' },
  lifecycleTemplate: NAMED_BY_FIELD.templateId,
};

/** Every (field, value) of the arguments whose field names a record, inside inputs and lists too. */
function namedValues(value: unknown, type: GraphQLInputType, field: string, found: [string, string][]) {
  const inner = getNullableType(type);
  if (value === null || value === undefined) return;
  if (isListType(inner)) {
    for (const v of Array.isArray(value) ? value : [value]) namedValues(v, inner.ofType, field, found);
  } else if (isInputObjectType(inner)) {
    if (typeof value !== 'object') return;
    const fields = inner.getFields();
    for (const [k, v] of Object.entries(value)) if (fields[k]) namedValues(v, fields[k].type, k, found);
  } else if (typeof value === 'string' && NAMED_BY_FIELD[field]) {
    found.push([field, value]);
  }
}

/**
 * Organization scoping for every operation at once (docs/security.md#every-id-an-operation-names): each
 * record an operation's arguments name, child ids included (attempts, courthouses, files, ids in
 * lists), is resolved to its deployment or organization, and one the caller may not see answers
 * NOT_FOUND worded exactly as for an id that does not exist. Role checks stay with @Authorized;
 * services add rules of their own.
 */
export const InScope: MiddlewareFn<Context> = async ({ args, context, info }, next) => {
  const root = info.parentType.name;
  if ((root !== 'Query' && root !== 'Mutation') || !context.actor.userId) return next();
  const found: [string, string][] = [];
  for (const arg of info.parentType.getFields()[info.fieldName]?.args ?? []) {
    if (arg.name === 'id' && RECORD_OF_QUERY[info.fieldName] && typeof args.id === 'string') continue;
    namedValues(args[arg.name], arg.type, arg.name, found);
  }
  const byKind = new Map<Names, string[]>();
  for (const [field, value] of found) byKind.set(NAMED_BY_FIELD[field], [...(byKind.get(NAMED_BY_FIELD[field]) ?? []), value]);
  if (RECORD_OF_QUERY[info.fieldName] && typeof args.id === 'string') {
    const names = RECORD_OF_QUERY[info.fieldName];
    byKind.set(names, [...(byKind.get(names) ?? []), args.id]);
  }
  const em = context.db.manager;
  for (const [names, ids] of byKind) await requireVisible(context, em, names, [...new Set(ids)]);
  return next();
};

/** NOT_FOUND for the first id that does not exist or that the caller may not see. */
export async function requireVisible(ctx: Context, em: EntityManager, names: Names, ids: string[]) {
  if (!ids.length || names.kind === 'free' || names.kind === 'file') return;
  const visible = await visibleIds(ctx, em, names, ids);
  const hidden = ids.find((id) => !visible.has(id));
  if (hidden === undefined) return;
  if (names.kind === 'record') throw notFound(names.noun, hidden);
  throw notFound({ organization: 'Organization', location: 'Location', apiToken: 'ApiToken' }[names.kind], hidden);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SHA256 = /^[0-9a-f]{64}$/;

async function visibleIds(ctx: Context, em: EntityManager, names: Exclude<Names, { kind: 'free' | 'file' }>, given: string[]): Promise<Set<string>> {
  // A value of the wrong form names nothing (the input checks word the refusal); PostgreSQL would refuse it in a uuid column.
  const ids = given.filter((id) => UUID.test(id));
  const skipped = given.filter((id) => !ids.includes(id));
  const seen = (rows: { id: string }[]) => new Set([...rows.map((r) => r.id), ...skipped]);
  if (!ids.length) return seen([]);
  const scope = deploymentScope(ctx);
  const all = scope.sql === '1 = 1';
  const inScope = `SELECT d.id FROM deployment d WHERE ${scope.sql}`;
  switch (names.kind) {
    case 'record': {
      const rows = await rawQuery<{ id: string; deploymentId: string | null }>(em, names.sql, { ids });
      if (all) return seen(rows);
      const deployments = [...new Set(rows.map((r) => r.deploymentId).filter((d): d is string => !!d))];
      const open = deployments.length
        ? new Set((await rawQuery<{ id: string }>(em, `${inScope} AND d.id IN (:...deployments)`, { ...scope.params, deployments })).map((r) => r.id))
        : new Set<string>();
      return seen(rows.filter((r) => r.deploymentId && open.has(r.deploymentId)));
    }
    case 'organization':
    case 'location': {
      const table = names.kind === 'organization' ? 'SELECT o.id AS id, o.id AS org FROM organization o' : 'SELECT o.id AS id, o."organizationId" AS org FROM location o';
      if (all) return seen(await rawQuery(em, `${table} WHERE o.id IN (:...ids)`, { ids }));
      const org = names.kind === 'organization' ? 'o.id' : 'o."organizationId"';
      const own = ctx.actor.organizationId ? `${org} = :ownOrganization OR ` : '';
      const rows = await rawQuery<{ id: string }>(em, `${table} WHERE o.id IN (:...ids) AND (${own}${org} IN (SELECT d."courtId" FROM deployment d WHERE ${scope.sql})
        OR ${org} IN (SELECT l."organizationId" FROM deployment_lea l WHERE l."deploymentId" IN (${inScope})))`,
      { ids, ownOrganization: ctx.actor.organizationId, ...scope.params });
      return seen(rows);
    }
    case 'apiToken': {
      if (ctx.actor.role === Role.ADMIN) return seen(await rawQuery(em, 'SELECT id FROM api_token WHERE id IN (:...ids)', { ids }));
      return seen(await rawQuery(em, 'SELECT id FROM api_token WHERE id IN (:...ids) AND "userId" = :me', { ids, me: ctx.actor.userId }));
    }
  }
}

/**
 * The files among `shas` the caller may name or read: uploaded by them, or referred to by a record
 * of a deployment they may see (an attachment, a workstation's photo, a test attempt's photo).
 */
export async function visibleFiles(ctx: Context, em: EntityManager, shas: string[]): Promise<Set<string>> {
  const wanted = shas.filter((s) => SHA256.test(s));
  if (!wanted.length) return new Set();
  const scope = deploymentScope(ctx);
  // The CCPOR team and reporters see every deployment, so every file.
  if (scope.sql === '1 = 1') return new Set(wanted);
  const mine = await rawQuery<{ id: string }>(em, 'SELECT sha256 AS id FROM file_upload WHERE sha256 IN (:...wanted) AND "userId" = :me', { wanted, me: ctx.actor.userId });
  const visible = new Set(mine.map((r) => r.id));
  const rest = wanted.filter((s) => !visible.has(s));
  if (!rest.length) return visible;
  const attached = await rawQuery<{ id: string }>(em,
    `SELECT a.sha256 AS id FROM record_attachment a JOIN deployment d ON d.id = a."deploymentId" WHERE a.sha256 IN (:...rest) AND ${scope.sql}`, { rest, ...scope.params });
  for (const r of attached) visible.add(r.id);
  const left = rest.filter((s) => !visible.has(s));
  if (!left.length) return visible;
  // Photos are kept as JSON lists of hashes; a LIKE narrows the rows, the parsed list decides.
  for (const sha of left) {
    const rows = await rawQuery<{ photos: unknown }>(em, `SELECT w."photoShas" AS photos FROM scanner_workstation w JOIN deployment d ON d.id = w."deploymentId"
      WHERE CAST(w."photoShas" AS TEXT) LIKE :pattern AND ${scope.sql}
      UNION ALL SELECT a.photos AS photos FROM test_result a JOIN test_run r ON r.id = a."runId" JOIN deployment d ON d.id = r."deploymentId"
      WHERE CAST(a.photos AS TEXT) LIKE :pattern AND ${scope.sql}`, { pattern: `%${sha}%`, ...scope.params });
    if (rows.some((r) => (typeof r.photos === 'string' ? JSON.parse(r.photos) : r.photos as string[]).includes(sha))) visible.add(sha);
  }
  return visible;
}
