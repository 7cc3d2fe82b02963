import type { DocumentNode, TypedDocumentNode } from '@apollo/client';
import {
  AcceptResponseDocument,
  AdvancePhaseDocument,
  ApproveCloseOutDocument,
  AssignDeploymentStaffDocument,
  ChangeAccountRequestStatusDocument,
  ChangeDeploymentStatusDocument,
  CompleteTaskDocument,
  CreateDeploymentDocument,
  CreateLifecycleTemplateDraftDocument,
  DiscardTestPlanDraftDocument,
  GoLiveDocument,
  ImportDeploymentsDocument,
  MarkNotificationsReadDocument,
  MoveTaskDocument,
  PublishLifecycleTemplateDocument,
  PublishScannerRequirementsDocument,
  PublishTestPlanDraftDocument,
  RecordDocumentDocument,
  RecordMeetingDocument,
  RecordScannerWorkstationDocument,
  RecordTestResultDocument,
  RecordTrainingHeldDocument,
  ReopenTaskDocument,
  ReportIncidentDocument,
  RequestAccountDocument,
  RescheduleGoLiveDocument,
  ResolveConflictDocument,
  ReturnResponseDocument,
  SaveLifecycleTemplateDraftDocument,
  SaveResponseDocument,
  SaveTestPlanDraftDocument,
  SetCourtProfileDocument,
  ScheduleTrainingDocument,
  SignOffRunDocument,
  StartResponseDocument,
  StartScannerAssessmentDocument,
  StartTaskDocument,
  StartTestPlanDraftDocument,
  SubmitResponseDocument,
  TestRunDetailDocument,
  TriageDefectDocument,
  UndoRescheduleDocument,
  UnlockUserDocument,
  UnpinTaskDocument,
  UpdateDependencyDocument,
  UpdateDeploymentDocument,
  UpdateIncidentDocument,
  UpdateScannerAssessmentDocument,
  UpdateTrainingSessionDocument,
  UpdateUserDocument,
  WaiveTaskDocument,
} from '../graphql/generated/graphql';

/** The bulk mutation through which the sync engine sends a run's queued results together. */
export { RecordTestResultsDocument } from '../graphql/generated/graphql';

/**
 * Every mutation the outbox may hold, by operation name: the sync engine sends an entry as the
 * typed document registered here. The sync engine loads it with the first entry it sends: after a
 * reload, entries of any screen must be sendable before that screen's code has loaded, and kept out
 * of the app shell, the documents of every screen stay out of the first download (its chunk is
 * precached like every other, so it loads offline too). A new app write adds its
 * document here (its operation must take `input` with a `mutationId`).
 */
export const OUTBOX_OPERATIONS = {
  RecordTestResult: RecordTestResultDocument,
  StartScannerAssessment: StartScannerAssessmentDocument,
  RecordScannerWorkstation: RecordScannerWorkstationDocument,
  // The coordinator's deployment workspace (features/deployments).
  AdvancePhase: AdvancePhaseDocument,
  AssignDeploymentStaff: AssignDeploymentStaffDocument,
  ChangeAccountRequestStatus: ChangeAccountRequestStatusDocument,
  ChangeDeploymentStatus: ChangeDeploymentStatusDocument,
  CompleteTask: CompleteTaskDocument,
  CreateDeployment: CreateDeploymentDocument,
  GoLive: GoLiveDocument,
  MoveTask: MoveTaskDocument,
  RecordDocument: RecordDocumentDocument,
  RecordMeeting: RecordMeetingDocument,
  RecordTrainingHeld: RecordTrainingHeldDocument,
  ReopenTask: ReopenTaskDocument,
  RequestAccount: RequestAccountDocument,
  RescheduleGoLive: RescheduleGoLiveDocument,
  SetCourtProfile: SetCourtProfileDocument,
  ScheduleTraining: ScheduleTrainingDocument,
  StartTask: StartTaskDocument,
  UndoReschedule: UndoRescheduleDocument,
  UnpinTask: UnpinTaskDocument,
  UpdateDependency: UpdateDependencyDocument,
  UpdateDeployment: UpdateDeploymentDocument,
  UpdateTrainingSession: UpdateTrainingSessionDocument,
  WaiveTask: WaiveTaskDocument,
  ImportDeployments: ImportDeploymentsDocument,
  MarkNotificationsRead: MarkNotificationsReadDocument,
  TriageDefect: TriageDefectDocument,
  StartTestPlanDraft: StartTestPlanDraftDocument,
  SaveTestPlanDraft: SaveTestPlanDraftDocument,
  PublishTestPlanDraft: PublishTestPlanDraftDocument,
  DiscardTestPlanDraft: DiscardTestPlanDraftDocument,
  UpdateUser: UpdateUserDocument,
  UnlockUser: UnlockUserDocument,
  CreateLifecycleTemplateDraft: CreateLifecycleTemplateDraftDocument,
  SaveLifecycleTemplateDraft: SaveLifecycleTemplateDraftDocument,
  PublishLifecycleTemplate: PublishLifecycleTemplateDocument,
  PublishScannerRequirements: PublishScannerRequirementsDocument,
  // The field staff's and partners' screens (features/questionnaires, sign-off, incidents).
  StartResponse: StartResponseDocument,
  SaveResponse: SaveResponseDocument,
  SubmitResponse: SubmitResponseDocument,
  AcceptResponse: AcceptResponseDocument,
  ReturnResponse: ReturnResponseDocument,
  SignOffRun: SignOffRunDocument,
  ReportIncident: ReportIncidentDocument,
  UpdateIncident: UpdateIncidentDocument,
  ApproveCloseOut: ApproveCloseOutDocument,
  UpdateScannerAssessment: UpdateScannerAssessmentDocument,
  ResolveConflict: ResolveConflictDocument,
} as const;

export type OutboxOperationName = keyof typeof OUTBOX_OPERATIONS;

type DocumentOf<N extends OutboxOperationName> = (typeof OUTBOX_OPERATIONS)[N];
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
