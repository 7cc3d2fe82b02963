import type { DocumentNode, TypedDocumentNode } from '@apollo/client';
import { CreateLifecycleTemplateDraftDocument, PublishLifecycleTemplateDocument, PublishScannerRequirementsDocument, SaveLifecycleTemplateDraftDocument, UnlockUserDocument, UpdateUserDocument } from '../graphql/documents/admin';
import { RecordTestResultDocument, TestRunDetailDocument } from '../graphql/documents/cat';
import { DiscardTestPlanDraftDocument, PublishTestPlanDraftDocument, SaveTestPlanDraftDocument, StartTestPlanDraftDocument } from '../graphql/documents/cat-plans';
import { TriageDefectDocument } from '../graphql/documents/defect-triage';
import { ImportDeploymentsDocument } from '../graphql/documents/deployment-import';
import { AdvancePhaseDocument, AssignDeploymentStaffDocument, AssignTaskDocument, ChangeAccountRequestStatusDocument, ChangeDeploymentStatusDocument, CompleteTaskDocument, CreateDeploymentDocument, GoLiveDocument, MoveTaskDocument, RecordDocumentDocument, RecordMeetingDocument, RecordTrainingHeldDocument, ReopenTaskDocument, RequestAccountDocument, RescheduleGoLiveDocument, SetCourtProfileDocument, ScheduleTrainingDocument, StartTaskDocument, UndoRescheduleDocument, UnpinTaskDocument, UpdateDependencyDocument, UpdateDeploymentDocument, UpdateTrainingSessionDocument, WaiveTaskDocument } from '../graphql/documents/deployment-workspace';
import { ApproveCloseOutDocument, ReportIncidentDocument, UpdateIncidentDocument } from '../graphql/documents/incidents';
import { MarkNotificationsReadDocument } from '../graphql/documents/notifications';
import { AcceptResponseDocument, ReturnResponseDocument, SaveResponseDocument, StartResponseDocument, SubmitResponseDocument } from '../graphql/documents/questionnaires';
import { RecordScannerWorkstationDocument, StartScannerAssessmentDocument, UpdateScannerAssessmentDocument } from '../graphql/documents/scanners';
import { SignOffRunDocument } from '../graphql/documents/sign-off';
import { ResolveConflictDocument } from '../graphql/documents/sync';
import type { TrainingModule } from '../graphql/generated/graphql';
import { AddCommentDocument, EditCommentDocument } from '../graphql/documents/comments';
import { formatDate } from '../../../rules/dates';
import {
  ACCOUNT_REQUEST_STATUS_LABELS, CASE_STATUS_LABELS, CCPOR_PROFILE_LABELS, CONFLICT_RESOLUTION_LABELS, DEFECT_STATUS_LABELS, DEPENDENCY_STATUS_LABELS,
  DEPLOYMENT_STATUS_LABELS, INCIDENT_SEVERITY_LABELS, INCIDENT_STATUS_LABELS, PARTY_LABELS, TRAINING_MODULE_LABELS, operationLabel, type RecordType,
} from '../../../rules/labels';
import type { MutationName } from '../../../rules/mutation-names';

/** The bulk mutation through which the sync engine sends a run's queued results together. */
export { RecordTestResultsDocument } from '../graphql/documents/cat';

/** A record as the Apollo cache holds it, by `Typename:id` (or a `{ __ref }` found in another). */
export type FindCached = (key: unknown) => Record<string, unknown> | undefined;

/** How an entry reads on /sync, and what the server does with it when it comes back stale. */
interface Registration<I, R> {
  document: TypedDocumentNode<R, { input: I }>;
  /** The schema's mutation it sends: its words are rules/labels.ts's OPERATION_LABELS. */
  mutation: MutationName;
  /** The kind of record it creates or changes (RECORD_TYPE_LABELS). */
  record: RecordType;
  /**
   * What it is about, in words, from its input and the records the device holds ("case OE-07
   * ‘Search by name’, passed"); empty when the operation's words say it all.
   */
  about: (input: Omit<I, 'mutationId' | 'baseVersion'>, find: FindCached) => string;
  /**
   * A stale update comes back as a field-by-field conflict (keep mine, take theirs, merge); a stale
   * action (complete, waive, go live) the server cannot apply again from the conflict: the person
   * sees the record as it is now and applies theirs again on it, or drops it.
   */
  stale: 'fields' | 'action';
}

const register = <I, R>(
  document: TypedDocumentNode<R, { input: I }>, mutation: MutationName, record: RecordType,
  about: Registration<I, R>['about'], stale: Registration<I, R>['stale'] = 'action',
): Registration<I, R> => ({ document, mutation, record, about, stale });

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const named = (find: FindCached, key: unknown, field: string) => text(find(key)?.[field]);
const quoted = (title: string) => (title ? ` ‘${title}’` : '');
const court = (find: FindCached, deploymentId: unknown) => named(find, find(`Deployment:${text(deploymentId)}`)?.court, 'name') || 'the deployment';
const task = (find: FindCached, taskId: unknown) => {
  const found = find(`Task:${text(taskId)}`);
  return found ? `task ${String(found.number)}${quoted(text(found.title))}` : 'a task';
};
const dependency = (find: FindCached, id: unknown) => named(find, `Dependency:${text(id)}`, 'title') || 'a dependency';
const training = (find: FindCached, id: unknown) => {
  const found = find(`TrainingSession:${text(id)}`);
  return found ? `${TRAINING_MODULE_LABELS[found.module as TrainingModule] ?? ''} training of ${formatDate(text(found.scheduledOn))}` : 'a training session';
};
const response = (find: FindCached, id: unknown) => {
  const found = find(`QuestionnaireResponse:${text(id)}`);
  return named(find, found?.questionnaire, 'title') || 'a questionnaire';
};
const person = (find: FindCached, id: unknown) => named(find, `User:${text(id)}`, 'displayName') || 'a user';
const excerpt = (body: string) => `“${body.length > 60 ? `${body.slice(0, 59)}…` : body}”`;
const commentedOn = (input: { deploymentId: unknown; taskId?: unknown; dependencyId?: unknown; defectId?: unknown; incidentId?: unknown }, find: FindCached) => {
  if (input.taskId) return task(find, input.taskId);
  if (input.dependencyId) return dependency(find, input.dependencyId);
  if (input.defectId) return named(find, `Defect:${text(input.defectId)}`, 'title') || 'a defect';
  if (input.incidentId) return 'an incident';
  return court(find, input.deploymentId);
};
const lower = (words: string | undefined) => (words ?? '').toLowerCase();

/**
 * The outbox registry (docs/sync.md#outbox): every operation the outbox may hold, once, by operation
 * name, with the typed document the sync engine sends, the mutation and record it is, how /sync says
 * it in words, and what a stale one offers. The sync engine loads it with the first entry it sends:
 * after a reload, entries of any screen must be sendable before that screen's code has loaded, and
 * kept out of the app shell, the documents of every screen stay out of the first download (its chunk
 * is precached like every other, so it loads offline too). A new app write registers here (its
 * operation must take `input` with a `mutationId`); test/unit/outbox-registry.test.ts holds every
 * queued operation to an entry.
 */
export const OUTBOX_REGISTRY = {
  RecordTestResult: register(RecordTestResultDocument, 'recordTestResult', 'TestResult', (input, find) => {
    const found = find(`TestCase:${text(input.caseId)}`);
    const which = found ? `case ${text(found.key)}${quoted(text(found.title))}` : 'a case';
    return `${which}, ${lower(CASE_STATUS_LABELS[input.status])}`;
  }),
  StartScannerAssessment: register(StartScannerAssessmentDocument, 'startScannerAssessment', 'ScannerAssessment',
    (input, find) => `${named(find, `Location:${text(input.locationId)}`, 'name') || court(find, input.deploymentId)}, ${formatDate(input.assessedOn)}`),
  RecordScannerWorkstation: register(RecordScannerWorkstationDocument, 'recordScannerWorkstation', 'ScannerWorkstation',
    (input) => `${input.label}: ${input.make} ${input.model}`),
  UpdateScannerAssessment: register(UpdateScannerAssessmentDocument, 'updateScannerAssessment', 'ScannerAssessment',
    (input, find) => {
      const found = find(`ScannerAssessment:${text(input.assessmentId)}`);
      return found ? `of ${formatDate(text(found.assessedOn))}` : '';
    }, 'fields'),
  // The coordinator's deployment workspace (features/deployments).
  AdvancePhase: register(AdvancePhaseDocument, 'advancePhase', 'Deployment', (input, find) => court(find, input.deploymentId)),
  AssignDeploymentStaff: register(AssignDeploymentStaffDocument, 'assignDeploymentStaff', 'Deployment', (input, find) => court(find, input.deploymentId)),
  ChangeAccountRequestStatus: register(ChangeAccountRequestStatusDocument, 'changeAccountRequestStatus', 'AccountRequest',
    (input, find) => `${named(find, `AccountRequest:${text(input.requestId)}`, 'personName') || 'a request'} to ${lower(ACCOUNT_REQUEST_STATUS_LABELS[input.status])}`, 'fields'),
  ChangeDeploymentStatus: register(ChangeDeploymentStatusDocument, 'changeDeploymentStatus', 'Deployment',
    (input, find) => `${court(find, input.deploymentId)} to ${lower(DEPLOYMENT_STATUS_LABELS[input.status])}`),
  AssignTask: register(AssignTaskDocument, 'assignTask', 'Task',
    (input, find) => `${task(find, input.taskId)} to ${input.assigneeId ? named(find, `TaskAssignee:${text(input.assigneeId)}`, 'displayName') || person(find, input.assigneeId) : 'nobody'}`),
  CompleteTask: register(CompleteTaskDocument, 'completeTask', 'Task', (input, find) => task(find, input.taskId)),
  CreateDeployment: register(CreateDeploymentDocument, 'createDeployment', 'Deployment',
    (input, find) => `${named(find, `Organization:${text(input.courtId)}`, 'name') || 'a court'}, go-live ${formatDate(input.targetGoLive)}`),
  GoLive: register(GoLiveDocument, 'goLive', 'Deployment', (input, find) => court(find, input.deploymentId)),
  MoveTask: register(MoveTaskDocument, 'moveTask', 'Task', (input, find) => `${task(find, input.taskId)} to ${formatDate(input.dueDate)}`),
  RecordDocument: register(RecordDocumentDocument, 'recordDocument', 'Document', (input) => input.title),
  RecordMeeting: register(RecordMeetingDocument, 'recordMeeting', 'Meeting', (input) => `${input.title}, ${formatDate(input.meetingOn)}`),
  RecordTrainingHeld: register(RecordTrainingHeldDocument, 'recordTrainingHeld', 'TrainingSession', (input, find) => training(find, input.sessionId), 'fields'),
  ReopenTask: register(ReopenTaskDocument, 'reopenTask', 'Task', (input, find) => task(find, input.taskId)),
  RequestAccount: register(RequestAccountDocument, 'requestAccount', 'AccountRequest', (input) => `${input.personName} (${input.email})`),
  RescheduleGoLive: register(RescheduleGoLiveDocument, 'rescheduleGoLive', 'Deployment',
    (input, find) => `${court(find, input.deploymentId)} to ${formatDate(input.targetGoLive)}`),
  SetCourtProfile: register(SetCourtProfileDocument, 'setCourtProfile', 'Organization',
    (input, find) => `${named(find, `Organization:${text(input.courtId)}`, 'name') || 'the court'}: ${CCPOR_PROFILE_LABELS[input.profile] ?? ''}`),
  ScheduleTraining: register(ScheduleTrainingDocument, 'scheduleTraining', 'TrainingSession',
    (input) => `${TRAINING_MODULE_LABELS[input.module] ?? 'Training'}, ${formatDate(input.scheduledOn)}`),
  StartTask: register(StartTaskDocument, 'startTask', 'Task', (input, find) => task(find, input.taskId)),
  UndoReschedule: register(UndoRescheduleDocument, 'undoReschedule', 'Reschedule', () => ''),
  UnpinTask: register(UnpinTaskDocument, 'unpinTask', 'Task', (input, find) => task(find, input.taskId)),
  UpdateDependency: register(UpdateDependencyDocument, 'updateDependency', 'Dependency',
    (input, find) => `${dependency(find, input.dependencyId)}${input.status ? `: ${lower(DEPENDENCY_STATUS_LABELS[input.status])}` : ''}`, 'fields'),
  UpdateDeployment: register(UpdateDeploymentDocument, 'updateDeployment', 'Deployment', (input, find) => court(find, input.deploymentId), 'fields'),
  UpdateTrainingSession: register(UpdateTrainingSessionDocument, 'updateTrainingSession', 'TrainingSession', (input, find) => training(find, input.sessionId), 'fields'),
  WaiveTask: register(WaiveTaskDocument, 'waiveTask', 'Task', (input, find) => task(find, input.taskId)),
  ImportDeployments: register(ImportDeploymentsDocument, 'importDeployments', 'Deployment', () => ''),
  MarkNotificationsRead: register(MarkNotificationsReadDocument, 'markNotificationsRead', 'NotificationReadMarker', () => ''),
  TriageDefect: register(TriageDefectDocument, 'updateDefect', 'Defect',
    (input, find) => `${named(find, `Defect:${text(input.defectId)}`, 'title') || 'a defect'}${input.status ? `: ${lower(DEFECT_STATUS_LABELS[input.status])}` : ''}`, 'fields'),
  StartTestPlanDraft: register(StartTestPlanDraftDocument, 'startTestPlanDraft', 'TestPlanDraft', () => ''),
  SaveTestPlanDraft: register(SaveTestPlanDraftDocument, 'saveTestPlanDraft', 'TestPlanDraft', () => ''),
  PublishTestPlanDraft: register(PublishTestPlanDraftDocument, 'publishTestPlanDraft', 'TestPlan', () => ''),
  DiscardTestPlanDraft: register(DiscardTestPlanDraftDocument, 'discardTestPlanDraft', 'TestPlanDraft', () => ''),
  UpdateUser: register(UpdateUserDocument, 'updateUser', 'User', (input, find) => person(find, input.userId)),
  UnlockUser: register(UnlockUserDocument, 'unlockUser', 'User', (input, find) => person(find, input.userId)),
  CreateLifecycleTemplateDraft: register(CreateLifecycleTemplateDraftDocument, 'createLifecycleTemplateDraft', 'LifecycleTemplate', () => ''),
  SaveLifecycleTemplateDraft: register(SaveLifecycleTemplateDraftDocument, 'saveLifecycleTemplateDraft', 'LifecycleTemplate', () => ''),
  PublishLifecycleTemplate: register(PublishLifecycleTemplateDocument, 'publishLifecycleTemplate', 'LifecycleTemplate', () => ''),
  PublishScannerRequirements: register(PublishScannerRequirementsDocument, 'publishScannerRequirements', 'ScannerRequirementSet', () => ''),
  // The field staff's and partners' screens (features/questionnaires, sign-off, incidents).
  StartResponse: register(StartResponseDocument, 'startResponse', 'QuestionnaireResponse', (input, find) => court(find, input.deploymentId)),
  SaveResponse: register(SaveResponseDocument, 'saveResponse', 'QuestionnaireResponse', (input, find) => response(find, input.responseId), 'fields'),
  SubmitResponse: register(SubmitResponseDocument, 'submitResponse', 'QuestionnaireResponse', (input, find) => response(find, input.responseId), 'fields'),
  AcceptResponse: register(AcceptResponseDocument, 'acceptResponse', 'QuestionnaireResponse', (input, find) => response(find, input.responseId), 'fields'),
  ReturnResponse: register(ReturnResponseDocument, 'returnResponse', 'QuestionnaireResponse', (input, find) => response(find, input.responseId), 'fields'),
  SignOffRun: register(SignOffRunDocument, 'signOffRun', 'SignOff', (input) => `${PARTY_LABELS[input.party] ?? ''}, ${input.signerName}`),
  ReportIncident: register(ReportIncidentDocument, 'reportIncident', 'Incident', (input) => INCIDENT_SEVERITY_LABELS[input.severity] ?? ''),
  UpdateIncident: register(UpdateIncidentDocument, 'updateIncident', 'Incident',
    (input) => (input.status ? lower(INCIDENT_STATUS_LABELS[input.status]) : ''), 'fields'),
  ApproveCloseOut: register(ApproveCloseOutDocument, 'approveCloseOut', 'CloseOut', (input, find) => court(find, input.deploymentId)),
  // Comment threads (features/comments), written on site like any other change.
  AddComment: register(AddCommentDocument, 'addComment', 'Comment', (input, find) => `on ${commentedOn(input, find)}, ${excerpt(input.body)}`),
  EditComment: register(EditCommentDocument, 'editComment', 'Comment', (input) => excerpt(input.body), 'fields'),
  ResolveConflict: register(ResolveConflictDocument, 'resolveConflict', 'Conflict', (input) => lower(CONFLICT_RESOLUTION_LABELS[input.resolution])),
};

export type OutboxOperationName = keyof typeof OUTBOX_REGISTRY;

/** An entry in words for a person: "Recorded a test result: case OE-07 ‘Search by name’, passed". */
export function entryInWords(entry: { operationName: string; variables: { input: Record<string, unknown> } }, find: FindCached): string {
  const registration = (OUTBOX_REGISTRY as unknown as Record<string, Registration<Record<string, unknown>, unknown> | undefined>)[entry.operationName];
  if (!registration) return `A change this version of the app cannot send (${entry.operationName})`;
  const about = registration.about(entry.variables.input, find);
  return about ? `${operationLabel(registration.mutation)}: ${about}` : operationLabel(registration.mutation);
}

/** The hash of the document this build sends for an operation (docs/sync.md#operations-sent-by-hash). */
export function documentHashOfOperation(operationName: string): string | undefined {
  // Read here, not through the link's helper: importing it would split the link into a chunk of its own.
  return (OUTBOX_REGISTRY as Record<string, { document: { __meta__?: { hash?: string } } } | undefined>)[operationName]?.document.__meta__?.hash;
}

/** What a stale entry offers (OUTBOX_REGISTRY's `stale`). */
export function staleKindOf(operationName: string): Registration<unknown, unknown>['stale'] {
  return (OUTBOX_REGISTRY as Record<string, { stale: Registration<unknown, unknown>['stale'] }>)[operationName]?.stale ?? 'action';
}

type DocumentOf<N extends OutboxOperationName> = (typeof OUTBOX_REGISTRY)[N]['document'];
type FullInputOf<N extends OutboxOperationName> = DocumentOf<N> extends TypedDocumentNode<unknown, { input: infer I }> ? I : never;
/** The `input` of an operation, without the mutationId and baseVersion the outbox adds. */
export type OutboxInputOf<N extends OutboxOperationName> = Omit<FullInputOf<N>, 'mutationId' | 'baseVersion'>;
/**
 * An update (an operation whose input takes a baseVersion) cannot be enqueued without the version
 * of the record as the device last saw it (docs/sync.md#versions-and-conflicts): the type says so.
 */
export type BaseVersionOf<N extends OutboxOperationName> = 'baseVersion' extends keyof FullInputOf<N>
  ? { baseVersion: number }
  : { baseVersion?: never };
/** What the server answered to an operation. */
export type OutboxResultOf<N extends OutboxOperationName> = DocumentOf<N> extends TypedDocumentNode<infer R, infer _V> ? R : never;

/**
 * What a sent entry's answer cannot update in the cache, read again after the pass that sent it
 * (docs/sync.md#replay): an attempt's answer holds the attempt, not the run's figures, so the run on
 * screen is read once. An operation not listed here refreshes every query on screen.
 */
const REFETCH_AFTER: Partial<Record<string, DocumentNode[]>> = {
  RecordTestResult: [TestRunDetailDocument],
};

export function refetchAfter(operationNames: string[]): DocumentNode[] | 'active' {
  const lists = [...new Set(operationNames)].map((name) => REFETCH_AFTER[name]);
  return lists.every((list) => list !== undefined) ? [...new Set(lists.flatMap((list) => list!))] : 'active';
}
