// The enums of the domain, as the server registers them for GraphQL and the app receives them
// (docs/domain.md#shared-rules). Each is a frozen object of its values plus a type of the same name,
// so the server writes `Role.ADMIN` and the app's generated string unions fit the same type.

/**
 * An enum as an object whose keys are its values, in schema order. Marked free of side effects so
 * that the app's bundles keep only the enums a screen uses, not every one.
 */
/* @__NO_SIDE_EFFECTS__ */
function values<const V extends string>(...names: V[]): { readonly [K in V]: K } {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as { readonly [K in V]: K };
}
type ValueOf<E> = E[keyof E];

// account-request
export const CcporRole = values('QUERY_ONLY', 'COURT', 'SUPERVISOR', 'ADMINISTRATOR');
export type CcporRole = ValueOf<typeof CcporRole>;
export const AccountRequestStatus = values('REQUESTED', 'APPROVED', 'ACTIVE', 'REJECTED');
export type AccountRequestStatus = ValueOf<typeof AccountRequestStatus>;

// audit
export const AuditKind = values('CHANGE', 'SECURITY');
export type AuditKind = ValueOf<typeof AuditKind>;
/** The operation of a security event (a change's operation is its mutation's name). */
export const SecurityOperation = values(
  'SIGN_IN', 'SIGN_IN_FAILED', 'ACCOUNT_LOCKED', 'RATE_LIMITED', 'PERMISSION_DENIED', 'SIGN_OUT', 'API_TOKEN_CREATED', 'API_TOKEN_REVOKED',
  'PASSWORD_CHANGED', 'PASSWORD_RESET', 'MFA_ENROLLED', 'ACCOUNT_UNLOCKED', 'IDENTITY_CONFIRMED', 'IDENTITY_CHECK_FAILED',
);
export type SecurityOperation = ValueOf<typeof SecurityOperation>;

// comment
/** The record a comment is about: the deployment itself or one of its records. */
export const CommentSubject = values('DEPLOYMENT', 'TASK', 'DEPENDENCY', 'DEFECT', 'INCIDENT');
export type CommentSubject = ValueOf<typeof CommentSubject>;
export const CommentVisibility = values('INTERNAL', 'SHARED');
export type CommentVisibility = ValueOf<typeof CommentVisibility>;

// defect
export const DefectSeverity = values('CRITICAL', 'MAJOR', 'MINOR');
export type DefectSeverity = ValueOf<typeof DefectSeverity>;
export const DefectStatus = values('OPEN', 'FIXED', 'VERIFIED', 'WONT_FIX');
export type DefectStatus = ValueOf<typeof DefectStatus>;

// dependency
export const DependencyKind = values(
  'CCTC_CONNECTIVITY',
  'DOJ_CLETS_CARPOS',
  'INFRASTRUCTURE_ASSESSMENT',
  'SCANNER_SETUP',
  'USER_PROFILES_ACCESS',
  'TRAINING_TESTING',
  'RESOURCE_PLANNING',
);
export type DependencyKind = ValueOf<typeof DependencyKind>;
export const DependencyStatus = values('NOT_STARTED', 'IN_PROGRESS', 'WAITING', 'MET', 'NOT_APPLICABLE');
export type DependencyStatus = ValueOf<typeof DependencyStatus>;

// deployment
export const DeploymentStatus = values('INTERESTED', 'COMMITTED', 'IN_PROGRESS', 'LIVE', 'CLOSED', 'ON_HOLD', 'WITHDRAWN');
export type DeploymentStatus = ValueOf<typeof DeploymentStatus>;
/** How the deployments list is sorted; each ends in the deployment's id, so pages never overlap. */
export const DeploymentOrder = values('GO_LIVE', 'GO_LIVE_LATEST', 'NAME', 'HEALTH');
export type DeploymentOrder = ValueOf<typeof DeploymentOrder>;
/** What puts a deployment's go-live at risk, or keeps it from being projected (docs/domain.md#go-live-projection). */
export const GoLiveRiskKind = values('DEPENDENCY_WAIT', 'TOO_FEW_WAITS', 'TASK_CHAIN');
export type GoLiveRiskKind = ValueOf<typeof GoLiveRiskKind>;

// deployment
export const HealthStatus = values('ON_TRACK', 'AT_RISK', 'LATE');
export type HealthStatus = ValueOf<typeof HealthStatus>;
export const HealthReasonCode = values(
  'GO_LIVE_PASSED',
  'TASKS_LATE',
  'DEPENDENCIES_LATE',
  'TASKS_PAST_DUE',
  'DEPENDENCIES_PAST_DUE',
  'PHASE_WINDOW_TOO_SHORT',
  'DEPENDENCIES_WAITING_LONG',
);
export type HealthReasonCode = ValueOf<typeof HealthReasonCode>;

// document
export const DocumentDirection = values('SENT', 'RECEIVED');
export type DocumentDirection = ValueOf<typeof DocumentDirection>;

// incident
export const IncidentSeverity = values('SEV1', 'SEV2', 'SEV3', 'SEV4');
export type IncidentSeverity = ValueOf<typeof IncidentSeverity>;
export const IncidentStatus = values('OPEN', 'INVESTIGATING', 'RESOLVED', 'CLOSED');
export type IncidentStatus = ValueOf<typeof IncidentStatus>;

// lifecycle-template
export const Phase = values('PLANNING', 'SCOPE', 'IMPLEMENT', 'GO_LIVE', 'POST_GO_LIVE');
export type Phase = ValueOf<typeof Phase>;
export const Lane = values('CCPOR_TEAM', 'COURT_AND_LEA');
export type Lane = ValueOf<typeof Lane>;
export const Party = values('CCPOR_TEAM', 'COURT', 'LEA', 'DOJ', 'CCTC');
export type Party = ValueOf<typeof Party>;
export const TaskKind = values('DOCUMENT', 'RESPONSE', 'MEETING', 'COURT_ACTIVITY', 'MILESTONE');
export type TaskKind = ValueOf<typeof TaskKind>;

// meeting
export const MeetingKind = values(
  'MANAGEMENT_AWARENESS',
  'INTRODUCTION',
  'MONTHLY',
  'KICK_OFF',
  'DEPENDENCY_REVIEW',
  'SCHEDULING',
  'OTHER',
);
export type MeetingKind = ValueOf<typeof MeetingKind>;

// mail
/** What an e-mail is about; each kind is switched per person (immediately, in the daily digest, or off). */
export const MailKind = values(
  'TASK_ASSIGNED', 'TASKS_DUE', 'DEPENDENCY_OVERDUE', 'QUESTIONNAIRE_TO_ANSWER', 'SIGN_OFF_REQUESTED', 'READINESS_CHANGED',
  'TRAINING_SCHEDULED', 'GO_LIVE_SET', 'INCIDENT', 'MENTION',
);
export type MailKind = ValueOf<typeof MailKind>;
export const MailDelivery = values('IMMEDIATELY', 'DAILY_DIGEST', 'OFF');
export type MailDelivery = ValueOf<typeof MailDelivery>;
/** Where a message stands: queued for the worker, sent, given up on, kept in the development mailbox (no SMTP_URL), waiting for the digest, or carried by one. */
export const MailStatus = values('QUEUED', 'SENT', 'FAILED', 'KEPT', 'IN_DIGEST', 'DIGESTED');
export type MailStatus = ValueOf<typeof MailStatus>;

// notification
export const NotificationKind = values('CHANGED', 'OVERDUE', 'MENTIONED');
export type NotificationKind = ValueOf<typeof NotificationKind>;

// organization
export const OrganizationKind = values('COURT', 'LEA');
export type OrganizationKind = ValueOf<typeof OrganizationKind>;
export const CcporProfile = values('DATA_AND_IMAGES', 'IMAGES_ONLY');
export type CcporProfile = ValueOf<typeof CcporProfile>;

// questionnaire
export const QuestionType = values('TEXT', 'NUMBER', 'YES_NO', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'DATE', 'PHOTO', 'GROUP');
export type QuestionType = ValueOf<typeof QuestionType>;
export const ResponseStatus = values('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED');
export type ResponseStatus = ValueOf<typeof ResponseStatus>;

// readiness
export const ReadinessStatus = values('GO', 'NO_GO');
export type ReadinessStatus = ValueOf<typeof ReadinessStatus>;
export const BlockerCode = values(
  'DEPENDENCY_NOT_MET',
  'TRAINING_NOT_HELD',
  'ACCOUNT_NOT_ACTIVE',
  'NO_ACCEPTANCE_RUN',
  'ACCEPTANCE_RUN_NOT_PASSED',
  'DEFECT_OPEN',
  'SIGN_OFF_MISSING',
  'SIGN_OFF_STALE',
  'READINESS_CHECKLIST_NOT_ACCEPTED',
);
export type BlockerCode = ValueOf<typeof BlockerCode>;

// scanner
export const ScannerConnection = values('USB', 'NETWORK', 'OTHER');
export type ScannerConnection = ValueOf<typeof ScannerConnection>;
export const ScannerDriver = values('TWAIN', 'ISIS', 'WIA');
export type ScannerDriver = ValueOf<typeof ScannerDriver>;
export const TestScanOutcome = values('NOT_RUN', 'PASSED', 'FAILED');
export type TestScanOutcome = ValueOf<typeof TestScanOutcome>;
export const RequirementCategory = values('HARDWARE', 'CONFIGURATION');
export type RequirementCategory = ValueOf<typeof RequirementCategory>;
export const ScannerFact = values(
  'OPTICAL_RESOLUTION_DPI',
  'DUPLEX',
  'AUTOMATIC_DOCUMENT_FEEDER',
  'COLOUR',
  'CONNECTION',
  'DRIVERS',
  'SCAN_PROFILE_SET',
  'TEST_SCAN_OUTCOME',
);
export type ScannerFact = ValueOf<typeof ScannerFact>;
export const RequirementOperator = values('AT_LEAST', 'IS_TRUE', 'ANY_OF');
export type RequirementOperator = ValueOf<typeof RequirementOperator>;
export const ScannerVerdict = values('MEETS', 'NEEDS_CONFIGURATION', 'REPLACE');
export type ScannerVerdict = ValueOf<typeof ScannerVerdict>;
export const ScannerAssessmentStatus = values('IN_PROGRESS', 'COMPLETED');
export type ScannerAssessmentStatus = ValueOf<typeof ScannerAssessmentStatus>;

// sign-off
export const SignOffStatus = values('CURRENT', 'STALE');
export type SignOffStatus = ValueOf<typeof SignOffStatus>;

// sync
export const ConflictStatus = values('OPEN', 'RESOLVED');
export type ConflictStatus = ValueOf<typeof ConflictStatus>;
export const ConflictResolution = values('KEEP_MINE', 'TAKE_THEIRS', 'MERGE');
export type ConflictResolution = ValueOf<typeof ConflictResolution>;

// task
export const TaskStatus = values('OPEN', 'IN_PROGRESS', 'DONE', 'WAIVED', 'NOT_APPLICABLE');
export type TaskStatus = ValueOf<typeof TaskStatus>;
/** What going live does with a task still open before go-live. */
export const GoLiveTaskAction = values('COMPLETE', 'WAIVE');
export type GoLiveTaskAction = ValueOf<typeof GoLiveTaskAction>;

// test-plan
export const TestArea = values(
  'USER_ACCESS',
  'ORDER_ENTRY',
  'SCANNING_ATTACHMENT',
  'SEARCH',
  'MODIFICATION_TERMINATION',
  'PROOF_OF_SERVICE',
  'CARPOS_TRANSMISSION',
  'DOJ_MESSAGES',
  'PRINTING',
  'AUDIT',
);
export type TestArea = ValueOf<typeof TestArea>;
export const Criticality = values('CRITICAL', 'MAJOR', 'MINOR');
export type Criticality = ValueOf<typeof Criticality>;

// test-run
export const TestEnvironment = values('TEST', 'TRAINING', 'PRODUCTION');
export type TestEnvironment = ValueOf<typeof TestEnvironment>;
export const TestRunPurpose = values('REHEARSAL', 'ACCEPTANCE');
export type TestRunPurpose = ValueOf<typeof TestRunPurpose>;
export const TestResultStatus = values('PASSED', 'FAILED', 'BLOCKED', 'RETEST', 'NOT_APPLICABLE');
export type TestResultStatus = ValueOf<typeof TestResultStatus>;
export const CaseStatus = values('UNTESTED', 'PASSED', 'FAILED', 'BLOCKED', 'RETEST', 'NOT_APPLICABLE');
export type CaseStatus = ValueOf<typeof CaseStatus>;
export const TestRunStatus = values('IN_PROGRESS', 'FAILED', 'BLOCKED', 'PASSED');
export type TestRunStatus = ValueOf<typeof TestRunStatus>;

// training
export const TrainingMode = values('CLASSROOM', 'REMOTE', 'RECORDED');
export type TrainingMode = ValueOf<typeof TrainingMode>;
export const TrainingModule = values('QUERIES', 'FULL_USE');
export type TrainingModule = ValueOf<typeof TrainingModule>;
export const TrainingAudience = values('TRAIN_THE_TRAINER', 'END_USERS');
export type TrainingAudience = ValueOf<typeof TrainingAudience>;
export const TrainingStatus = values('PLANNED', 'HELD');
export type TrainingStatus = ValueOf<typeof TrainingStatus>;

// user
export const Role = values('ADMIN', 'COORDINATOR', 'FIELD_STAFF', 'PARTNER_USER', 'REPORTER');
export type Role = ValueOf<typeof Role>;
