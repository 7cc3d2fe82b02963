import 'reflect-metadata';
import { GraphQLError, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { validate, type ValidationError } from 'class-validator';
import { ArgumentValidationError, buildSchema, getMetadataStorage, UseMiddleware } from 'type-graphql';
import type { Context } from './context';
import { dateBoundErrors } from './date-bounds';
import { AccountRequestResolver, DeploymentAccountResolver } from '../modules/account-request/account-request.resolver';
import { DeploymentResolver } from '../modules/deployment/deployment.resolver';
import { DependencyResolver } from '../modules/dependency/dependency.resolver';
import { DocumentResolver } from '../modules/document/document.resolver';
import { LifecycleTemplateResolver } from '../modules/lifecycle-template/lifecycle-template.resolver';
import { MeetingResolver } from '../modules/meeting/meeting.resolver';
import { OrganizationResolver } from '../modules/organization/organization.resolver';
import { DeploymentQuestionnaireResolver, QuestionnaireResolver } from '../modules/questionnaire/questionnaire.resolver';
import { DeploymentScannerResolver, ScannerAssessmentResolver } from '../modules/scanner/scanner.resolver';
import { ConflictResolver } from '../modules/sync/conflict.resolver';
import { TaskResolver } from '../modules/task/task.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { UserResolver } from '../modules/user/user.resolver';
import { assertEveryOperationHasARule, authChecker } from '../modules/access/auth-checker';
import { InScope } from '../modules/access/in-scope.middleware';
import { CanonicalIds } from './canonical-ids';
import { isIsoDate } from '../../rules/dates';

import { DeploymentTrainingResolver, TrainingResolver } from '../modules/training/training.resolver';

import { DefectResolver } from '../modules/defect/defect.resolver';
import { SignOffResolver } from '../modules/sign-off/sign-off.resolver';
import { IncidentResolver } from '../modules/incident/incident.resolver';
import { GoLiveResolver } from '../modules/deployment/go-live.resolver';
import { DeploymentStaffResolver } from '../modules/deployment/deployment-staff.resolver';
import { ReadinessResolver } from '../modules/readiness/readiness.resolver';
import { DeploymentTestRunsResolver } from '../modules/test-run/deployment-test-runs.resolver';
import { DeploymentDefectsResolver } from '../modules/defect/deployment-defects.resolver';
import { DeploymentIncidentsResolver } from '../modules/incident/deployment-incidents.resolver';
import { TestPlanResolver } from '../modules/test-plan/test-plan.resolver';
import { TestResultResolver, TestRunResolver } from '../modules/test-run/test-run.resolver';
import { ReportResolver } from '../modules/report/report.resolver';
import { DeploymentImportResolver } from '../modules/deployment-import/deployment-import.resolver';
import { NotificationResolver } from '../modules/notification/notification.resolver';
import { ApiTokenResolver } from '../modules/user/api-token.resolver';
import { ScannerRequirementSetResolver } from '../modules/scanner/scanner-requirements.resolver';
import { CommentResolver } from '../modules/comment/comment.resolver';
import { MailResolver, UserMailResolver } from '../modules/mail/mail.resolver';

const RESOLVERS = [
  DeploymentResolver, TaskResolver, DependencyResolver, OrganizationResolver, MeetingResolver, DocumentResolver,
  LifecycleTemplateResolver, UserResolver, AuditResolver, ScannerAssessmentResolver, DeploymentScannerResolver,
  QuestionnaireResolver, DeploymentQuestionnaireResolver, TrainingResolver, DeploymentTrainingResolver, AccountRequestResolver,
  DeploymentAccountResolver, ConflictResolver, TestPlanResolver, TestRunResolver, TestResultResolver, DefectResolver, SignOffResolver, IncidentResolver, GoLiveResolver,
  DeploymentStaffResolver, ReadinessResolver, DeploymentTestRunsResolver, DeploymentDefectsResolver, DeploymentIncidentsResolver,
  ReportResolver, DeploymentImportResolver, NotificationResolver, ApiTokenResolver, ScannerRequirementSetResolver, MailResolver, UserMailResolver,
  CommentResolver,
] as const;

// Both middlewares only look at arguments, so they go on the handlers that take some, not on every
// field: type-graphql wraps each field it gives a middleware in an async chain, which made pages of
// nested lists several times slower (docs/benchmarks.md). InScope acts on queries and mutations;
// CanonicalIds on every handler with arguments. They run after @Authorized.
type Handler = { target: object; methodName: string };
const storage = getMetadataStorage();
const takesArguments = (handler: Handler) =>
  storage.params.some((p) => p.target === handler.target && p.methodName === handler.methodName && (p.kind === 'arg' || p.kind === 'args'));
const use = (handler: Handler, ...middlewares: Parameters<typeof UseMiddleware>) => {
  const prototype = (handler.target as { prototype: object }).prototype;
  UseMiddleware(...middlewares)(prototype, handler.methodName, Object.getOwnPropertyDescriptor(prototype, handler.methodName)!);
};
const ours = (handler: Handler) => (RESOLVERS as readonly object[]).includes(handler.target);
for (const handler of [...storage.queries, ...storage.mutations].filter(ours)) use(handler, CanonicalIds, InScope);
for (const handler of storage.fieldResolvers.filter(ours)) if (takesArguments(handler)) use(handler, CanonicalIds);

// Every date the API sends is checked as graphql-scalars checks it (a string holding a real calendar
// date YYYY-MM-DD, with its messages), but without the Date it builds and prints for each value: that
// was 5–7 % of a page of 25 deployments with their tasks (docs/benchmarks.md).
LocalDateResolver.serialize = (value: unknown) => {
  if (typeof value !== 'string') throw new GraphQLError(`Value is not string: ${value}`);
  if (!isIsoDate(value)) throw new GraphQLError(`Value is not a valid LocalDate: ${value}`);
  return value;
};

const VALIDATOR_OPTIONS = { forbidUnknownValues: false, skipMissingProperties: false, validationError: { target: false, value: false } };

/** Refuses an argument with one error naming every field its rules refuse, date bounds included (docs/errors.md). */
async function validateInput(value: unknown, _type: unknown, { context }: { context: object }) {
  const items = (Array.isArray(value) ? value : [value]).filter((v): v is object => v !== null && typeof v === 'object');
  const now = (context as Context).clock.now();
  const errors: ValidationError[] = [];
  for (const item of items) errors.push(...(await validate(item, VALIDATOR_OPTIONS)), ...dateBoundErrors(item, now));
  if (errors.length) throw new ArgumentValidationError(errors);
}

let built: Promise<GraphQLSchema> | null = null;

/** The executable schema, built once per process from the type-graphql classes. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    // Every rule of an input argument at once: class-validator's (missing fields too, so that a rule making
    // a field required in some states, ValidateIf, runs) and the date bounds against the server's clock.
    validateFn: validateInput,
  }).then((schema) => {
    assertEveryOperationHasARule(schema);
    schema.getQueryType()!.description = 'Reads: deployments, their tasks and dependencies, organizations, and what is due.';
    schema.getMutationType()!.description =
      'Changes. Each takes a mutationId (applied at most once) and, for an existing record, its baseVersion.';
    return schema;
  });
  return built;
}

/** The SDL committed as schema.graphql: sorted, so a diff shows only real changes. */
export const printSortedSchema = (schema: GraphQLSchema) => `${printSchema(lexicographicSortSchema(schema))}\n`;

/**
 * rules/mutation-names.ts, written with schema.graphql: the Mutation fields' names as a
 * type, so that a write names its operation as the schema does (the replay record and conflicts keep it).
 */
export const printMutationNames = (schema: GraphQLSchema) => [
  '// Written by `npm run schema` from the schema\'s Mutation fields; edit the resolvers, not this file.',
  'export type MutationName =',
  ...Object.keys(schema.getMutationType()!.getFields()).sort().map((name, i, all) => `  | '${name}'${i === all.length - 1 ? ';' : ''}`),
  '',
].join('\n');
