import type {
  AccountRequestStatus, CaseStatus, CcporProfile, CcporRole, Criticality, DefectSeverity, DefectStatus, DependencyKind, DependencyStatus,
  DeploymentStatus, DocumentDirection, HealthStatus, IncidentSeverity, IncidentStatus, MeetingKind, Party, Phase, RequirementCategory,
  RequirementOperator, ResponseStatus, Role, ScannerFact, ScannerVerdict, SignOffStatus, TaskKind, TaskStatus, TestArea, TestEnvironment,
  TestResultStatus, TestRunPurpose, TestRunStatus, TrainingAudience, TrainingMode, TrainingModule,
} from './enums';

// The words the app and the server show for each enum value (docs/domain.md#shared-rules), once.
// Records keyed by the enum types: a new value in the schema fails the typecheck here instead of
// showing a raw code on screen. The key order is the order of selects and filters.

// People
export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Administrator',
  COORDINATOR: 'Coordinator',
  FIELD_STAFF: 'Field staff',
  PARTNER_USER: 'Partner',
  REPORTER: 'Reporter',
};

// Deployments: the lifecycle, in order (the timeline and the phase filter rely on it)
export const PHASE_LABELS: Record<Phase, string> = {
  PLANNING: 'Planning',
  SCOPE: 'Scope',
  IMPLEMENT: 'Implement',
  GO_LIVE: 'Go-Live',
  POST_GO_LIVE: 'Post go-live',
};
export const CCPOR_PROFILE_LABELS: Record<CcporProfile, string> = {
  DATA_AND_IMAGES: 'Order data and images (CARPOS)',
  IMAGES_ONLY: 'Images only (no CARPOS)',
};
export const HEALTH_LABELS: Record<HealthStatus, string> = { ON_TRACK: 'On track', AT_RISK: 'At risk', LATE: 'Late' };
export const DEPLOYMENT_STATUS_LABELS: Record<DeploymentStatus, string> = {
  INTERESTED: 'Interested',
  COMMITTED: 'Committed',
  IN_PROGRESS: 'In progress',
  LIVE: 'Live',
  CLOSED: 'Closed',
  ON_HOLD: 'On hold',
  WITHDRAWN: 'Withdrawn',
};
export const PARTY_LABELS: Record<Party, string> = { CCPOR_TEAM: 'CCPOR team', COURT: 'Court', LEA: 'LEA', DOJ: 'CA DOJ', CCTC: 'CCTC' };

// Tasks and dependencies
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
export const TRAINING_MODE_LABELS: Record<TrainingMode, string> = { CLASSROOM: 'Classroom', REMOTE: 'Remote', RECORDED: 'Recorded' };
export const TRAINING_MODULE_LABELS: Record<TrainingModule, string> = { QUERIES: 'Queries', FULL_USE: 'Full use' };
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
