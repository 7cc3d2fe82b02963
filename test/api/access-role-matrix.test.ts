import { randomUUID } from 'node:crypto';
import {
  getNamedType, GraphQLArgument, GraphQLInputType, GraphQLSchema, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType,
  isScalarType, buildSchema,
} from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, Client, dataOf, errorCode, startApi } from '../support/api';
import { graphql } from '../support/generated';

// The role table (docs/security.md#roles), written out per operation. A new operation in schema.graphql without a
// line here fails the suite.
const ALL = ['ADMIN', 'COORDINATOR', 'FIELD_STAFF', 'PARTNER_USER', 'REPORTER'];
const PLANNERS = ['ADMIN', 'COORDINATOR'];
const ADMINS = ['ADMIN'];
const TASK_PROGRESS = ['ADMIN', 'COORDINATOR', 'FIELD_STAFF', 'PARTNER_USER'];
const TOKEN_HOLDERS = ['ADMIN', 'COORDINATOR', 'PARTNER_USER', 'REPORTER'];
const FIELD_WORK = ['ADMIN', 'COORDINATOR', 'FIELD_STAFF'];
const INCIDENT_REPORTERS = ['ADMIN', 'COORDINATOR', 'FIELD_STAFF', 'PARTNER_USER'];
const SIGNERS = ['ADMIN', 'COORDINATOR', 'PARTNER_USER'];
const COMMENTERS = ['ADMIN', 'COORDINATOR', 'FIELD_STAFF', 'PARTNER_USER'];
const TASK_ASSIGNERS = ['ADMIN', 'COORDINATOR', 'PARTNER_USER'];
const PUBLIC = 'PUBLIC';

const RULES: Record<string, string[] | typeof PUBLIC> = {
  // queries
  deployments: ALL, deployment: ALL, previewReschedule: PLANNERS, organizations: ALL, organization: ALL, tasksDue: ALL,
  currentLifecycleTemplate: ALL, me: PUBLIC, myApiTokens: TOKEN_HOLDERS, users: ADMINS, auditEvents: PLANNERS,
  // mutations
  createDeployment: PLANNERS, updateDeployment: PLANNERS, rescheduleGoLive: PLANNERS, advancePhase: PLANNERS,
  changeDeploymentStatus: PLANNERS, assignDeploymentStaff: PLANNERS, undoReschedule: PLANNERS, assignableStaff: PLANNERS,
  assignTask: TASK_ASSIGNERS, taskAssignees: TASK_ASSIGNERS,
  startTask: TASK_PROGRESS, completeTask: TASK_PROGRESS, waiveTask: PLANNERS, reopenTask: PLANNERS, moveTask: PLANNERS, unpinTask: PLANNERS,
  updateDependency: PLANNERS, recordMeeting: PLANNERS, recordDocument: PLANNERS, setCourtProfile: PLANNERS,
  signIn: PUBLIC, signOut: PUBLIC, completePasswordReset: PUBLIC,
  confirmIdentity: ALL, changePassword: ALL, startMfaEnrolment: ALL, confirmMfaEnrolment: ALL, createApiToken: TOKEN_HOLDERS, revokeApiToken: TOKEN_HOLDERS,
  createUser: ADMINS, updateUser: ADMINS, resetPassword: ADMINS, unlockUser: ADMINS,
  // on-site capture
  scannerRequirements: ALL, scannerAssessment: ALL, scannerInventory: ALL, publishScannerRequirements: ADMINS,
  startScannerAssessment: FIELD_WORK, updateScannerAssessment: FIELD_WORK, completeScannerAssessment: FIELD_WORK,
  recordScannerWorkstation: FIELD_WORK, updateScannerWorkstation: FIELD_WORK,
  questionnaires: ALL, questionnaire: ALL, questionnaireResponse: ALL, publishQuestionnaire: ADMINS, retireQuestionnaire: ADMINS,
  startResponse: TASK_PROGRESS, saveResponse: TASK_PROGRESS, submitResponse: TASK_PROGRESS, acceptResponse: PLANNERS, returnResponse: PLANNERS,
  scheduleTraining: PLANNERS, updateTrainingSession: PLANNERS, recordTrainingHeld: FIELD_WORK,
  requestAccount: TASK_PROGRESS, changeAccountRequestStatus: PLANNERS, conflicts: TASK_PROGRESS, resolveConflict: TASK_PROGRESS,
  // CAT, readiness and after go-live
  testPlans: ALL, testPlan: ALL, testRun: ALL, startTestRun: FIELD_WORK, recordTestResult: TASK_PROGRESS, recordTestResults: TASK_PROGRESS,
  raiseDefect: TASK_PROGRESS, updateDefect: TASK_PROGRESS, signOffRun: SIGNERS, deploymentReadiness: ALL, goLive: PLANNERS,
  reportIncident: INCIDENT_REPORTERS, updateIncident: PLANNERS, approveCloseOut: ['PARTNER_USER'],
  // reporting
  deploymentCountsReport: ALL, goLivesByMonthReport: ALL, overdueTasksReport: ALL, dependencyStatusReport: ALL, waitingDependenciesReport: ALL,
  catRunRatesReport: ALL, catCaseRatesReport: ALL, defectsReport: ALL, scannerInventoryReport: ALL, readinessBlockersReport: ALL,
  deploymentTimelineReport: ALL, goLivesAtRiskReport: ALL,
  // workspace tools: import, notifications and calendar feed, CAT plan drafts
  previewDeploymentImport: PLANNERS, importDeployments: PLANNERS,
  notifications: ALL, markNotificationsRead: ALL, myCalendarFeed: ALL, createCalendarFeed: ALL, revokeCalendarFeed: ALL,
  testPlanDraft: PLANNERS, startTestPlanDraft: PLANNERS, saveTestPlanDraft: PLANNERS, publishTestPlanDraft: PLANNERS, discardTestPlanDraft: PLANNERS,
  // comments and e-mail (unsubscribeMail: the link's signed token is the credential)
  comments: COMMENTERS, commentReaders: COMMENTERS, addComment: COMMENTERS, editComment: COMMENTERS,
  mailbox: ADMINS, mailMessage: ADMINS, updateMyMailSettings: ALL, unsubscribeMail: PUBLIC,
  // administration
  apiTokens: ADMINS, lifecycleTemplates: ADMINS, lifecycleTemplate: ADMINS, createLifecycleTemplateDraft: ADMINS,
  saveLifecycleTemplateDraft: ADMINS, publishLifecycleTemplate: ADMINS, scannerRequirementVersions: ADMINS,
};

const schema: GraphQLSchema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));
const operations = [
  ...Object.values(schema.getQueryType()!.getFields()).map((f) => ({ kind: 'query' as const, field: f })),
  ...Object.values(schema.getMutationType()!.getFields()).map((f) => ({ kind: 'mutation' as const, field: f })),
];

/** A value of the type that passes GraphQL coercion (the resolver may still refuse it). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type)]));
  }
  if (isScalarType(type)) {
    return ({ ID: randomUUID(), String: 'sample text', Int: 1, Boolean: true, LocalDate: '2027-03-01', DateTime: '2027-03-01T12:00:00Z', JSONObject: {} } as Record<string, unknown>)[type.name] ?? 'x';
  }
  return null;
}

function documentFor(op: (typeof operations)[number]) {
  const args = op.field.args.filter((a: GraphQLArgument) => isNonNullType(a.type));
  const vars = Object.fromEntries(args.map((a) => [a.name, sample(a.type)]));
  const decl = args.length ? `(${args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')})` : '';
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection = isObjectType(getNamedType(op.field.type)) ? ' { __typename }' : '';
  return { query: `${op.kind} Probe${decl} { ${op.field.name}${call}${selection} }`, vars };
}

const COURT = graphql(`query RoleMatrixCourt { organizations(first: 1, filter: { kind: COURT }) { nodes { id } } }`);
const CREATE_TOKEN = graphql(`mutation RoleMatrixCreateToken { createApiToken(input: { name: "matrix token" }) { token } }`);

let api: Api;
const clients: Record<string, Client> = {};
beforeAll(async () => {
  api = await startApi();
  const court = dataOf(await api.gql(COURT));
  for (const role of ALL) {
    clients[role] = await api.as(role as never, role === 'PARTNER_USER' ? { organizationId: court.organizations.nodes[0].id, name: 'matrix partner' } : { name: `matrix ${role}` });
  }
});
afterAll(async () => { await api?.close(); });

describe('role matrix, generated from schema.graphql', () => {
  it('has a rule for every operation', () => {
    expect(operations.map((o) => o.field.name).filter((name) => !(name in RULES))).toEqual([]);
  });

  // signOut would end the session the other probes use; it is covered in sign-in.test.ts.
  const probed = operations.filter((o) => o.field.name !== 'signOut');

  it.each(probed.map((o) => [o.field.name, o] as const))('%s: allowed roles pass, the others get FORBIDDEN, anonymous callers UNAUTHENTICATED', async (name, op) => {
    const rule = RULES[name];
    const { query, vars } = documentFor(op);
    for (const role of ALL) {
      const res = await clients[role].gql(query, vars);
      const code = errorCode(res);
      if (rule === PUBLIC) {
        // Public operations answer UNAUTHENTICATED for wrong credentials, never FORBIDDEN.
        expect([code, role]).not.toEqual(['FORBIDDEN', role]);
      } else if (rule.includes(role)) {
        expect([code, role]).not.toEqual(['FORBIDDEN', role]);
        expect([code, role]).not.toEqual(['UNAUTHENTICATED', role]);
      } else {
        expect([code, role]).toEqual(['FORBIDDEN', role]);
      }
    }
    const anonymous = await api.anonymous.gql(query, vars);
    if (rule === PUBLIC) expect(errorCode(anonymous)).not.toBe('FORBIDDEN');
    else expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('lets an API token read but never write', async () => {
    const reporter = clients.REPORTER;
    const created = await reporter.gql(CREATE_TOKEN);
    const token = created.data!.createApiToken.token;
    for (const op of probed) {
      const { query, vars } = documentFor(op);
      const res = await api.anonymous.gql(query, vars, { authorization: `Bearer ${token}` });
      const rule = RULES[op.field.name];
      if (op.kind === 'mutation' && rule !== PUBLIC) expect([op.field.name, errorCode(res)]).toEqual([op.field.name, 'FORBIDDEN']);
      if (op.kind === 'query' && rule !== PUBLIC && rule.includes('REPORTER')) expect([op.field.name, errorCode(res)]).not.toEqual([op.field.name, 'FORBIDDEN']);
    }
  });
});
