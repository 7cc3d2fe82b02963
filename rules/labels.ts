import type {
  AccountRequestStatus, AuditKind, BlockerCode, CaseStatus, CcporRole, CommentSubject, CommentVisibility, ConflictResolution, ConflictStatus, Criticality,
  DefectSeverity, DefectStatus, DependencyKind, DependencyStatus, DeploymentOrder, DocumentDirection, GoLiveRiskKind, GoLiveTaskAction, HealthReasonCode,
  IncidentSeverity, IncidentStatus, Lane, MailDelivery, Party, MailKind, MailStatus, MeetingKind, NotificationKind, OrganizationKind, QuestionType,
  RequirementCategory, RequirementOperator, ResponseStatus, ScannerAssessmentStatus, ScannerConnection, ScannerDriver, ScannerFact,
  ScannerVerdict, SecurityOperation, SignOffStatus, TaskKind, TaskStatus, TestArea, TestEnvironment, TestResultStatus, TestRunPurpose,
  TestRunStatus, TestScanOutcome, TrainingAudience, TrainingStatus,
} from './enums';
import type { ErrorCode } from './error-codes';
import type { MutationName } from './mutation-names';
import { DEPLOYMENT_STATUS_LABELS, PARTY_LABELS, PHASE_LABELS } from './headline-labels';
import { MIN_PAST_WAITS } from './go-live-projection';

// The words the app and the server show for each enum value, error code, operation and record type
// (docs/domain.md#shared-rules), once. Records keyed by the enum types: a new value in the schema
// fails the typecheck here instead of showing a raw code on screen (test/unit/labels-on-screen.test.ts
// fails a screen that shows a value without these). The key order is the order of selects and filters.

// People, deployments, readiness and training modes: in rules/headline-labels.ts, which the first screens load alone.
export {
  CCPOR_PROFILE_LABELS, DEPLOYMENT_STATUS_LABELS, HEALTH_LABELS, PARTY_LABELS, PHASE_LABELS, READINESS_STATUS_LABELS, ROLE_LABELS, TRAINING_MODE_LABELS, TRAINING_MODULE_LABELS,
} from './headline-labels';
// What an images-only court's record says where CLETS/CARPOS work does not apply (docs/domain.md#court-profiles).
export const IMAGES_ONLY_DEPENDENCY_REASON = 'Images-only court: CLETS/CARPOS transmission through the CCPOR gateway does not apply.';
export const IMAGES_ONLY_CASE_REASON = 'Images-only court: CARPOS transmission through the CCPOR gateway does not apply.';
/** The note of the attempt that puts a CARPOS case back to be tested when a court sends data again. */
export const DATA_AND_IMAGES_RETEST_REASON = 'The court now sends order data and images: CARPOS transmission applies and must be tested.';
export const DEPLOYMENT_ORDER_LABELS: Record<DeploymentOrder, string> = {
  GO_LIVE: 'Go-live, soonest first', GO_LIVE_LATEST: 'Go-live, latest first', NAME: 'Court name, A to Z', HEALTH: 'Health, worst first',
};

// Tasks and dependencies
export const GO_LIVE_TASK_ACTION_LABELS: Record<GoLiveTaskAction, string> = { COMPLETE: 'Complete', WAIVE: 'Waive' };
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  WAIVED: 'Waived',
  NOT_APPLICABLE: 'Not applicable',
};
export const TASK_KIND_LABELS: Record<TaskKind, string> = {
  DOCUMENT: 'Document',
  RESPONSE: 'Response',
  MEETING: 'Meeting',
  COURT_ACTIVITY: 'Court activity',
  MILESTONE: 'Milestone',
};
/** Short names of the onboarding dependencies (the schema's descriptions, shortened for tables). */
export const DEPENDENCY_KIND_LABELS: Record<DependencyKind, string> = {
  CCTC_CONNECTIVITY: 'CCTC connectivity',
  DOJ_CLETS_CARPOS: 'CA DOJ CLETS/CARPOS approval',
  INFRASTRUCTURE_ASSESSMENT: 'Infrastructure assessment',
  RESOURCE_PLANNING: 'Resource planning',
  SCANNER_SETUP: 'Scanner set-up',
  TRAINING_TESTING: 'Training & testing',
  USER_PROFILES_ACCESS: 'User & court profiles',
};
export const DEPENDENCY_STATUS_LABELS: Record<DependencyStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  WAITING: 'Waiting',
  MET: 'Met',
  NOT_APPLICABLE: 'Not applicable',
};

// Meetings, documents and CCPOR accounts
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  MANAGEMENT_AWARENESS: 'Management awareness',
  INTRODUCTION: 'Introduction & overview',
  MONTHLY: 'Monthly meeting',
  KICK_OFF: 'Deployment kick-off',
  DEPENDENCY_REVIEW: 'Review of onboarding dependencies',
  SCHEDULING: 'Establishing schedules',
  OTHER: 'Other',
};
export const DIRECTION_LABELS: Record<DocumentDirection, string> = { SENT: 'Sent', RECEIVED: 'Received' };
export const CCPOR_ROLE_LABELS: Record<CcporRole, string> = {
  QUERY_ONLY: 'Query only',
  COURT: 'Court user',
  SUPERVISOR: 'Supervisor',
  ADMINISTRATOR: 'Administrator',
};
export const ACCOUNT_REQUEST_STATUS_LABELS: Record<AccountRequestStatus, string> = {
  REQUESTED: 'Requested',
  APPROVED: 'Approved',
  ACTIVE: 'Active',
  REJECTED: 'Rejected',
};

// Training
export const TRAINING_AUDIENCE_LABELS: Record<TrainingAudience, string> = { TRAIN_THE_TRAINER: 'Train-the-trainer', END_USERS: 'End users' };

// Questionnaires
export const RESPONSE_STATUS_LABELS: Record<ResponseStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted, waiting for review',
  ACCEPTED: 'Accepted',
  RETURNED: 'Returned for corrections',
};

// Scanners
export const VERDICT_LABELS: Record<ScannerVerdict, string> = {
  MEETS: 'Meets the requirements',
  NEEDS_CONFIGURATION: 'Needs configuration',
  REPLACE: 'Replace the scanner',
};
export const REQUIREMENT_CATEGORY_LABELS: Record<RequirementCategory, string> = { HARDWARE: 'Hardware', CONFIGURATION: 'Configuration' };
export const SCANNER_FACT_LABELS: Record<ScannerFact, string> = {
  OPTICAL_RESOLUTION_DPI: 'Optical resolution (dpi)',
  DUPLEX: 'Duplex',
  AUTOMATIC_DOCUMENT_FEEDER: 'Document feeder',
  COLOUR: 'Colour',
  CONNECTION: 'Connection',
  DRIVERS: 'Drivers',
  SCAN_PROFILE_SET: 'Scan profile set',
  TEST_SCAN_OUTCOME: 'Test scan outcome',
};
/** Read after a fact's label: "Duplex is yes", "Optical resolution (dpi) at least 300". */
export const REQUIREMENT_OPERATOR_LABELS: Record<RequirementOperator, string> = { AT_LEAST: 'at least', ANY_OF: 'any of', IS_TRUE: 'is yes' };

// Court acceptance testing, defects, sign-off
export const TEST_AREA_LABELS: Record<TestArea, string> = {
  USER_ACCESS: 'User access',
  ORDER_ENTRY: 'Order entry',
  SCANNING_ATTACHMENT: 'Scanning & attachment',
  SEARCH: 'Search',
  MODIFICATION_TERMINATION: 'Modification & termination',
  PROOF_OF_SERVICE: 'Proof of service',
  CARPOS_TRANSMISSION: 'CARPOS transmission',
  DOJ_MESSAGES: 'DOJ messages',
  PRINTING: 'Printing',
  AUDIT: 'Audit',
};
export const TEST_RUN_PURPOSE_LABELS: Record<TestRunPurpose, string> = { ACCEPTANCE: 'Acceptance', REHEARSAL: 'Rehearsal' };
export const TEST_ENVIRONMENT_LABELS: Record<TestEnvironment, string> = { TEST: 'Test', TRAINING: 'Training', PRODUCTION: 'Production' };
export const CASE_STATUS_LABELS: Record<CaseStatus | TestResultStatus, string> = {
  UNTESTED: 'Untested',
  PASSED: 'Passed',
  FAILED: 'Failed',
  BLOCKED: 'Blocked',
  RETEST: 'Retest',
  NOT_APPLICABLE: 'Not applicable',
};
export const RUN_STATUS_LABELS: Record<TestRunStatus, string> = {
  PASSED: 'Passed',
  FAILED: 'Failed',
  BLOCKED: 'Blocked',
  IN_PROGRESS: 'In progress',
};
export const CRITICALITY_LABELS: Record<Criticality, string> = { CRITICAL: 'Critical', MAJOR: 'Major', MINOR: 'Minor' };
export const DEFECT_SEVERITY_LABELS: Record<DefectSeverity, string> = { CRITICAL: 'Critical', MAJOR: 'Major', MINOR: 'Minor' };
export const DEFECT_STATUS_LABELS: Record<DefectStatus, string> = { OPEN: 'Open', FIXED: 'Fixed', VERIFIED: 'Verified', WONT_FIX: 'Won’t fix' };
export const SIGN_OFF_STATUS_LABELS: Record<SignOffStatus, string> = { CURRENT: 'Current', STALE: 'Stale: must sign again' };

// Incidents after go-live
export const INCIDENT_SEVERITY_LABELS: Record<IncidentSeverity, string> = {
  SEV1: 'SEV1 – CCPOR unusable',
  SEV2: 'SEV2 – major function down, no workaround',
  SEV3: 'SEV3 – impaired, with a workaround',
  SEV4: 'SEV4 – minor or a question',
};
export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = { OPEN: 'Open', INVESTIGATING: 'Investigating', RESOLVED: 'Resolved', CLOSED: 'Closed' };
// Readiness and health
export const BLOCKER_CODE_LABELS: Record<BlockerCode, string> = {
  DEPENDENCY_NOT_MET: 'Dependency not met',
  TRAINING_NOT_HELD: 'Training not held',
  ACCOUNT_NOT_ACTIVE: 'CCPOR account not active',
  NO_ACCEPTANCE_RUN: 'No acceptance run',
  ACCEPTANCE_RUN_NOT_PASSED: 'Acceptance run not passed',
  DEFECT_OPEN: 'Blocking defect open',
  SIGN_OFF_MISSING: 'Sign-off missing',
  SIGN_OFF_STALE: 'Sign-off to sign again',
  READINESS_CHECKLIST_NOT_ACCEPTED: 'Readiness checklist not accepted',
};
export const HEALTH_REASON_LABELS: Record<HealthReasonCode, string> = {
  GO_LIVE_PASSED: 'Go-live date passed',
  TASKS_LATE: 'Tasks late',
  DEPENDENCIES_LATE: 'Dependencies late',
  TASKS_PAST_DUE: 'Tasks past due',
  DEPENDENCIES_PAST_DUE: 'Dependencies past due',
  PHASE_WINDOW_TOO_SHORT: 'Phase window too short',
  DEPENDENCIES_WAITING_LONG: 'Dependencies waiting long',
};

// Go-live projection (docs/domain.md#go-live-projection): the flag and each reason's sentence.
export const GO_LIVE_AT_RISK_LABEL = 'Go-live at risk';
export const GO_LIVE_RISK_KIND_LABELS: Record<GoLiveRiskKind, string> = {
  DEPENDENCY_WAIT: 'Wait on a party',
  TOO_FEW_WAITS: 'Too few past waits to project',
  TASK_CHAIN: 'Remaining tasks',
};
const days = (n: number) => `${n} ${Math.abs(n) === 1 ? 'day' : 'days'}`;
const possessive = (name: string) => `${name}’s`;
/** "12 days left" before go-live, or how long ago it passed. */
export const daysLeftInWords = (daysToGoLive: number) =>
  daysToGoLive > 0 ? `${days(daysToGoLive)} left` : daysToGoLive === 0 ? 'go-live is today' : `go-live passed ${days(-daysToGoLive)} ago`;
/** "DOJ approval requested 9 days ago; CA DOJ’s median is 34 days over 12 past waits; 12 days left". */
export function waitRiskInWords(what: string, party: Party, waitedDays: number | null, medianDays: number, sampleSize: number, daysToGoLive: number): string {
  const who = PARTY_LABELS[party];
  const asked = waitedDays === null ? `${what}: not yet waiting on ${who}` : `${what}: waiting on ${who} for ${days(waitedDays)}`;
  return `${asked}; ${possessive(who)} median is ${days(medianDays)} over ${sampleSize} past ${sampleSize === 1 ? 'wait' : 'waits'}; ${daysLeftInWords(daysToGoLive)}`;
}
/** "too few past waits on CA DOJ to project (3 of 5)". */
export const tooFewWaitsInWords = (what: string, party: Party, sampleSize: number) =>
  `${what}: too few past waits on ${PARTY_LABELS[party]} to project (${sampleSize} of ${MIN_PAST_WAITS})`;
/**
 * The open tasks' chain ends after go-live; `endsOn` comes formatted (formatDate): importing the dates
 * module here would pull every label into the app's first load.
 */
export const taskChainRiskInWords = (openTasks: number, lastTitle: string, endsOn: string, daysToGoLive: number) =>
  `${openTasks} open ${openTasks === 1 ? 'task runs' : 'tasks run'} to ${endsOn} (last: “${lastTitle}”); ${daysLeftInWords(daysToGoLive)}`;

// Organizations, the template's lanes, questionnaires, scanners and training
export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = { COURT: 'Court', LEA: 'Law-enforcement agency' };
export const LANE_LABELS: Record<Lane, string> = { CCPOR_TEAM: 'CCPOR team', COURT_AND_LEA: 'Court and LEA' };
export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  TEXT: 'Text',
  NUMBER: 'Number',
  YES_NO: 'Yes or no',
  SINGLE_CHOICE: 'One choice',
  MULTIPLE_CHOICE: 'Several choices',
  DATE: 'Date',
  PHOTO: 'Photo',
  GROUP: 'Group of questions',
};
export const SCANNER_ASSESSMENT_STATUS_LABELS: Record<ScannerAssessmentStatus, string> = { IN_PROGRESS: 'In progress', COMPLETED: 'Completed' };
export const SCANNER_CONNECTION_LABELS: Record<ScannerConnection, string> = { USB: 'USB', NETWORK: 'Network', OTHER: 'Other' };
export const SCANNER_DRIVER_LABELS: Record<ScannerDriver, string> = { TWAIN: 'TWAIN', ISIS: 'ISIS', WIA: 'WIA' };
export const TEST_SCAN_OUTCOME_LABELS: Record<TestScanOutcome, string> = { NOT_RUN: 'Not run', PASSED: 'Passed', FAILED: 'Failed' };
export const TRAINING_STATUS_LABELS: Record<TrainingStatus, string> = { PLANNED: 'Planned', HELD: 'Held' };

// E-mail: the kinds a person switches, in the order of the preferences page
export const MAIL_KIND_LABELS: Record<MailKind, string> = {
  TASK_ASSIGNED: 'A task is assigned to me',
  TASKS_DUE: 'My tasks due within 3 days or overdue',
  DEPENDENCY_OVERDUE: 'A dependency waits beyond its due date',
  QUESTIONNAIRE_TO_ANSWER: 'A questionnaire to answer',
  SIGN_OFF_REQUESTED: 'A sign-off is requested or turned stale',
  READINESS_CHANGED: 'Readiness turns GO or NO-GO',
  TRAINING_SCHEDULED: 'Training is scheduled',
  GO_LIVE_SET: 'Go-live is set or moved',
  INCIDENT: 'An incident is reported or resolved',
  MENTION: 'A comment mentions me',
};
export const MAIL_DELIVERY_LABELS: Record<MailDelivery, string> = { IMMEDIATELY: 'Immediately', DAILY_DIGEST: 'In the daily digest', OFF: 'Off' };
export const MAIL_STATUS_LABELS: Record<MailStatus, string> = {
  QUEUED: 'Queued', SENT: 'Sent', FAILED: 'Failed', KEPT: 'Kept (no SMTP server)', IN_DIGEST: 'Waiting for the digest', DIGESTED: 'Carried by a digest',
};

// Notifications, conflicts and the audit trail
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = { CHANGED: 'Changed', OVERDUE: 'Overdue', MENTIONED: 'Mentioned' };

// Comments
export const COMMENT_VISIBILITY_LABELS: Record<CommentVisibility, string> = {
  INTERNAL: 'Internal (CCPOR team only)',
  SHARED: 'Shared with the court and its agencies',
};
export const COMMENT_SUBJECT_LABELS: Record<CommentSubject, string> = {
  DEPLOYMENT: 'Deployment', TASK: 'Task', DEPENDENCY: 'Dependency', DEFECT: 'Defect', INCIDENT: 'Incident',
};
export const CONFLICT_STATUS_LABELS: Record<ConflictStatus, string> = { OPEN: 'Open', RESOLVED: 'Resolved' };
export const CONFLICT_RESOLUTION_LABELS: Record<ConflictResolution, string> = { KEEP_MINE: 'Keep mine', TAKE_THEIRS: 'Take theirs', MERGE: 'Merge' };
export const AUDIT_KIND_LABELS: Record<AuditKind, string> = { CHANGE: 'Change', SECURITY: 'Security event' };

/** What each write and security event did, as the audit log and notifications say it. */
export const OPERATION_LABELS: Record<MutationName | 'uploadFile' | SecurityOperation, string> = {
  acceptResponse: 'Accepted a questionnaire',
  addComment: 'Commented',
  advancePhase: 'Advanced the phase',
  approveCloseOut: 'Approved the close-out',
  assignDeploymentStaff: 'Assigned staff',
  assignTask: 'Assigned a task',
  changeAccountRequestStatus: 'Changed a CCPOR account request',
  changeDeploymentStatus: 'Changed the deployment’s status',
  changePassword: 'Changed a password',
  completePasswordReset: 'Chose a password from a link',
  completeScannerAssessment: 'Completed a scanner assessment',
  completeTask: 'Completed a task',
  confirmIdentity: 'Confirmed their identity',
  confirmMfaEnrolment: 'Set up a second factor',
  createApiToken: 'Created an API token',
  createCalendarFeed: 'Created a calendar feed',
  createDeployment: 'Created the deployment',
  createLifecycleTemplateDraft: 'Started a lifecycle template draft',
  createUser: 'Created a user',
  discardTestPlanDraft: 'Discarded a CAT plan draft',
  editComment: 'Edited a comment',
  goLive: 'Went live',
  importDeployments: 'Imported deployments',
  markNotificationsRead: 'Marked notifications read',
  moveTask: 'Moved a task',
  publishLifecycleTemplate: 'Published a lifecycle template',
  publishQuestionnaire: 'Published a questionnaire',
  publishScannerRequirements: 'Published scanner requirements',
  publishTestPlanDraft: 'Published a CAT plan',
  raiseDefect: 'Raised a defect',
  recordDocument: 'Recorded a document',
  recordMeeting: 'Recorded a meeting',
  recordScannerWorkstation: 'Recorded a scanner workstation',
  recordTestResult: 'Recorded a test result',
  recordTestResults: 'Recorded test results',
  recordTrainingHeld: 'Recorded training as held',
  reopenTask: 'Reopened a task',
  reportIncident: 'Reported an incident',
  requestAccount: 'Requested a CCPOR account',
  rescheduleGoLive: 'Moved the go-live date',
  resetPassword: 'Sent a password link',
  resolveConflict: 'Resolved a conflict',
  retireQuestionnaire: 'Retired a questionnaire version',
  returnResponse: 'Returned a questionnaire for corrections',
  revokeApiToken: 'Revoked an API token',
  revokeCalendarFeed: 'Revoked a calendar feed',
  saveLifecycleTemplateDraft: 'Saved a lifecycle template draft',
  saveResponse: 'Saved questionnaire answers',
  saveTestPlanDraft: 'Saved a CAT plan draft',
  scheduleTraining: 'Scheduled training',
  setCourtProfile: 'Set the court’s profile',
  signIn: 'Signed in',
  signOffRun: 'Signed off a CAT run',
  signOut: 'Signed out',
  startMfaEnrolment: 'Started setting up a second factor',
  startResponse: 'Started a questionnaire',
  startScannerAssessment: 'Started a scanner assessment',
  startTask: 'Started a task',
  startTestPlanDraft: 'Started a CAT plan draft',
  startTestRun: 'Started a CAT run',
  submitResponse: 'Submitted a questionnaire',
  undoReschedule: 'Undid a go-live move',
  unlockUser: 'Unlocked a user',
  unpinTask: 'Unpinned a task',
  unsubscribeMail: 'Switched off e-mail from a link',
  updateDefect: 'Updated a defect',
  updateDependency: 'Updated a dependency',
  updateDeployment: 'Updated the deployment',
  updateIncident: 'Updated an incident',
  updateMyMailSettings: 'Changed their e-mail settings',
  updateScannerAssessment: 'Updated a scanner assessment',
  updateScannerWorkstation: 'Updated a scanner workstation',
  updateTrainingSession: 'Updated a training session',
  updateUser: 'Updated a user',
  waiveTask: 'Waived a task',
  uploadFile: 'Uploaded a file',
  SIGN_IN: 'Signed in',
  SIGN_IN_FAILED: 'Sign-in failed',
  ACCOUNT_LOCKED: 'Account locked after failed sign-ins',
  RATE_LIMITED: 'Too many sign-in attempts',
  PERMISSION_DENIED: 'Refused: not permitted',
  SIGN_OUT: 'Signed out',
  API_TOKEN_CREATED: 'API token created',
  API_TOKEN_REVOKED: 'API token revoked',
  PASSWORD_CHANGED: 'Password changed',
  PASSWORD_RESET: 'Password link sent',
  MFA_ENROLLED: 'Second factor set up',
  ACCOUNT_UNLOCKED: 'Account unlocked',
  IDENTITY_CONFIRMED: 'Identity confirmed',
  IDENTITY_CHECK_FAILED: 'Identity check failed',
};

/** An audited operation's words; one the app does not know (an older name) is spelled out from its code. */
export function operationLabel(operation: string): string {
  const known = (OPERATION_LABELS as Record<string, string>)[operation];
  if (known) return known;
  const words = operation.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The records the audit trail names (entity names), as a person says them. The key order is the filter's. */
export const RECORD_TYPE_LABELS = {
  Deployment: 'Deployment',
  Task: 'Task',
  Dependency: 'Dependency',
  Meeting: 'Meeting',
  Attendee: 'Meeting attendee',
  Document: 'Document',
  Attachment: 'Attachment',
  TrainingSession: 'Training session',
  AccountRequest: 'CCPOR account request',
  QuestionnaireResponse: 'Questionnaire response',
  ScannerAssessment: 'Scanner assessment',
  ScannerWorkstation: 'Scanner workstation',
  TestRun: 'CAT run',
  TestResult: 'Test result',
  CaseLatestAttempt: 'Latest test result',
  Defect: 'Defect',
  SignOff: 'Sign-off',
  Incident: 'Incident',
  CloseOut: 'Close-out',
  Comment: 'Comment',
  CommentRevision: 'Earlier text of a comment',
  Reschedule: 'Go-live move',
  Conflict: 'Conflict',
  User: 'User',
  ApiToken: 'API token',
  CalendarFeed: 'Calendar feed',
  NotificationReadMarker: 'Notifications read',
  Organization: 'Organization',
  Location: 'Court location',
  Contact: 'Contact',
  LifecycleTemplate: 'Lifecycle template',
  TemplateTask: 'Template task',
  ScannerRequirementSet: 'Scanner requirements',
  Questionnaire: 'Questionnaire',
  TestPlan: 'CAT plan',
  TestPlanDraft: 'CAT plan draft',
  TestCase: 'Test case',
  FileUpload: 'File',
  FileBlob: 'File',
  PersistedQuery: 'Saved query',
  OutboundMail: 'E-mail',
} as const satisfies Record<string, string>;
export type RecordType = keyof typeof RECORD_TYPE_LABELS;

// A deployment's "status" may be its status or its phase. Lists, not a spread: a spread at the top
// level counts as a side effect, and every screen importing any label would then load this module.
const RECORD_STATUS_LABELS: Partial<Record<RecordType, Record<string, string>[]>> = {
  Task: [TASK_STATUS_LABELS], Dependency: [DEPENDENCY_STATUS_LABELS], Deployment: [DEPLOYMENT_STATUS_LABELS, PHASE_LABELS], Defect: [DEFECT_STATUS_LABELS],
  Incident: [INCIDENT_STATUS_LABELS], AccountRequest: [ACCOUNT_REQUEST_STATUS_LABELS], QuestionnaireResponse: [RESPONSE_STATUS_LABELS], SignOff: [SIGN_OFF_STATUS_LABELS],
  ScannerAssessment: [SCANNER_ASSESSMENT_STATUS_LABELS], TrainingSession: [TRAINING_STATUS_LABELS], Conflict: [CONFLICT_STATUS_LABELS],
  TestCase: [CASE_STATUS_LABELS], TestResult: [CASE_STATUS_LABELS], CaseLatestAttempt: [CASE_STATUS_LABELS], TestRun: [RUN_STATUS_LABELS],
};

/** A status of a record type in words ("Task", "IN_PROGRESS" → "In progress"), for a refusal or a conflict; undefined when it has none. */
export function statusLabel(recordType: string, status: string): string | undefined {
  return (RECORD_STATUS_LABELS as Record<string, Record<string, string>[] | undefined>)[recordType]?.map((labels) => labels[status]).find((words) => words !== undefined);
}

/** "5", "5 and 7", "5, 7 and 9". */
export function listInWords(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The start of a person's text for a message: whole words up to `max` characters, then an ellipsis. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1).replace(/\s+\S*$/, '');
  return `${cut || flat.slice(0, max)}…`;
}

/** A record type's words; an unknown one (an older name) is spelled out from its code. */
export function recordTypeLabel(type: string): string {
  return (RECORD_TYPE_LABELS as Record<string, string>)[type] ?? type.replace(/([a-z])([A-Z])/g, '$1 $2');
}

/** What each refusal is, in a few words: shown before the server's message where a code would otherwise show. */
export const ERROR_CODE_LABELS: Record<ErrorCode, string> = {
  BAD_USER_INPUT: 'Check the input',
  INVALID_TRANSITION: 'Not possible now',
  MUTATION_ID_REUSED: 'Sent twice with different content',
  UNAUTHENTICATED: 'Not signed in',
  FORBIDDEN: 'Not permitted',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Changed by someone else',
  PREREQUISITES_OPEN: 'Earlier tasks open',
  ASSIGNEE_NOT_ALLOWED: 'Cannot take this task',
  PHASE_GATE_BLOCKED: 'Phase tasks open',
  NOT_READY: 'Not ready to go live',
  SIGN_OFF_BLOCKED: 'Cannot be signed off yet',
  GO_LIVE_LOCKED: 'Already live',
  NOT_CONFIGURED: 'Not set up yet',
  ACCOUNT_LOCKED: 'Account locked',
  RATE_LIMITED: 'Too many attempts',
  MFA_REQUIRED: 'Second factor needed',
  REAUTHENTICATION_REQUIRED: 'Confirm it is you',
  QUERY_TOO_COMPLEX: 'Question too large',
  PAYLOAD_TOO_LARGE: 'Too large',
  BAD_REQUEST: 'Request not understood',
  PERSISTED_QUERY_NOT_FOUND: 'Saved query unknown',
  INTERNAL_SERVER_ERROR: 'Server error',
};

/** A refusal's words by its code; a code this version does not know (a newer server) reads as a refusal. */
export function errorCodeLabel(code: string): string {
  return (ERROR_CODE_LABELS as Record<string, string>)[code] ?? 'Refused';
}

/** Why a change waits on the device or was refused, in words: the code's words before the server's message. */
export function reasonInWords(lastError: string): string {
  const match = /^([A-Z_]+): (.*)$/s.exec(lastError);
  return match ? `${errorCodeLabel(match[1])}: ${match[2]}` : lastError;
}
