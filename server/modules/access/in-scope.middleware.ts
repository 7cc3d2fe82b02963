import { MiddlewareFn } from 'type-graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Context } from '../../graphql/context';
import { AccountRequest } from '../account-request/account-request.entity';
import { Defect } from '../defect/defect.entity';
import { Dependency } from '../dependency/dependency.entity';
import { Incident } from '../incident/incident.entity';
import { QuestionnaireResponse } from '../questionnaire/questionnaire.entity';
import { ScannerAssessment, ScannerWorkstation } from '../scanner/scanner.entity';
import { Conflict } from '../sync/sync.entity';
import { Task } from '../task/task.entity';
import { TestRun } from '../test-run/test-run.entity';
import { TrainingSession } from '../training/training.entity';
import { requireDeploymentInScope } from './scope';

/** Input fields that name a record of a deployment, and the record's entity. */
const RECORD_OF_FIELD: Record<string, EntityTarget<ObjectLiteral>> = {
  taskId: Task, dependencyId: Dependency, assessmentId: ScannerAssessment, workstationId: ScannerWorkstation,
  responseId: QuestionnaireResponse, sessionId: TrainingSession, requestId: AccountRequest, conflictId: Conflict,
  runId: TestRun, defectId: Defect, incidentId: Incident,
};

/** Queries that take a record's `id`. */
const RECORD_OF_QUERY: Record<string, EntityTarget<ObjectLiteral>> = {
  scannerAssessment: ScannerAssessment, questionnaireResponse: QuestionnaireResponse, testRun: TestRun,
};

/**
 * Organization scoping for every operation at once: an operation whose arguments name a deployment,
 * or a record that belongs to one, answers NOT_FOUND when the caller may not see that deployment
 * (modules/access/scope.ts). Role checks stay with @Authorized; services add rules of their own.
 */
export const InScope: MiddlewareFn<Context> = async ({ args, context, info }, next) => {
  const root = info.parentType.name;
  if ((root !== 'Query' && root !== 'Mutation') || !context.actor.userId) return next();
  const input = (args.input ?? args) as Record<string, unknown>;
  const deploymentIds = new Set<string>();
  if (typeof input.deploymentId === 'string') deploymentIds.add(input.deploymentId);
  const lookups: [EntityTarget<ObjectLiteral>, unknown][] = Object.entries(RECORD_OF_FIELD).map(([field, entity]) => [entity, input[field]]);
  if (RECORD_OF_QUERY[info.fieldName]) lookups.push([RECORD_OF_QUERY[info.fieldName], args.id]);
  for (const [entity, id] of lookups) {
    if (typeof id !== 'string') continue;
    // A record that does not exist is the service's NOT_FOUND to give.
    const record = await context.db.manager.findOne(entity, { where: { id }, select: { deploymentId: true } as never }).catch(() => null);
    if (record?.deploymentId) deploymentIds.add(record.deploymentId as string);
  }
  for (const id of deploymentIds) await requireDeploymentInScope(context, context.db.manager, id);
  return next();
};
