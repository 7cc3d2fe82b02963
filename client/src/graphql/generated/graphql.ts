/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a CCPOR account request stands: REQUESTED → APPROVED → ACTIVE, or REJECTED with a reason. */
export type AccountRequestStatus =
  /** The account works. */
  | 'ACTIVE'
  /** Approved; the account is being set up. */
  | 'APPROVED'
  /** Refused; the reason is recorded. */
  | 'REJECTED'
  /** Asked for; waiting for approval. */
  | 'REQUESTED';

/** Moves a deployment to the next phase through the phase gate. */
export type AdvancePhaseInput = {
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** The deployment to advance. */
  deploymentId: string | number;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
};

/** Filters for the API tokens overview; all given must match. */
export type ApiTokenFilter = {
  /** True: only tokens that still work; false: only revoked ones; omit for both. */
  active?: boolean | null | undefined;
  /** Only the tokens of this user. */
  userId?: string | number | null | undefined;
};

/** The court’s approval of close-out. */
export type ApproveCloseOutInput = {
  /** Name of the court’s approver (1 to 200 characters). */
  approvedBy: string;
  /** Role of the approver (1 to 200 characters). */
  approverRole: string;
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** The deployment, live. */
  deploymentId: string | number;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** The approver’s statement (up to 4,000 characters). */
  statement?: string | null | undefined;
};

/** Who leads and who visits a deployment. */
export type AssignDeploymentStaffInput = {
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** The coordinator (a COORDINATOR or ADMIN user); null for none. */
  coordinatorId?: string | number | null | undefined;
  /** The deployment. */
  deploymentId: string | number;
  /** The field staff (FIELD_STAFF users), the full list. */
  fieldStaffIds: Array<string | number>;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
};

/** A person attending a training session. */
export type AttendeeInput = {
  /** Full name (1 to 200 characters). */
  name: string;
  /** Their role (1 to 200 characters), e.g. "Family law clerk". */
  role: string;
};

/** Filters for the audit trail; all given must match. */
export type AuditEventFilter = {
  /** Only what someone whose name (or e-mail, for failed sign-ins) contains this text did. */
  actor?: string | null | undefined;
  /** Only changes of this deployment and of the records that belong to it (tasks, runs, sign-offs…). */
  deploymentId?: string | number | null | undefined;
  /** Only this record: its id, or the SHA-256 of a file. */
  entityId?: string | number | null | undefined;
  /** Only this type of record, e.g. Task. */
  entityType?: string | null | undefined;
  /** At or after this instant. */
  from?: string | null | undefined;
  /** Only changes or only security events. */
  kind?: AuditKind | null | undefined;
  /** Only this operation, e.g. completeTask or SIGN_IN_FAILED. */
  operation?: string | null | undefined;
  /** Before this instant. */
  to?: string | null | undefined;
  /** Only what this user did. */
  userId?: string | number | null | undefined;
};

/** A change of a record, or a security event. */
export type AuditKind =
  /** A record was created, changed or deleted (written in the same transaction). */
  | 'CHANGE'
  /** A sign-in, a failure, a lockout, a token created or revoked, or a permission denied. */
  | 'SECURITY';

/** What kind of thing blocks go-live. */
export type BlockerCode =
  /** The latest ACCEPTANCE run is not PASSED. */
  | 'ACCEPTANCE_RUN_NOT_PASSED'
  /** A CCPOR account request is neither ACTIVE nor REJECTED. */
  | 'ACCOUNT_NOT_ACTIVE'
  /** A CRITICAL or MAJOR defect is neither VERIFIED nor WONT_FIX. */
  | 'DEFECT_OPEN'
  /** An applicable onboarding dependency is not MET. */
  | 'DEPENDENCY_NOT_MET'
  /** No ACCEPTANCE test run has been started. */
  | 'NO_ACCEPTANCE_RUN'
  /** The Go-Live Readiness Checklist has not been accepted. */
  | 'READINESS_CHECKLIST_NOT_ACCEPTED'
  /** The court, a participating LEA or the CCPOR team has not signed off the latest ACCEPTANCE run. */
  | 'SIGN_OFF_MISSING'
  /** A sign-off of the latest ACCEPTANCE run is STALE: the party must sign again. */
  | 'SIGN_OFF_STALE'
  /** CCPOR training has not been held. */
  | 'TRAINING_NOT_HELD';

/** A case's status in a run: its latest attempt's, or UNTESTED before any. */
export type CaseStatus =
  /** The latest attempt was blocked. */
  | 'BLOCKED'
  /** The latest attempt failed. */
  | 'FAILED'
  /** Does not apply to this court. */
  | 'NOT_APPLICABLE'
  /** The latest attempt passed. */
  | 'PASSED'
  /** The latest attempt asks for a re-test. */
  | 'RETEST'
  /** No attempt yet. */
  | 'UNTESTED';

/** How a court uses CCPOR, which decides whether CLETS/CARPOS work applies. */
export type CcporProfile =
  /** Order data and images, transmitted to CARPOS through the CCPOR gateway. */
  | 'DATA_AND_IMAGES'
  /** Order images only; CLETS/CARPOS work is not applicable. */
  | 'IMAGES_ONLY';

/** The role a person gets in CCPOR itself. */
export type CcporRole =
  /** Manages the court’s or agency’s CCPOR users. */
  | 'ADMINISTRATOR'
  /** Scans, adds, modifies, serves and cancels orders, and reads DOJ messages. */
  | 'COURT'
  /** Searches and views orders. */
  | 'QUERY_ONLY'
  /** Court user who also oversees the work of others. */
  | 'SUPERVISOR';

/** Approves, activates or rejects an account request. */
export type ChangeAccountRequestStatusInput = {
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Why it is rejected (3 to 500 characters); required with REJECTED. */
  reason?: string | null | undefined;
  /** The request. */
  requestId: string | number;
  /** APPROVED (from REQUESTED), ACTIVE (from APPROVED) or REJECTED (from either, with a reason). */
  status: AccountRequestStatus;
};

/** A change of a deployment’s status (LIVE and CLOSED have their own actions). */
export type ChangeDeploymentStatusInput = {
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** The deployment. */
  deploymentId: string | number;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** The new status: INTERESTED, COMMITTED, IN_PROGRESS, ON_HOLD or WITHDRAWN. */
  status: DeploymentStatus;
};

/** A new password for the signed-in person, who confirmed who they are (confirmIdentity) in the last 5 minutes. */
export type ChangePasswordInput = {
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** The new password: at least 12 characters, not a common one. */
  newPassword: string;
};

/** Sets a new password with a one-time link from an administrator. */
export type CompletePasswordResetInput = {
  /** The new password: at least 12 characters, not a common one. */
  newPassword: string;
  /** The token of the link. */
  token: string;
};

/** Proves again who the signed-in person is, before a change to how they sign in. */
export type ConfirmIdentityInput = {
  /** Your password. */
  password: string;
  /** The 6-digit code of your authenticator app: required when you use one. */
  totpCode?: string | null | undefined;
};

/** Confirms two-factor enrolment with a code from the new secret. */
export type ConfirmMfaEnrolmentInput = {
  /** The 6-digit code the authenticator app shows. */
  code: string;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
};

/** How a person resolved a conflict. */
export type ConflictResolution =
  /** The refused values were applied over the server’s. */
  | 'KEEP_MINE'
  /** Values merged field by field by the person were applied. */
  | 'MERGE'
  /** The server’s values were kept; the refused ones were dropped. */
  | 'TAKE_THEIRS';

/** Whether a person has resolved a conflict yet. */
export type ConflictStatus =
  /** Waiting for a person to keep theirs, take the server’s or merge. */
  | 'OPEN'
  /** Resolved by a later mutation. */
  | 'RESOLVED';

/** A new personal API token for a reporting tool. */
export type CreateApiTokenInput = {
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** What it is for (3 to 100 characters), e.g. "Power BI portfolio". */
  name: string;
};

/** A new deployment of a court onto CCPOR. */
export type CreateDeploymentInput = {
  /** The coordinator who leads it (a COORDINATOR or ADMIN user); omit for none. */
  coordinatorId?: string | number | null | undefined;
  /** The court being deployed. */
  courtId: string | number;
  /** The field staff assigned to its site visits (FIELD_STAFF users). */
  fieldStaffIds?: Array<string | number>;
  /** Law-enforcement agencies taking part with the court. */
  leaIds?: Array<string | number>;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Target go-live date; today or later. */
  targetGoLive: string;
  /** Deployment wave, 1 to 99. */
  wave?: number | null | undefined;
};

/** Starts a draft of the next lifecycle template version, a copy of the current published one. */
export type CreateLifecycleTemplateDraftInput = {
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Name of the new version; omit to keep the current one’s. */
  name?: string | null | undefined;
};

/** A new user account. */
export type CreateUserInput = {
  /** Name shown to others (2 to 200 characters). */
  displayName: string;
  /** E-mail address (the sign-in name). */
  email: string;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** The court or LEA of a PARTNER_USER (required for that role only). */
  organizationId?: string | number | null | undefined;
  /** What the person may do. */
  role: Role;
};

/** How much a test case matters to go-live. */
export type Criticality =
  /** Go-live and sign-off wait until it passes (or does not apply). */
  | 'CRITICAL'
  /** Must pass for the acceptance run to pass. */
  | 'MAJOR'
  /** Must pass for the acceptance run to pass; never blocks a sign-off by itself. */
  | 'MINOR';

/** How bad a defect is. CRITICAL and MAJOR defects block sign-off and go-live until VERIFIED or WONT_FIX. */
export type DefectSeverity =
  /** The court cannot work with CCPOR (e.g. orders not saved or not transmitted). */
  | 'CRITICAL'
  /** An important function is wrong and has no acceptable workaround. */
  | 'MAJOR'
  /** Cosmetic, or with an acceptable workaround. */
  | 'MINOR';

/** Progress of a defect: OPEN → FIXED → VERIFIED (by a re-test), or WONT_FIX with a reason. */
export type DefectStatus =
  /** A fix is in a build; waiting for a re-test to verify it. */
  | 'FIXED'
  /** Raised and not fixed yet. */
  | 'OPEN'
  /** A re-test confirmed the fix. */
  | 'VERIFIED'
  /** Accepted as it is; the reason is recorded. */
  | 'WONT_FIX';

/** An onboarding dependency every deployment has. */
export type DependencyKind =
  /** Connectivity to the CCTC datacenter. */
  | 'CCTC_CONNECTIVITY'
  /** CA DOJ CLETS/CARPOS registration and approval through the CCPOR gateway. */
  | 'DOJ_CLETS_CARPOS'
  /** Infrastructure / security / network capacity assessment. */
  | 'INFRASTRUCTURE_ASSESSMENT'
  /** Resource planning. */
  | 'RESOURCE_PLANNING'
  /** Scanner set-up. */
  | 'SCANNER_SETUP'
  /** Training & testing. */
  | 'TRAINING_TESTING'
  /** User & court profiles and access. */
  | 'USER_PROFILES_ACCESS';

/** Progress of an onboarding dependency. */
export type DependencyStatus =
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Satisfied. */
  | 'MET'
  /** Does not apply (e.g. CLETS/CARPOS for an images-only court); the reason is kept. */
  | 'NOT_APPLICABLE'
  /** Nothing has happened yet. */
  | 'NOT_STARTED'
  /** Waiting on a named party. */
  | 'WAITING';

/** Filters for lists of deployments; all given filters must match. */
export type DeploymentFilter = {
  /** Only courts of these counties, e.g. "Fresno". */
  county?: Array<string> | null | undefined;
  /** Target go-live on or after this date. */
  goLiveFrom?: string | null | undefined;
  /** Target go-live on or before this date. */
  goLiveTo?: string | null | undefined;
  /** Only these health statuses (as of today). */
  health?: Array<HealthStatus> | null | undefined;
  /** Only these phases. */
  phase?: Array<Phase> | null | undefined;
  /** Only these statuses. */
  status?: Array<DeploymentStatus> | null | undefined;
  /** Only these waves. */
  wave?: Array<number> | null | undefined;
  /** Went live on or after this date. */
  wentLiveFrom?: string | null | undefined;
  /** Went live on or before this date. */
  wentLiveTo?: string | null | undefined;
};

/** Where a court's onboarding stands as a whole. */
export type DeploymentStatus =
  /** Close-out approved; the deployment is complete. */
  | 'CLOSED'
  /** The court has committed to deploy. */
  | 'COMMITTED'
  /** The court has expressed interest. */
  | 'INTERESTED'
  /** Implementation is under way. */
  | 'IN_PROGRESS'
  /** The court went live on CCPOR. */
  | 'LIVE'
  /** Paused; the schedule still stands. */
  | 'ON_HOLD'
  /** The court withdrew; nothing more will happen. */
  | 'WITHDRAWN';

/** Whether the CCPOR team sent the document or received it from the court or LEA. */
export type DocumentDirection =
  /** Returned by the court or LEA. */
  | 'RECEIVED'
  /** Sent by the CCPOR team. */
  | 'SENT';

/** Takes a deployment live, when its readiness is GO, settling every task still open before go-live. */
export type GoLiveInput = {
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** The deployment. */
  deploymentId: string | number;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Every task still open before go-live, each completed or waived; going live is refused while one is left out. */
  tasks?: Array<GoLiveTaskInput>;
};

/** What going live does with a task still open before go-live. */
export type GoLiveTaskAction =
  /** It was done: complete it. */
  | 'COMPLETE'
  /** It is not needed: waive it, with the reason. */
  | 'WAIVE';

/** A task still open before go-live, and what going live does with it. */
export type GoLiveTaskInput = {
  /** COMPLETE or WAIVE. */
  action: GoLiveTaskAction;
  /** The version of the task the person saw; a task changed since answers CONFLICT. */
  baseVersion?: number | null | undefined;
  /** Why the task is not needed (3 to 500 characters): required to waive. */
  reason?: string | null | undefined;
  /** The open task. */
  taskId: string | number;
};

/** Why a deployment has the health it has. */
export type HealthReasonCode =
  /** Dependencies more than 7 days past due (LATE). */
  | 'DEPENDENCIES_LATE'
  /** Open dependencies past their due date (AT_RISK). */
  | 'DEPENDENCIES_PAST_DUE'
  /** Dependencies waiting on a party for more than 30 days (AT_RISK). */
  | 'DEPENDENCIES_WAITING_LONG'
  /** The target go-live date has passed and the court has not gone live (LATE). */
  | 'GO_LIVE_PASSED'
  /** The current phase was entered later than it should begin (AT_RISK). */
  | 'PHASE_WINDOW_TOO_SHORT'
  /** Required tasks more than 7 days past due (LATE). */
  | 'TASKS_LATE'
  /** Open tasks past their due date (AT_RISK). */
  | 'TASKS_PAST_DUE';

/** Health of a deployment, derived from today’s date (California time). */
export type HealthStatus =
  /** Something is past due, the current phase’s window is too short, or a dependency has waited over 30 days. */
  | 'AT_RISK'
  /** Go-live passed without going live, or required work is more than 7 days past due. */
  | 'LATE'
  /** Nothing is past due. */
  | 'ON_TRACK';

/** A CSV file of existing deployments to import. */
export type ImportDeploymentsInput = {
  /** The CSV text: a header row with court, go-live, phase, status, wave and LEAs columns, then one row per court (at most 500 rows, 200,000 characters). */
  csv: string;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
};

/** How bad an incident after go-live is. Open SEV1 and SEV2 incidents hold back close-out. */
export type IncidentSeverity =
  /** CCPOR unusable for the court or LEAs (e.g. orders cannot be entered or found). */
  | 'SEV1'
  /** A major function is down or wrong without a workaround (e.g. CARPOS transmission failing). */
  | 'SEV2'
  /** A function is impaired with a workaround. */
  | 'SEV3'
  /** Minor or cosmetic; a question. */
  | 'SEV4';

/** Progress of an incident. */
export type IncidentStatus =
  /** Confirmed resolved by the reporter; final. */
  | 'CLOSED'
  /** Being worked on. */
  | 'INVESTIGATING'
  /** Reported, not yet looked at. */
  | 'OPEN'
  /** Resolved; the resolution says how. */
  | 'RESOLVED';

/** The swim lane of the process diagram a task sits in. */
export type Lane =
  /** Work of the CCPOR team. */
  | 'CCPOR_TEAM'
  /** Work of the court and its law-enforcement agencies. */
  | 'COURT_AND_LEA';

/** Marks my notifications read up to an instant. */
export type MarkNotificationsReadInput = {
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Everything at or before this instant becomes read (usually the newest notification shown). The marker never moves back. */
  upTo: string;
};

/** Which meeting of the process. */
export type MeetingKind =
  /** Review of onboarding dependencies. */
  | 'DEPENDENCY_REVIEW'
  /** Introduction & overview meeting. */
  | 'INTRODUCTION'
  /** Deployment kick-off meeting. */
  | 'KICK_OFF'
  /** Management awareness briefing. */
  | 'MANAGEMENT_AWARENESS'
  /** Monthly meeting with interested courts and LEAs (Planning and Scope). */
  | 'MONTHLY'
  /** Any other meeting or communication. */
  | 'OTHER'
  /** Establishing the training, CAT and go-live schedules. */
  | 'SCHEDULING';

/** Moves a task’s due date by hand; the task then stays put when go-live moves. */
export type MoveTaskInput = {
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** The new due date. */
  dueDate: string;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** The task. */
  taskId: string | number;
};

/** A change that names nothing but itself: only its mutationId. */
export type MutationIdInput = {
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
};

/** What a notification is about. */
export type NotificationKind =
  /** Someone else changed records of the deployment (from the audit trail). */
  | 'CHANGED'
  /** Someone mentioned me in a comment I may read. */
  | 'MENTIONED'
  /** An open task passed its due date. */
  | 'OVERDUE';

/** Who owns a piece of work or is being waited on. */
export type Party =
  /** The CCPOR team of the Judicial Council. */
  | 'CCPOR_TEAM'
  /** The California Courts Technology Center datacenter. */
  | 'CCTC'
  /** The superior court being deployed. */
  | 'COURT'
  /** The California Department of Justice (CLETS / CARPOS). */
  | 'DOJ'
  /** A participating law-enforcement agency, e.g. the county sheriff. */
  | 'LEA';

/** A phase of the CCPOR deployment lifecycle, in order. */
export type Phase =
  /** Day 0: the court starts using CCPOR. */
  | 'GO_LIVE'
  /** Dependencies, accounts, training and acceptance testing; begins 30 days before go-live at the latest. */
  | 'IMPLEMENT'
  /** Awareness, questionnaires and scanner assessment; begins 90 days before go-live at the latest. */
  | 'PLANNING'
  /** After go-live: incident reporting until close-out. */
  | 'POST_GO_LIVE'
  /** Planning Guide evaluation, commitment and kick-off; begins 60 days before go-live at the latest. */
  | 'SCOPE';

/** Publishes a draft: deployments created from now on start from it. */
export type PublishLifecycleTemplateInput = {
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** The draft. */
  templateId: string | number;
};

/** A new version of the scanner requirements. */
export type PublishScannerRequirementsInput = {
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Every requirement of the new version (up to 50), in order. */
  requirements: Array<ScannerRequirementInput>;
};

/** What kind of answer a question takes, and so the JSON value of its answer. */
export type QuestionType =
  /** A calendar date: "YYYY-MM-DD". */
  | 'DATE'
  /** A repeatable group of the nested questions: an array of answer objects. */
  | 'GROUP'
  /** Any of the choices: an array of choice values. */
  | 'MULTIPLE_CHOICE'
  /** A number, within the question’s min and max, in its unit. */
  | 'NUMBER'
  /** Photos: an array of SHA-256 of files uploaded through POST /files. */
  | 'PHOTO'
  /** One of the choices: the choice’s value. */
  | 'SINGLE_CHOICE'
  /** Free text: a string of up to 5,000 characters. */
  | 'TEXT'
  /** Yes or no: a boolean. */
  | 'YES_NO';

/** Whether a deployment may go live. */
export type ReadinessStatus =
  /** Nothing blocks go-live. */
  | 'GO'
  /** At least one blocker is open; each is listed. */
  | 'NO_GO';

/** A document sent by the CCPOR team or received from the court or LEA. */
export type RecordDocumentInput = {
  /** SHA-256 of files uploaded through POST /files to attach (up to 10), e.g. a signed DOJ form. */
  attachmentShas?: Array<string>;
  /** The deployment. */
  deploymentId: string | number;
  /** Sent or received. */
  direction: DocumentDirection;
  /** Date it was sent or received. */
  exchangedOn: string;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Reference, e.g. a DOJ form number (up to 200 characters). */
  reference?: string | null | undefined;
  /** The task this document fulfils; recording it completes the task. */
  taskId?: string | number | null | undefined;
  /** Title (3 to 200 characters), e.g. "Participation letter". */
  title: string;
};

/** A meeting of the process, planned or held. */
export type RecordMeetingInput = {
  /** SHA-256 of files uploaded through POST /files to attach (up to 10), e.g. a signed DOJ form. */
  attachmentShas?: Array<string>;
  /** Names of the attendees (up to 100). */
  attendees?: Array<string>;
  /** The deployment. */
  deploymentId: string | number;
  /** Whether it has taken place; a held meeting completes the task it fulfils. */
  held: boolean;
  /** Which meeting of the process. */
  kind: MeetingKind;
  /** Date of the meeting. */
  meetingOn: string;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Notes or minutes (up to 20,000 characters). */
  notes?: string | null | undefined;
  /** The task this meeting fulfils. Omitted: the task of the meeting’s kind (e.g. KICK_OFF → the kick-off meeting task), if any. */
  taskId?: string | number | null | undefined;
  /** Title (3 to 200 characters). */
  title: string;
};

/** One workstation and its scanner as found on-site. */
export type RecordScannerWorkstationInput = {
  /** The assessment. */
  assessmentId: string | number;
  /** Has an automatic document feeder. */
  automaticDocumentFeeder: boolean;
  /** The workstation’s browser (up to 100 characters). */
  browser?: string | null | undefined;
  /** Scans in colour. */
  colour: boolean;
  /** How the scanner is connected. */
  connection: ScannerConnection;
  /** Drivers installed on the workstation (may be empty). */
  drivers: Array<ScannerDriver>;
  /** Scans both sides in one pass. */
  duplex: boolean;
  /** Id chosen by the device (UUID). */
  id?: string | number | null | undefined;
  /** Which workstation (1 to 100 characters), e.g. "Family law intake 2". */
  label: string;
  /** Scanner make (1 to 100 characters). */
  make: string;
  /** Scanner model (1 to 100 characters). */
  model: string;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Notes (up to 5,000 characters). */
  notes?: string | null | undefined;
  /** The workstation’s operating system (up to 100 characters). */
  operatingSystem?: string | null | undefined;
  /** Optical resolution in dpi (50 to 10,000). */
  opticalResolutionDpi: number;
  /** SHA-256 of each photo, uploaded first through POST /files (up to 20). */
  photoShas?: Array<string>;
  /** The CCPOR scan profile (300 dpi, black and white, PDF) is set. */
  scanProfileSet?: boolean;
  /** Serial number (up to 100 characters). */
  serialNumber?: string | null | undefined;
  /** Outcome of the test scan. */
  testScanOutcome?: TestScanOutcome;
};

/** One attempt at a test case of a run. */
export type RecordTestResultInput = {
  /** What actually happened (1 to 4,000 characters); required when FAILED. */
  actualResult?: string | null | undefined;
  /** CCPOR build or release tested (up to 100 characters). */
  build?: string | null | undefined;
  /** The test case, of the plan version the run follows. */
  caseId: string | number;
  /** Id for the attempt, generated by the device (UUID); the server makes one when omitted. */
  id?: string | number | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Notes (1 to 4,000 characters); required when BLOCKED or NOT_APPLICABLE, saying why. */
  notes?: string | null | undefined;
  /** SHA-256 (hex) of each photo uploaded through POST /files; at most 10. */
  photos?: Array<string>;
  /** The run. */
  runId: string | number;
  /** Outcome of the attempt. */
  status: TestResultStatus;
  /** When the attempt was carried out; the server’s time when omitted. At most an hour ahead of the server. */
  testedAt?: string | null | undefined;
  /** Who carried out the attempt (1 to 200 characters). */
  tester: string;
};

/** Many attempts of one run, as a device syncs them: each item is applied at most once by its own mutationId, and answered on its own. */
export type RecordTestResultsInput = {
  /** The attempts, in the order they were made; 1 to 1000. */
  results: Array<TestResultItemInput>;
  /** The run. */
  runId: string | number;
};

/** Records that a planned training session took place. */
export type RecordTrainingHeldInput = {
  /** Who actually attended; omit if everyone expected did. */
  attendees?: Array<AttendeeInput> | null | undefined;
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** Date it took place; not in the future. */
  heldOn: string;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Notes (up to 5,000 characters); omit to keep. */
  notes?: string | null | undefined;
  /** The session. */
  sessionId: string | number;
};

/** Filters every report accepts; all given must match. They select deployments, and a report counts what belongs to them. */
export type ReportFilter = {
  /** Only courts of these counties, e.g. "Fresno". */
  county?: Array<string> | null | undefined;
  /** Dependency reports only: dependencies of these kinds. */
  dependencyKind?: Array<DependencyKind> | null | undefined;
  /** Target go-live on or after this date. */
  goLiveFrom?: string | null | undefined;
  /** Target go-live on or before this date. */
  goLiveTo?: string | null | undefined;
  /** Only these health statuses (as of today). */
  health?: Array<HealthStatus> | null | undefined;
  /** Only these phases. */
  phase?: Array<Phase> | null | undefined;
  /** Only these statuses. */
  status?: Array<DeploymentStatus> | null | undefined;
  /** Dependency reports only: dependencies waiting on these parties. */
  waitingOn?: Array<Party> | null | undefined;
  /** Only these waves. */
  wave?: Array<number> | null | undefined;
  /** Went live on or after this date. */
  wentLiveFrom?: string | null | undefined;
  /** Went live on or before this date. */
  wentLiveTo?: string | null | undefined;
};

/** An incident reported after go-live. */
export type ReportIncidentInput = {
  /** The deployment, live. */
  deploymentId: string | number;
  /** What happened (3 to 4,000 characters). */
  description: string;
  /** Id for the incident, generated by the device (UUID); the server makes one when omitted. */
  id?: string | number | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** When it was reported; now when omitted. */
  reportedAt?: string | null | undefined;
  /** Who reported it (1 to 200 characters). */
  reportedBy: string;
  /** How bad it is. */
  severity: IncidentSeverity;
};

/** A request for a CCPOR account for a person of the court or a participating LEA. */
export type RequestAccountInput = {
  /** Role in CCPOR. */
  ccporRole: CcporRole;
  /** The deployment. */
  deploymentId: string | number;
  /** E-mail address the account is sent to. */
  email: string;
  /** Id chosen by the device (UUID). */
  id?: string | number | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** The court or participating LEA the person works for. */
  organizationId: string | number;
  /** Full name (1 to 200 characters). */
  personName: string;
  /** Whether the account sees sealed orders. */
  sealedOrders?: boolean;
};

/** What missing a scanner requirement costs: a new scanner, or set-up work. */
export type RequirementCategory =
  /** Set-up of the scanner or workstation; missing it means configuring it. */
  | 'CONFIGURATION'
  /** A property of the device; missing it means replacing the scanner. */
  | 'HARDWARE';

/** How a requirement tests its fact. */
export type RequirementOperator =
  /** The fact (or, for a list, any of its items) is one of `anyOf`. */
  | 'ANY_OF'
  /** A number fact is at least `minimum`. */
  | 'AT_LEAST'
  /** A yes/no fact is yes. */
  | 'IS_TRUE';

/** A new target go-live date. */
export type RescheduleGoLiveInput = {
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** The deployment to reschedule. */
  deploymentId: string | number;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** New target go-live date; today or later. */
  targetGoLive: string;
};

/** A person’s resolution of a conflict, based on the record’s current version. */
export type ResolveConflictInput = {
  /** The record’s current version (conflict.serverVersion, or later if it moved on since). */
  baseVersion: number;
  /** The open conflict. */
  conflictId: string | number;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Keep mine (apply the refused values), take theirs (keep the server’s), or merge. */
  resolution: ConflictResolution;
  /** With MERGE only: the merged values, by field, of fields the refused update carried. */
  values?: unknown;
};

/** Where a questionnaire response stands. */
export type ResponseStatus =
  /** Accepted; completes the task the questionnaire fulfils. */
  | 'ACCEPTED'
  /** Being filled in; saved partially any number of times. */
  | 'DRAFT'
  /** Returned with comments, to be corrected and submitted again. */
  | 'RETURNED'
  /** Every answer validated; waiting for review by the CCPOR team. */
  | 'SUBMITTED';

/** A review of a submitted response. */
export type ReviewResponseInput = {
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** Comments for the court (3 to 5,000 characters); required to return a response. */
  comment?: string | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** The response. */
  responseId: string | number;
};

/** Revokes an API token: one of yours, or anyone’s for an administrator. */
export type RevokeApiTokenInput = {
  /** The token. */
  apiTokenId: string | number;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
};

/** What a person may do in CCPOR Deploy (docs/security.md#roles). */
export type Role =
  /** Everything, including users, templates and scanner requirements. */
  | 'ADMIN'
  /** CCPOR team: plans, reschedules, advances and takes courts live. */
  | 'COORDINATOR'
  /** CCPOR field staff: site visits of their assigned deployments. */
  | 'FIELD_STAFF'
  /** A person of one court or LEA: their organization’s deployments only. */
  | 'PARTNER_USER'
  /** Read-only across all deployments, without contact details. */
  | 'REPORTER';

/** The whole task list of a draft template, replacing the one it had. */
export type SaveLifecycleTemplateDraftInput = {
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Name of the version (2 to 200 characters). */
  name: string;
  /** The tasks, in order. */
  tasks: Array<TemplateTaskInput>;
  /** The draft. */
  templateId: string | number;
};

/** Saves answers to a DRAFT or RETURNED response (it becomes DRAFT). */
export type SaveResponseInput = {
  /** Answers to change, keyed by question key; a key set to null clears its answer; keys left out keep theirs. */
  answers: unknown;
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** The response. */
  responseId: string | number;
};

/** The whole content of the CAT plan draft: its name and its cases in order. */
export type SaveTestPlanDraftInput = {
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** Every case, in plan order (1 to 200): this list replaces the draft’s cases. */
  cases: Array<TestCaseDraftInput>;
  /** The draft. */
  draftId: string | number;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Name of the plan (3 to 200 characters). */
  name: string;
};

/** Whether the assessment of a location is still being recorded. */
export type ScannerAssessmentStatus =
  /** Every workstation of the location has been assessed. */
  | 'COMPLETED'
  /** Workstations are still being recorded. */
  | 'IN_PROGRESS';

/** How a scanner is connected to its workstation. */
export type ScannerConnection =
  /** On the network. */
  | 'NETWORK'
  /** Anything else, e.g. SCSI or FireWire on older scanners. */
  | 'OTHER'
  /** USB cable to the workstation. */
  | 'USB';

/** A scanner driver standard installed on the workstation. */
export type ScannerDriver =
  /** ISIS driver. */
  | 'ISIS'
  /** TWAIN driver. */
  | 'TWAIN'
  /** Windows Image Acquisition driver. */
  | 'WIA';

/** A recorded fact of a workstation’s scanner that a requirement tests. */
export type ScannerFact =
  /** Has an automatic document feeder (yes/no). */
  | 'AUTOMATIC_DOCUMENT_FEEDER'
  /** Scans in colour (yes/no). */
  | 'COLOUR'
  /** Connection (a ScannerConnection). */
  | 'CONNECTION'
  /** Drivers installed (a list of ScannerDriver). */
  | 'DRIVERS'
  /** Scans both sides in one pass (yes/no). */
  | 'DUPLEX'
  /** Optical resolution in dpi (a number). */
  | 'OPTICAL_RESOLUTION_DPI'
  /** The CCPOR scan profile is set (yes/no). */
  | 'SCAN_PROFILE_SET'
  /** Outcome of the test scan (a TestScanOutcome). */
  | 'TEST_SCAN_OUTCOME';

/** One scanner requirement of a version about to be published. */
export type ScannerRequirementInput = {
  /** The values allowed (ANY_OF only). */
  anyOf?: Array<string> | null | undefined;
  /** HARDWARE (a miss means replacing the scanner) or CONFIGURATION. */
  category: RequirementCategory;
  /** What is required, for people (3 to 300 characters). */
  description: string;
  /** The recorded fact it tests. */
  fact: ScannerFact;
  /** Stable key in upper case, e.g. OPTICAL_RESOLUTION. */
  key: string;
  /** The least value allowed (AT_LEAST only). */
  minimum?: number | null | undefined;
  /** How it tests the fact. */
  operator: RequirementOperator;
};

/** Whether a workstation’s scanner will do for CCPOR, against the scanner requirements. */
export type ScannerVerdict =
  /** Every requirement is met. */
  | 'MEETS'
  /** Only configuration requirements are missed: set it up. */
  | 'NEEDS_CONFIGURATION'
  /** A hardware requirement is missed: the scanner must be replaced. */
  | 'REPLACE';

/** A training session to schedule. */
export type ScheduleTrainingInput = {
  /** Expected attendees with their roles (up to 200). */
  attendees?: Array<AttendeeInput>;
  /** Who it is for. */
  audience: TrainingAudience;
  /** The deployment. */
  deploymentId: string | number;
  /** Id chosen by the device (UUID). */
  id?: string | number | null | undefined;
  /** How it is given. */
  mode: TrainingMode;
  /** What it covers. */
  module: TrainingModule;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Notes (up to 5,000 characters). */
  notes?: string | null | undefined;
  /** Date it is scheduled for. */
  scheduledOn: string;
  /** Who gives it (1 to 200 characters). */
  trainer: string;
};

/** Sets a court's CCPOR profile; its deployments not yet live follow at once. */
export type SetCourtProfileInput = {
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** The court. */
  courtId: string | number;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** DATA_AND_IMAGES or IMAGES_ONLY. */
  profile: CcporProfile;
};

/** Credentials for signing in. */
export type SignInInput = {
  /** E-mail address. */
  email: string;
  /** Password. */
  password: string;
  /** A recovery code, instead of the 6-digit code. */
  recoveryCode?: string | null | undefined;
  /** The 6-digit code of the authenticator app, when asked for (MFA_REQUIRED). */
  totpCode?: string | null | undefined;
};

/** A party’s sign-off of a CAT run. */
export type SignOffRunInput = {
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** The LEA signing (required for LEA); for COURT it may be omitted; none for CCPOR_TEAM. */
  organizationId?: string | number | null | undefined;
  /** COURT, LEA or CCPOR_TEAM. */
  party: Party;
  /** The run. */
  runId: string | number;
  /** Name of the person signing (1 to 200 characters). */
  signerName: string;
  /** Role of the person signing (1 to 200 characters). */
  signerRole: string;
  /** What the party states by signing (3 to 4,000 characters). */
  statement: string;
};

/** Whether what a signer saw still holds. */
export type SignOffStatus =
  /** No attempt or defect change since signing alters what the signer saw. */
  | 'CURRENT'
  /** A later attempt or defect change altered the basis: the party must sign again. */
  | 'STALE';

/** Starts a deployment’s response to the latest version of a questionnaire. */
export type StartResponseInput = {
  /** First answers, keyed by question key (checked as a draft). */
  answers?: unknown;
  /** The deployment. */
  deploymentId: string | number;
  /** Filled in with the court during an on-site visit. */
  filledOnSite?: boolean;
  /** Id chosen by the device (UUID). */
  id?: string | number | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Which questionnaire, e.g. BUSINESS_OPERATION. */
  questionnaireKey: string;
};

/** Starts the scanner assessment of one location of a deployment’s court. */
export type StartScannerAssessmentInput = {
  /** Date of the visit; not in the future. */
  assessedOn: string;
  /** The deployment. */
  deploymentId: string | number;
  /** Id chosen by the device (UUID), so that offline changes can name the assessment before it syncs. */
  id?: string | number | null | undefined;
  /** The court location (courthouse) assessed. */
  locationId: string | number;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Notes on the location (up to 5,000 characters). */
  notes?: string | null | undefined;
};

/** Starts the draft of the next CAT plan version. */
export type StartTestPlanDraftInput = {
  /** The published version to copy; omit for the latest published. */
  fromVersion?: number | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
};

/** Starts a CAT run of a deployment on the latest published plan. */
export type StartTestRunInput = {
  /** The deployment to test. */
  deploymentId: string | number;
  /** The environment tested. */
  environment: TestEnvironment;
  /** Id for the run, generated by the device (UUID); the server makes one when omitted. */
  id?: string | number | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** REHEARSAL or ACCEPTANCE. */
  purpose: TestRunPurpose;
};

/** Submits a response for review; every answer is validated against its question. */
export type SubmitResponseInput = {
  /** Last changes to the answers, as in saveResponse. */
  answers?: unknown;
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** The response. */
  responseId: string | number;
};

/** A change of one task’s progress. */
export type TaskActionInput = {
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** The task. */
  taskId: string | number;
};

/** The kind of activity, from the process diagram's legend. */
export type TaskKind =
  /** Work the court or LEA does. */
  | 'COURT_ACTIVITY'
  /** A document sent by the CCPOR team. */
  | 'DOCUMENT'
  /** A meeting, communication or information. */
  | 'MEETING'
  /** Go-live itself. */
  | 'MILESTONE'
  /** A response returned by the court or LEA. */
  | 'RESPONSE';

/** Progress of a task. */
export type TaskStatus =
  /** Completed. */
  | 'DONE'
  /** Started, or completed automatically while prerequisites are still open. */
  | 'IN_PROGRESS'
  /** Does not apply to this court's profile. */
  | 'NOT_APPLICABLE'
  /** Not started. */
  | 'OPEN'
  /** Not needed for this deployment; a reason is recorded. */
  | 'WAIVED';

/** One task of a draft template; its number is its position in the list (1-based). */
export type TemplateTaskInput = {
  /** Stable key, upper-case letters, digits and underscores, e.g. SCANNER_ASSESSMENT. */
  key: string;
  /** Kind of activity. */
  kind: TaskKind;
  /** Due date in days from go-live (negative: before), -365 to 365. */
  offsetDays: number;
  /** Party that owns the task; the lane follows from it. */
  party: Party;
  /** Phase the task belongs to. */
  phase: Phase;
  /** Numbers (positions) of earlier tasks that must be done first. */
  prerequisiteNumbers: Array<number>;
  /** Whether the phase gate waits for this task. */
  required: boolean;
  /** What the task is (2 to 200 characters). */
  title: string;
};

/** The part of CCPOR a test case exercises. */
export type TestArea =
  /** The history of who did what to an order. */
  | 'AUDIT'
  /** Transmission to CA DOJ CARPOS through the CCPOR gateway. */
  | 'CARPOS_TRANSMISSION'
  /** CARPOS acknowledgements and rejections in the DOJ message queue. */
  | 'DOJ_MESSAGES'
  /** Modifying, extending and terminating orders. */
  | 'MODIFICATION_TERMINATION'
  /** Entering protective orders (DV-110, CH-110, EA-110, GV-110, WV-110, …). */
  | 'ORDER_ENTRY'
  /** Printing order images and summaries. */
  | 'PRINTING'
  /** Recording proof of service. */
  | 'PROOF_OF_SERVICE'
  /** Scanning order images and attaching them to orders. */
  | 'SCANNING_ATTACHMENT'
  /** Finding orders and viewing their images. */
  | 'SEARCH'
  /** Sign-in, CCPOR roles and sealed-order visibility. */
  | 'USER_ACCESS';

/** One case of a CAT plan draft. */
export type TestCaseDraftInput = {
  /** Area of CCPOR exercised. */
  area: TestArea;
  /** How much the case matters to go-live. */
  criticality: Criticality;
  /** What the tester should see (3 to 2,000 characters). */
  expectedResult: string;
  /** Stable key, e.g. "OE-01" (letters, digits and dashes, up to 20), unique in the plan. */
  key: string;
  /** What must be true before the steps start (up to 2,000 characters). */
  preconditions?: string;
  /** Needs transmission to CARPOS (NOT_APPLICABLE for an IMAGES_ONLY court). */
  requiresCarpos?: boolean;
  /** The steps, in order (1 to 30, each 1 to 500 characters). */
  steps: Array<string>;
  /** What the case tests (3 to 200 characters). */
  title: string;
};

/** The CCPOR environment a test run exercises. */
export type TestEnvironment =
  /** Production, with test orders, just before go-live. */
  | 'PRODUCTION'
  /** The CCPOR test environment, connected to the DOJ CARPOS test system. */
  | 'TEST'
  /** The CCPOR training environment. */
  | 'TRAINING';

/** Publishes or discards the CAT plan draft. */
export type TestPlanDraftActionInput = {
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** The draft. */
  draftId: string | number;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
};

/** One attempt at a test case, as a device records it. Kept small: 500 fit in one request. */
export type TestResultItemInput = {
  /** What actually happened (1 to 4,000 characters); required when FAILED. */
  actualResult?: string | null | undefined;
  /** CCPOR build or release tested (up to 100 characters). */
  build?: string | null | undefined;
  /** The test case, of the plan version the run follows. */
  caseId: string | number;
  /** Id for the attempt, generated by the device (UUID); the server makes one when omitted. */
  id?: string | number | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Notes (1 to 4,000 characters); required when BLOCKED or NOT_APPLICABLE, saying why. */
  notes?: string | null | undefined;
  /** SHA-256 (hex) of each photo uploaded through POST /files; at most 10. */
  photos?: Array<string>;
  /** Outcome of the attempt. */
  status: TestResultStatus;
  /** When the attempt was carried out; the server’s time when omitted. At most an hour ahead of the server. */
  testedAt?: string | null | undefined;
  /** Who carried out the attempt (1 to 200 characters). */
  tester: string;
};

/** The outcome of one attempt at a test case. */
export type TestResultStatus =
  /** The case could not be carried out; the notes say why. */
  | 'BLOCKED'
  /** Something else happened; the actual result says what. */
  | 'FAILED'
  /** Does not apply to this court; the notes say why. Counts as done. */
  | 'NOT_APPLICABLE'
  /** The expected result was seen. */
  | 'PASSED'
  /** To be tested again (e.g. after a fix). */
  | 'RETEST';

/** Why a run is held; readiness looks at the latest ACCEPTANCE run. */
export type TestRunPurpose =
  /** Court Acceptance Testing that readiness and sign-offs rely on. */
  | 'ACCEPTANCE'
  /** Practice: never counts for readiness. */
  | 'REHEARSAL';

/** Computed: FAILED if any case failed, else BLOCKED if any is blocked, else IN_PROGRESS while any is untested or to re-test, else PASSED. */
export type TestRunStatus =
  /** No case FAILED, at least one is BLOCKED. */
  | 'BLOCKED'
  /** At least one case FAILED. */
  | 'FAILED'
  /** Some cases are UNTESTED or RETEST, none FAILED or BLOCKED. */
  | 'IN_PROGRESS'
  /** Every case PASSED or is NOT_APPLICABLE. */
  | 'PASSED';

/** Outcome of a test scan of an order from the workstation. */
export type TestScanOutcome =
  /** The test scan failed or was unreadable. */
  | 'FAILED'
  /** No test scan yet. */
  | 'NOT_RUN'
  /** The test scan produced a readable image. */
  | 'PASSED';

/** Who a training session is for. */
export type TrainingAudience =
  /** The people who will use CCPOR. */
  | 'END_USERS'
  /** Court staff who will train their colleagues. */
  | 'TRAIN_THE_TRAINER';

/** How a training session is given. */
export type TrainingMode =
  /** In a room with the trainer. */
  | 'CLASSROOM'
  /** A recording the attendees watch. */
  | 'RECORDED'
  /** Live, over a video call. */
  | 'REMOTE';

/** What a training session covers. */
export type TrainingModule =
  /** Full use: scan, add, modify, serve and cancel orders, and read DOJ messages. */
  | 'FULL_USE'
  /** Querying orders only. */
  | 'QUERIES';

/** Whether a training session has taken place. */
export type TrainingStatus =
  /** Took place; completes the CCPOR training task. */
  | 'HELD'
  /** Scheduled. */
  | 'PLANNED';

/** Undoes a saved go-live move: go-live and every task and dependency still open return to their dates before it. */
export type UndoRescheduleInput = {
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** The move to undo (RescheduleReport.reschedule or Deployment.lastReschedule); baseVersion is the deployment’s. */
  rescheduleId: string | number;
};

/** A change of a defect’s status, with attempts to link (e.g. the re-test). */
export type UpdateDefectInput = {
  /** More attempts of the same run to link (up to 50). */
  attemptIds?: Array<string | number>;
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** The defect. */
  defectId: string | number;
  /** The build or release carrying the fix (up to 100 characters); omit to keep. */
  fixedInBuild?: string | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Note on the change (3 to 4,000 characters); required with WONT_FIX. */
  note?: string | null | undefined;
  /** New status (or the current one, to only add a note or attempts). WONT_FIX needs a note saying why. */
  status: DefectStatus;
};

/** A change of an onboarding dependency’s status or details. */
export type UpdateDependencyInput = {
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** The dependency. */
  dependencyId: string | number;
  /** Reference in an outside system (up to 200 characters); omit to keep. */
  externalReference?: string | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** With NOT_APPLICABLE (required): why it does not apply, kept as the dependency’s note. With another status: a note on the state, added to the dependency’s thread as a shared comment (3 to 500 characters). */
  note?: string | null | undefined;
  /** Person responsible (up to 200 characters); omit to keep. */
  owner?: string | null | undefined;
  /** New status. WAITING needs waitingOn; NOT_APPLICABLE needs a note saying why. */
  status: DependencyStatus;
  /** The party waited on (required with WAITING). */
  waitingOn?: Party | null | undefined;
};

/** Changes to a deployment’s wave or participating LEAs. */
export type UpdateDeploymentInput = {
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** The deployment to change. */
  deploymentId: string | number;
  /** The full new list of participating LEAs; omit to keep it. */
  leaIds?: Array<string | number> | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** New wave, 1 to 99; omit to keep it. */
  wave?: number | null | undefined;
};

/** A change of an incident’s status or severity. */
export type UpdateIncidentInput = {
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** The incident. */
  incidentId: string | number;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** How it was resolved (3 to 4,000 characters); required with RESOLVED. */
  resolution?: string | null | undefined;
  /** New severity; omit to keep. */
  severity?: IncidentSeverity | null | undefined;
  /** New status (or the current one). RESOLVED needs a resolution. */
  status: IncidentStatus;
};

/** Changes to an assessment’s date or notes. */
export type UpdateScannerAssessmentInput = {
  /** Date of the visit; omit to keep. */
  assessedOn?: string | null | undefined;
  /** The assessment. */
  assessmentId: string | number;
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Notes (up to 5,000 characters); omit to keep. */
  notes?: string | null | undefined;
};

/** Changes to a planned training session; omitted fields keep their value. */
export type UpdateTrainingSessionInput = {
  /** The full new list of expected attendees. */
  attendees?: Array<AttendeeInput> | null | undefined;
  /** Who it is for. */
  audience?: TrainingAudience | null | undefined;
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** How it is given. */
  mode?: TrainingMode | null | undefined;
  /** What it covers. */
  module?: TrainingModule | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Notes (up to 5,000 characters); null clears them. */
  notes?: string | null | undefined;
  /** New date. */
  scheduledOn?: string | null | undefined;
  /** The session. */
  sessionId: string | number;
  /** Who gives it (1 to 200 characters). */
  trainer?: string | null | undefined;
};

/** Changes an account’s role, organization or whether it may sign in. */
export type UpdateUserInput = {
  /** False deactivates the account and ends its sessions; omit to keep. */
  active?: boolean | null | undefined;
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** New organization (PARTNER_USER); omit to keep. */
  organizationId?: string | number | null | undefined;
  /** New role; omit to keep. */
  role?: Role | null | undefined;
  /** The user. */
  userId: string | number;
};

/** One user, by id. */
export type UserActionInput = {
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** The user. */
  userId: string | number;
};

/** Filters for users. */
export type UserFilter = {
  /** Only this role. */
  role?: Role | null | undefined;
  /** E-mail or name contains this text. */
  search?: string | null | undefined;
};

/** Waives a task that this deployment does not need. */
export type WaiveTaskInput = {
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Why the task is not needed (3 to 500 characters). */
  reason: string;
  /** The task. */
  taskId: string | number;
};

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type StartMfaEnrolmentMutationVariables = Exact<{
  input: MutationIdInput;
}>;


export type StartMfaEnrolmentMutation = { startMfaEnrolment: { secret: string | null, otpauthUri: string | null } };

export type ConfirmMfaEnrolmentMutationVariables = Exact<{
  input: ConfirmMfaEnrolmentInput;
}>;


export type ConfirmMfaEnrolmentMutation = { confirmMfaEnrolment: { codes: Array<string> | null } };

export type MyApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApiTokensQuery = { myApiTokens: Array<{ id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string | null, apiToken: { id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } };

export type ApiTokenRowFragment = { id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type ConfirmIdentityMutationVariables = Exact<{
  input: ConfirmIdentityInput;
}>;


export type ConfirmIdentityMutation = { confirmIdentity: boolean };

export type AdminUserRowFragment = { id: string, email: string, displayName: string, role: Role, active: boolean, lastSignInAt: string | null, lockedUntil: string | null, version: number, organization: { id: string, name: string } | null };

export type AdminUsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: UserFilter | null | undefined;
}>;


export type AdminUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, email: string, displayName: string, role: Role, active: boolean, lastSignInAt: string | null, lockedUntil: string | null, version: number, organization: { id: string, name: string } | null }> } };

export type PartnerOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerOrganizationsQuery = { courts: { nodes: Array<{ id: string, name: string }> }, agencies: { nodes: Array<{ id: string, name: string }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { user: { id: string, email: string, displayName: string, role: Role, active: boolean, lastSignInAt: string | null, lockedUntil: string | null, version: number, organization: { id: string, name: string } | null }, passwordLink: { url: string | null, expiresAt: string } } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, email: string, displayName: string, role: Role, active: boolean, lastSignInAt: string | null, lockedUntil: string | null, version: number, organization: { id: string, name: string } | null } };

export type UnlockUserMutationVariables = Exact<{
  input: UserActionInput;
}>;


export type UnlockUserMutation = { unlockUser: { id: string, email: string, displayName: string, role: Role, active: boolean, lastSignInAt: string | null, lockedUntil: string | null, version: number, organization: { id: string, name: string } | null } };

export type ResetPasswordMutationVariables = Exact<{
  input: UserActionInput;
}>;


export type ResetPasswordMutation = { resetPassword: { url: string | null, expiresAt: string } };

export type AdminApiTokensQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ApiTokenFilter | null | undefined;
}>;


export type AdminApiTokensQuery = { apiTokens: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, owner: { id: string, displayName: string, email: string, role: Role } }> } };

export type TemplateVersionRowFragment = { id: string, version: number, name: string, publishedAt: string | null, deploymentCount: number };

export type TemplateTaskRowFragment = { id: string, number: number, key: string, title: string, phase: Phase, party: Party, kind: TaskKind, offsetDays: number, required: boolean, prerequisiteNumbers: Array<number> };

export type LifecycleTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type LifecycleTemplatesQuery = { lifecycleTemplates: Array<{ id: string, version: number, name: string, publishedAt: string | null, deploymentCount: number }> };

export type LifecycleTemplateDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleTemplateDetailQuery = { lifecycleTemplate: { id: string, version: number, name: string, publishedAt: string | null, deploymentCount: number, tasks: Array<{ id: string, number: number, key: string, title: string, phase: Phase, party: Party, kind: TaskKind, offsetDays: number, required: boolean, prerequisiteNumbers: Array<number> }> } };

export type CreateLifecycleTemplateDraftMutationVariables = Exact<{
  input: CreateLifecycleTemplateDraftInput;
}>;


export type CreateLifecycleTemplateDraftMutation = { createLifecycleTemplateDraft: { id: string, version: number, name: string, publishedAt: string | null, deploymentCount: number, tasks: Array<{ id: string, number: number, key: string, title: string, phase: Phase, party: Party, kind: TaskKind, offsetDays: number, required: boolean, prerequisiteNumbers: Array<number> }> } };

export type SaveLifecycleTemplateDraftMutationVariables = Exact<{
  input: SaveLifecycleTemplateDraftInput;
}>;


export type SaveLifecycleTemplateDraftMutation = { saveLifecycleTemplateDraft: { id: string, version: number, name: string, publishedAt: string | null, deploymentCount: number, tasks: Array<{ id: string, number: number, key: string, title: string, phase: Phase, party: Party, kind: TaskKind, offsetDays: number, required: boolean, prerequisiteNumbers: Array<number> }> } };

export type PublishLifecycleTemplateMutationVariables = Exact<{
  input: PublishLifecycleTemplateInput;
}>;


export type PublishLifecycleTemplateMutation = { publishLifecycleTemplate: { id: string, version: number, name: string, publishedAt: string | null, deploymentCount: number } };

export type RequirementSetDetailFragment = { id: string, version: number, publishedBy: string, publishedAt: string, requirements: Array<{ key: string, category: RequirementCategory, description: string, fact: ScannerFact, operator: RequirementOperator, minimum: number | null, anyOf: Array<string> | null }>, verdictChanges: Array<{ workstationId: string, label: string, deploymentId: string, courtName: string, before: ScannerVerdict, after: ScannerVerdict }> };

export type ScannerRequirementVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScannerRequirementVersionsQuery = { scannerRequirementVersions: Array<{ id: string, version: number, publishedBy: string, publishedAt: string, requirements: Array<{ key: string, category: RequirementCategory, description: string, fact: ScannerFact, operator: RequirementOperator, minimum: number | null, anyOf: Array<string> | null }>, verdictChanges: Array<{ workstationId: string, label: string, deploymentId: string, courtName: string, before: ScannerVerdict, after: ScannerVerdict }> }> };

export type PublishScannerRequirementsMutationVariables = Exact<{
  input: PublishScannerRequirementsInput;
}>;


export type PublishScannerRequirementsMutation = { publishScannerRequirements: { id: string, version: number, publishedBy: string, publishedAt: string, requirements: Array<{ key: string, category: RequirementCategory, description: string, fact: ScannerFact, operator: RequirementOperator, minimum: number | null, anyOf: Array<string> | null }>, verdictChanges: Array<{ workstationId: string, label: string, deploymentId: string, courtName: string, before: ScannerVerdict, after: ScannerVerdict }> } };

export type AuditEventsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditEventFilter | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, at: string, kind: AuditKind, actor: string, role: string | null, operation: string, entityType: string | null, entityId: string | null, before: unknown, after: unknown, clientAddress: string | null }> } };

export type AuditDeploymentChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditDeploymentChoicesQuery = { deployments: { nodes: Array<{ id: string, court: { id: string, name: string } }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { notifications: { unreadCount: number } };

export type TestPlanDraftFieldsFragment = { id: string, basedOnVersion: number | null, name: string, version: number, updatedBy: string | null, updatedAt: string, cases: Array<{ key: string, title: string, area: TestArea, preconditions: string, steps: Array<string>, expectedResult: string, criticality: Criticality, requiresCarpos: boolean }> };

export type CatPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type CatPlansQuery = { testPlans: Array<{ id: string, version: number, name: string, publishedAt: string | null }>, testPlanDraft: { id: string, basedOnVersion: number | null, name: string, version: number, updatedBy: string | null, updatedAt: string, cases: Array<{ key: string, title: string, area: TestArea, preconditions: string, steps: Array<string>, expectedResult: string, criticality: Criticality, requiresCarpos: boolean }> } | null };

export type StartTestPlanDraftMutationVariables = Exact<{
  input: StartTestPlanDraftInput;
}>;


export type StartTestPlanDraftMutation = { startTestPlanDraft: { id: string, basedOnVersion: number | null, name: string, version: number, updatedBy: string | null, updatedAt: string, cases: Array<{ key: string, title: string, area: TestArea, preconditions: string, steps: Array<string>, expectedResult: string, criticality: Criticality, requiresCarpos: boolean }> } };

export type SaveTestPlanDraftMutationVariables = Exact<{
  input: SaveTestPlanDraftInput;
}>;


export type SaveTestPlanDraftMutation = { saveTestPlanDraft: { id: string, basedOnVersion: number | null, name: string, version: number, updatedBy: string | null, updatedAt: string, cases: Array<{ key: string, title: string, area: TestArea, preconditions: string, steps: Array<string>, expectedResult: string, criticality: Criticality, requiresCarpos: boolean }> } };

export type PublishTestPlanDraftMutationVariables = Exact<{
  input: TestPlanDraftActionInput;
}>;


export type PublishTestPlanDraftMutation = { publishTestPlanDraft: { id: string, version: number, name: string, publishedAt: string | null } };

export type DiscardTestPlanDraftMutationVariables = Exact<{
  input: TestPlanDraftActionInput;
}>;


export type DiscardTestPlanDraftMutation = { discardTestPlanDraft: boolean };

export type RunAttemptFragment = { id: string, mutationId: string | null, caseId: string, runId: string, status: TestResultStatus, actualResult: string | null, notes: string | null, tester: string, testedAt: string, photos: Array<string> };

export type RunHeadlineFragment = { id: string, deploymentId: string, purpose: TestRunPurpose, environment: TestEnvironment, startedAt: string, startedBy: string, planId: string, summary: { status: TestRunStatus, total: number, passed: number, failed: number, blocked: number, untested: number } };

export type RunDetailFragment = { id: string, deploymentId: string, purpose: TestRunPurpose, environment: TestEnvironment, startedAt: string, startedBy: string, planId: string, cases: Array<{ status: CaseStatus, testCase: { id: string, key: string, position: number, title: string, area: TestArea, criticality: Criticality, preconditions: string, steps: Array<string>, expectedResult: string, requiresCarpos: boolean }, attempts: Array<{ id: string, mutationId: string | null, caseId: string, runId: string, status: TestResultStatus, actualResult: string | null, notes: string | null, tester: string, testedAt: string, photos: Array<string> }> }>, summary: { status: TestRunStatus, total: number, passed: number, failed: number, blocked: number, untested: number } };

export type CatRunsQueryVariables = Exact<{
  deploymentId: string | number;
}>;


export type CatRunsQuery = { deployment: { id: string, court: { id: string, name: string }, testRuns: Array<{ id: string, deploymentId: string, purpose: TestRunPurpose, environment: TestEnvironment, startedAt: string, startedBy: string, planId: string, summary: { status: TestRunStatus, total: number, passed: number, failed: number, blocked: number, untested: number } }> } };

export type TestRunDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type TestRunDetailQuery = { testRun: { id: string, deploymentId: string, purpose: TestRunPurpose, environment: TestEnvironment, startedAt: string, startedBy: string, planId: string, cases: Array<{ status: CaseStatus, testCase: { id: string, key: string, position: number, title: string, area: TestArea, criticality: Criticality, preconditions: string, steps: Array<string>, expectedResult: string, requiresCarpos: boolean }, attempts: Array<{ id: string, mutationId: string | null, caseId: string, runId: string, status: TestResultStatus, actualResult: string | null, notes: string | null, tester: string, testedAt: string, photos: Array<string> }> }>, summary: { status: TestRunStatus, total: number, passed: number, failed: number, blocked: number, untested: number } } };

export type LatestTestPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type LatestTestPlanQuery = { testPlan: { id: string, name: string, version: number, cases: Array<{ id: string }> } };

export type StartTestRunMutationVariables = Exact<{
  input: StartTestRunInput;
}>;


export type StartTestRunMutation = { startTestRun: { id: string, deploymentId: string, purpose: TestRunPurpose, environment: TestEnvironment, startedAt: string, startedBy: string, planId: string, signOffs: Array<{ id: string, party: Party, organizationId: string | null, signerName: string, signedAt: string, status: SignOffStatus }>, cases: Array<{ status: CaseStatus, testCase: { id: string, key: string, position: number, title: string, area: TestArea, criticality: Criticality, preconditions: string, steps: Array<string>, expectedResult: string, requiresCarpos: boolean }, attempts: Array<{ id: string, mutationId: string | null, caseId: string, runId: string, status: TestResultStatus, actualResult: string | null, notes: string | null, tester: string, testedAt: string, photos: Array<string> }> }>, summary: { status: TestRunStatus, total: number, passed: number, failed: number, blocked: number, untested: number } } };

export type RecordTestResultMutationVariables = Exact<{
  input: RecordTestResultInput;
}>;


export type RecordTestResultMutation = { recordTestResult: { id: string, mutationId: string | null, caseId: string, runId: string, status: TestResultStatus, actualResult: string | null, notes: string | null, tester: string, testedAt: string, photos: Array<string> } };

export type RecordTestResultsMutationVariables = Exact<{
  input: RecordTestResultsInput;
}>;


export type RecordTestResultsMutation = { recordTestResults: { applied: number, replayed: number, refused: number, results: Array<{ mutationId: string | null, replayed: boolean, attempt: { id: string, mutationId: string | null, caseId: string, runId: string, status: TestResultStatus, actualResult: string | null, notes: string | null, tester: string, testedAt: string, photos: Array<string> } | null, error: { code: string, message: string } | null }> } };

export type DefectTriageQueryVariables = Exact<{
  id: string | number;
}>;


export type DefectTriageQuery = { deployment: { id: string, court: { id: string, name: string }, defects: Array<{ id: string, title: string, description: string, severity: DefectSeverity, status: DefectStatus, note: string | null, fixedInBuild: string | null, raisedAt: string, raisedBy: string, updatedAt: string, updatedBy: string | null, version: number, run: { id: string, purpose: TestRunPurpose } }> } };

export type TriageDefectMutationVariables = Exact<{
  input: UpdateDefectInput;
}>;


export type TriageDefectMutation = { updateDefect: { id: string, status: DefectStatus, note: string | null, fixedInBuild: string | null, updatedAt: string, updatedBy: string | null, version: number } };

export type PreviewDeploymentImportQueryVariables = Exact<{
  csv: string;
}>;


export type PreviewDeploymentImportQuery = { previewDeploymentImport: { validCount: number, invalidCount: number, rows: Array<{ line: number, court: string, courtName: string | null, targetGoLive: string | null, phase: Phase | null, status: DeploymentStatus | null, wave: number | null, leaNames: Array<string>, problems: Array<{ field: string, message: string }> }> } };

export type ImportDeploymentsMutationVariables = Exact<{
  input: ImportDeploymentsInput;
}>;


export type ImportDeploymentsMutation = { importDeployments: { created: Array<{ id: string, court: { id: string, name: string } }>, skipped: Array<{ line: number, court: string }> } };

export type DeploymentWorkspaceQueryVariables = Exact<{
  id: string | number;
}>;


export type DeploymentWorkspaceQuery = { deployment: { id: string, version: number, coordinator: { id: string, displayName: string } | null, fieldStaff: Array<{ id: string, displayName: string }>, lastReschedule: { id: string, fromGoLive: string, toGoLive: string, createdAt: string, createdBy: string, undoneAt: string | null, undoneBy: string | null } | null, meetings: Array<{ id: string, kind: MeetingKind, title: string, meetingOn: string, held: boolean, attendees: Array<string>, notes: string | null, recordedBy: string, attachments: Array<{ sha256: string, fileName: string, size: number }> }>, documents: Array<{ id: string, title: string, direction: DocumentDirection, exchangedOn: string, reference: string | null, recordedBy: string, attachments: Array<{ sha256: string, fileName: string, size: number }> }>, trainingSessions: Array<{ id: string, scheduledOn: string, heldOn: string | null, status: TrainingStatus, mode: TrainingMode, module: TrainingModule, audience: TrainingAudience, trainer: string, notes: string | null, version: number, attendees: Array<{ name: string, role: string }> }>, accountRequests: Array<{ id: string, personName: string, email: string, ccporRole: CcporRole, sealedOrders: boolean, status: AccountRequestStatus, rejectionReason: string | null, version: number, organization: { id: string, name: string } }> }, deploymentReadiness: { status: ReadinessStatus, asOf: string, blockers: Array<{ code: BlockerCode, what: string, why: string, party: Party, daysOpen: number, recordType: string, recordId: string }> } };

export type DeploymentFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeploymentFormOptionsQuery = { courts: { nodes: Array<{ id: string, name: string, county: string }> }, leas: { nodes: Array<{ id: string, name: string, county: string }> }, assignableStaff: Array<{ id: string, displayName: string, role: Role }> };

export type PreviewRescheduleQueryVariables = Exact<{
  deploymentId: string | number;
  targetGoLive: string;
}>;


export type PreviewRescheduleQuery = { previewReschedule: { fromGoLive: string, toGoLive: string, phasesWithShortWindows: Array<Phase>, moved: Array<{ from: string, to: string, task: { id: string, number: number, title: string } }>, pinned: Array<{ id: string, number: number, title: string, dueDate: string }>, pastDue: Array<{ dueDate: string, newly: boolean, task: { id: string, number: number, title: string } }>, reschedule: { id: string, fromGoLive: string, toGoLive: string, createdAt: string, createdBy: string, undoneAt: string | null, undoneBy: string | null } | null, deployment: { id: string, version: number, targetGoLive: string } } };

export type RescheduleReportFieldsFragment = { fromGoLive: string, toGoLive: string, phasesWithShortWindows: Array<Phase>, moved: Array<{ from: string, to: string, task: { id: string, number: number, title: string } }>, pinned: Array<{ id: string, number: number, title: string, dueDate: string }>, pastDue: Array<{ dueDate: string, newly: boolean, task: { id: string, number: number, title: string } }>, reschedule: { id: string, fromGoLive: string, toGoLive: string, createdAt: string, createdBy: string, undoneAt: string | null, undoneBy: string | null } | null, deployment: { id: string, version: number, targetGoLive: string } };

export type CreateDeploymentMutationVariables = Exact<{
  input: CreateDeploymentInput;
}>;


export type CreateDeploymentMutation = { createDeployment: { id: string, version: number } };

export type UpdateDeploymentMutationVariables = Exact<{
  input: UpdateDeploymentInput;
}>;


export type UpdateDeploymentMutation = { updateDeployment: { id: string, version: number, wave: number | null, participatingLeas: Array<{ id: string, name: string }> } };

export type AssignDeploymentStaffMutationVariables = Exact<{
  input: AssignDeploymentStaffInput;
}>;


export type AssignDeploymentStaffMutation = { assignDeploymentStaff: { id: string, version: number } };

export type ChangeDeploymentStatusMutationVariables = Exact<{
  input: ChangeDeploymentStatusInput;
}>;


export type ChangeDeploymentStatusMutation = { changeDeploymentStatus: { id: string, version: number, status: DeploymentStatus } };

export type AdvancePhaseMutationVariables = Exact<{
  input: AdvancePhaseInput;
}>;


export type AdvancePhaseMutation = { advancePhase: { id: string, version: number, phase: Phase, phaseEnteredOn: string } };

export type RescheduleGoLiveMutationVariables = Exact<{
  input: RescheduleGoLiveInput;
}>;


export type RescheduleGoLiveMutation = { rescheduleGoLive: { fromGoLive: string, toGoLive: string, phasesWithShortWindows: Array<Phase>, moved: Array<{ from: string, to: string, task: { id: string, number: number, title: string } }>, pinned: Array<{ id: string, number: number, title: string, dueDate: string }>, pastDue: Array<{ dueDate: string, newly: boolean, task: { id: string, number: number, title: string } }>, reschedule: { id: string, fromGoLive: string, toGoLive: string, createdAt: string, createdBy: string, undoneAt: string | null, undoneBy: string | null } | null, deployment: { id: string, version: number, targetGoLive: string } } };

export type UndoRescheduleMutationVariables = Exact<{
  input: UndoRescheduleInput;
}>;


export type UndoRescheduleMutation = { undoReschedule: { fromGoLive: string, toGoLive: string, phasesWithShortWindows: Array<Phase>, moved: Array<{ from: string, to: string, task: { id: string, number: number, title: string } }>, pinned: Array<{ id: string, number: number, title: string, dueDate: string }>, pastDue: Array<{ dueDate: string, newly: boolean, task: { id: string, number: number, title: string } }>, reschedule: { id: string, fromGoLive: string, toGoLive: string, createdAt: string, createdBy: string, undoneAt: string | null, undoneBy: string | null } | null, deployment: { id: string, version: number, targetGoLive: string } } };

export type TaskActionFieldsFragment = { id: string, status: TaskStatus, dueDate: string, pinned: boolean, reason: string | null, completedOn: string | null, version: number };

export type StartTaskMutationVariables = Exact<{
  input: TaskActionInput;
}>;


export type StartTaskMutation = { startTask: { id: string, status: TaskStatus, dueDate: string, pinned: boolean, reason: string | null, completedOn: string | null, version: number } };

export type CompleteTaskMutationVariables = Exact<{
  input: TaskActionInput;
}>;


export type CompleteTaskMutation = { completeTask: { id: string, status: TaskStatus, dueDate: string, pinned: boolean, reason: string | null, completedOn: string | null, version: number } };

export type WaiveTaskMutationVariables = Exact<{
  input: WaiveTaskInput;
}>;


export type WaiveTaskMutation = { waiveTask: { id: string, status: TaskStatus, dueDate: string, pinned: boolean, reason: string | null, completedOn: string | null, version: number } };

export type ReopenTaskMutationVariables = Exact<{
  input: TaskActionInput;
}>;


export type ReopenTaskMutation = { reopenTask: { id: string, status: TaskStatus, dueDate: string, pinned: boolean, reason: string | null, completedOn: string | null, version: number } };

export type MoveTaskMutationVariables = Exact<{
  input: MoveTaskInput;
}>;


export type MoveTaskMutation = { moveTask: { id: string, status: TaskStatus, dueDate: string, pinned: boolean, reason: string | null, completedOn: string | null, version: number } };

export type UnpinTaskMutationVariables = Exact<{
  input: TaskActionInput;
}>;


export type UnpinTaskMutation = { unpinTask: { id: string, status: TaskStatus, dueDate: string, pinned: boolean, reason: string | null, completedOn: string | null, version: number } };

export type UpdateDependencyMutationVariables = Exact<{
  input: UpdateDependencyInput;
}>;


export type UpdateDependencyMutation = { updateDependency: { id: string, status: DependencyStatus, waitingOn: Party | null, owner: string | null, externalReference: string | null, note: string | null, daysWaiting: number | null, version: number } };

export type RecordMeetingMutationVariables = Exact<{
  input: RecordMeetingInput;
}>;


export type RecordMeetingMutation = { recordMeeting: { id: string } };

export type RecordDocumentMutationVariables = Exact<{
  input: RecordDocumentInput;
}>;


export type RecordDocumentMutation = { recordDocument: { id: string } };

export type ScheduleTrainingMutationVariables = Exact<{
  input: ScheduleTrainingInput;
}>;


export type ScheduleTrainingMutation = { scheduleTraining: { id: string, version: number } };

export type UpdateTrainingSessionMutationVariables = Exact<{
  input: UpdateTrainingSessionInput;
}>;


export type UpdateTrainingSessionMutation = { updateTrainingSession: { id: string, version: number } };

export type RecordTrainingHeldMutationVariables = Exact<{
  input: RecordTrainingHeldInput;
}>;


export type RecordTrainingHeldMutation = { recordTrainingHeld: { id: string, version: number, status: TrainingStatus } };

export type RequestAccountMutationVariables = Exact<{
  input: RequestAccountInput;
}>;


export type RequestAccountMutation = { requestAccount: { id: string, version: number } };

export type ChangeAccountRequestStatusMutationVariables = Exact<{
  input: ChangeAccountRequestStatusInput;
}>;


export type ChangeAccountRequestStatusMutation = { changeAccountRequestStatus: { id: string, version: number, status: AccountRequestStatus } };

export type SetCourtProfileMutationVariables = Exact<{
  input: SetCourtProfileInput;
}>;


export type SetCourtProfileMutation = { setCourtProfile: { id: string, ccporProfile: CcporProfile | null, version: number } };

export type GoLiveMutationVariables = Exact<{
  input: GoLiveInput;
}>;


export type GoLiveMutation = { goLive: { id: string, version: number, status: DeploymentStatus, phase: Phase, actualGoLive: string | null } };

export type DeploymentsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: DeploymentFilter | null | undefined;
}>;


export type DeploymentsQuery = { deployments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, wave: number | null, targetGoLive: string, actualGoLive: string | null, phase: Phase, status: DeploymentStatus, court: { id: string, name: string, county: string }, health: { status: HealthStatus, daysToGoLive: number, reasons: Array<{ code: HealthReasonCode, count: number, message: string }> } }> } };

export type DeploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type DeploymentQuery = { deployment: { id: string, wave: number | null, targetGoLive: string, actualGoLive: string | null, phase: Phase, phaseEnteredOn: string, status: DeploymentStatus, version: number, phasesWithShortWindows: Array<Phase>, court: { id: string, name: string, county: string, ccporProfile: CcporProfile | null, version: number }, participatingLeas: Array<{ id: string, name: string }>, health: { status: HealthStatus, daysToGoLive: number, reasons: Array<{ code: HealthReasonCode, count: number, message: string }> }, tasks: Array<{ id: string, number: number, title: string, phase: Phase, lane: Lane, party: Party, kind: TaskKind, required: boolean, dueDate: string, pinned: boolean, pastDueAtCreation: boolean, status: TaskStatus, reason: string | null, completedOn: string | null, version: number }>, dependencies: Array<{ id: string, kind: DependencyKind, title: string, dueDate: string, status: DependencyStatus, waitingOn: Party | null, daysWaiting: number | null, ownerParty: Party, owner: string | null, externalReference: string | null, version: number }> } };

export type IncidentFieldsFragment = { id: string, deploymentId: string, severity: IncidentSeverity, status: IncidentStatus, description: string, reportedBy: string, reportedAt: string, resolution: string | null, resolvedAt: string | null, updatedAt: string, updatedBy: string | null, version: number };

export type DeploymentIncidentsQueryVariables = Exact<{
  deploymentId: string | number;
}>;


export type DeploymentIncidentsQuery = { deployment: { id: string, status: DeploymentStatus, phase: Phase, version: number, actualGoLive: string | null, court: { id: string, name: string }, incidents: Array<{ id: string, deploymentId: string, severity: IncidentSeverity, status: IncidentStatus, description: string, reportedBy: string, reportedAt: string, resolution: string | null, resolvedAt: string | null, updatedAt: string, updatedBy: string | null, version: number }>, closeOut: { id: string, approvedBy: string, approverRole: string, approvedOn: string, statement: string | null, recordedBy: string } | null } };

export type ReportIncidentMutationVariables = Exact<{
  input: ReportIncidentInput;
}>;


export type ReportIncidentMutation = { reportIncident: { id: string, deploymentId: string, severity: IncidentSeverity, status: IncidentStatus, description: string, reportedBy: string, reportedAt: string, resolution: string | null, resolvedAt: string | null, updatedAt: string, updatedBy: string | null, version: number } };

export type UpdateIncidentMutationVariables = Exact<{
  input: UpdateIncidentInput;
}>;


export type UpdateIncidentMutation = { updateIncident: { id: string, deploymentId: string, severity: IncidentSeverity, status: IncidentStatus, description: string, reportedBy: string, reportedAt: string, resolution: string | null, resolvedAt: string | null, updatedAt: string, updatedBy: string | null, version: number } };

export type ApproveCloseOutMutationVariables = Exact<{
  input: ApproveCloseOutInput;
}>;


export type ApproveCloseOutMutation = { approveCloseOut: { id: string, status: DeploymentStatus, version: number, closeOut: { id: string, approvedBy: string, approverRole: string, approvedOn: string, statement: string | null, recordedBy: string } | null } };

export type MyWeekQueryVariables = Exact<{
  dueTo: string;
}>;


export type MyWeekQuery = { tasksDue: { totalCount: number, nodes: Array<{ id: string, number: number, title: string, dueDate: string, status: TaskStatus, party: Party, phase: Phase, deploymentId: string, deployment: { id: string, court: { id: string, name: string } } }> }, waitingDependenciesReport: { totalCount: number, nodes: Array<{ dependencyId: string, deploymentId: string, courtName: string, kind: DependencyKind, waitingOn: Party, waitingSince: string, daysWaiting: number, dueDate: string }> } };

export type MyWeekTodayQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWeekTodayQuery = { deployments: { nodes: Array<{ id: string, targetGoLive: string, health: { daysToGoLive: number } }> } };

export type MyWorkQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkQuery = { questionnaires: Array<{ id: string, key: string, title: string }>, deployments: { totalCount: number, nodes: Array<{ id: string, targetGoLive: string, actualGoLive: string | null, phase: Phase, status: DeploymentStatus, version: number, court: { id: string, name: string }, participatingLeas: Array<{ id: string, name: string }>, health: { status: HealthStatus, daysToGoLive: number }, meetings: Array<{ id: string, title: string, kind: MeetingKind, meetingOn: string, held: boolean }>, trainingSessions: Array<{ id: string, scheduledOn: string, heldOn: string | null, status: TrainingStatus, mode: TrainingMode, module: TrainingModule, audience: TrainingAudience }>, tasks: Array<{ id: string, key: string, number: number, title: string, party: Party, kind: TaskKind, dueDate: string, status: TaskStatus }>, questionnaireResponses: Array<{ id: string, questionnaireKey: string, status: ResponseStatus, updatedAt: string, questionnaire: { id: string, title: string } }>, readiness: { asOf: string, status: ReadinessStatus, blockers: Array<{ code: BlockerCode, what: string, why: string, party: Party, recordType: string, recordId: string, daysOpen: number }> }, testRuns: Array<{ id: string, purpose: TestRunPurpose, environment: TestEnvironment, startedAt: string, summary: { status: TestRunStatus, total: number, passed: number, failed: number, blocked: number, untested: number }, signOffs: Array<{ id: string, party: Party, organizationId: string | null, signerName: string, signedAt: string, status: SignOffStatus }> }>, incidents: Array<{ id: string, severity: IncidentSeverity, status: IncidentStatus }>, closeOut: { id: string, approvedBy: string, approvedOn: string } | null }> } };

export type MyTasksDueQueryVariables = Exact<{
  dueTo: string;
}>;


export type MyTasksDueQuery = { tasksDue: { totalCount: number, nodes: Array<{ id: string, title: string, dueDate: string, status: TaskStatus, party: Party, deploymentId: string }> } };

export type MyWorkSignOffFragment = { id: string, party: Party, organizationId: string | null, signerName: string, signedAt: string, status: SignOffStatus };

export type NotificationsQueryVariables = Exact<{
  first: number;
}>;


export type NotificationsQuery = { notifications: { unreadCount: number, readUpTo: string | null, items: Array<{ id: string, kind: NotificationKind, at: string, deploymentId: string, courtName: string, summary: string, actor: string | null, unread: boolean }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { readUpTo: string } };

export type MyCalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCalendarFeedQuery = { myCalendarFeed: { id: string, createdAt: string } | null };

export type CreateCalendarFeedMutationVariables = Exact<{
  input: MutationIdInput;
}>;


export type CreateCalendarFeedMutation = { createCalendarFeed: { path: string | null, feed: { id: string, createdAt: string } } };

export type RevokeCalendarFeedMutationVariables = Exact<{
  input: MutationIdInput;
}>;


export type RevokeCalendarFeedMutation = { revokeCalendarFeed: boolean };

export type PrintSignOffFragment = { id: string, party: Party, signerName: string, signerRole: string, statement: string, signedAt: string, status: SignOffStatus, staleBecause: Array<string>, runStatusAtSigning: TestRunStatus, recordedBy: string, organization: { id: string, name: string } | null };

export type PrintRunFragment = { id: string, purpose: TestRunPurpose, environment: TestEnvironment, startedAt: string, startedBy: string, plan: { id: string, name: string, version: number, publishedAt: string | null }, summary: { status: TestRunStatus, total: number, passed: number, failed: number, blocked: number, retest: number, untested: number, notApplicable: number }, cases: Array<{ status: CaseStatus, testCase: { id: string, key: string, position: number, title: string, area: TestArea, criticality: Criticality, expectedResult: string }, attempts: Array<{ id: string, sequence: number, status: TestResultStatus, tester: string, build: string | null, testedAt: string, actualResult: string | null, notes: string | null }> }>, defects: Array<{ id: string, title: string, severity: DefectSeverity, status: DefectStatus, raisedAt: string, raisedBy: string, fixedInBuild: string | null, note: string | null, attempts: Array<{ id: string, caseId: string }> }>, signOffs: Array<{ id: string, party: Party, signerName: string, signerRole: string, statement: string, signedAt: string, status: SignOffStatus, staleBecause: Array<string>, runStatusAtSigning: TestRunStatus, recordedBy: string, organization: { id: string, name: string } | null }> };

export type PrintDeploymentHeaderFragment = { id: string, status: DeploymentStatus, phase: Phase, targetGoLive: string, actualGoLive: string | null, court: { id: string, name: string, county: string }, participatingLeas: Array<{ id: string, name: string }> };

export type CatRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type CatRecordQuery = { deployment: { id: string, status: DeploymentStatus, phase: Phase, targetGoLive: string, actualGoLive: string | null, testRuns: Array<{ id: string, startedAt: string }>, court: { id: string, name: string, county: string }, participatingLeas: Array<{ id: string, name: string }> } };

export type PrintRunDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PrintRunDetailQuery = { testRun: { id: string, purpose: TestRunPurpose, environment: TestEnvironment, startedAt: string, startedBy: string, plan: { id: string, name: string, version: number, publishedAt: string | null }, summary: { status: TestRunStatus, total: number, passed: number, failed: number, blocked: number, retest: number, untested: number, notApplicable: number }, cases: Array<{ status: CaseStatus, testCase: { id: string, key: string, position: number, title: string, area: TestArea, criticality: Criticality, expectedResult: string }, attempts: Array<{ id: string, sequence: number, status: TestResultStatus, tester: string, build: string | null, testedAt: string, actualResult: string | null, notes: string | null }> }>, defects: Array<{ id: string, title: string, severity: DefectSeverity, status: DefectStatus, raisedAt: string, raisedBy: string, fixedInBuild: string | null, note: string | null, attempts: Array<{ id: string, caseId: string }> }>, signOffs: Array<{ id: string, party: Party, signerName: string, signerRole: string, statement: string, signedAt: string, status: SignOffStatus, staleBecause: Array<string>, runStatusAtSigning: TestRunStatus, recordedBy: string, organization: { id: string, name: string } | null }> } };

export type ReadinessRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadinessRecordQuery = { deployment: { id: string, status: DeploymentStatus, phase: Phase, targetGoLive: string, actualGoLive: string | null, readiness: { status: ReadinessStatus, asOf: string, blockers: Array<{ code: BlockerCode, what: string, why: string, recordType: string, recordId: string, party: Party, daysOpen: number }>, acceptanceRun: { id: string, startedAt: string, plan: { id: string, version: number }, summary: { status: TestRunStatus, total: number, passed: number, failed: number, blocked: number, untested: number }, signOffs: Array<{ id: string, party: Party, signerName: string, signerRole: string, statement: string, signedAt: string, status: SignOffStatus, staleBecause: Array<string>, runStatusAtSigning: TestRunStatus, recordedBy: string, organization: { id: string, name: string } | null }> } | null }, incidents: Array<{ id: string, severity: IncidentSeverity, status: IncidentStatus, description: string, reportedBy: string, reportedAt: string, resolution: string | null, resolvedAt: string | null }>, closeOut: { id: string, approvedBy: string, approverRole: string, approvedOn: string, statement: string | null, recordedBy: string } | null, court: { id: string, name: string, county: string }, participatingLeas: Array<{ id: string, name: string }> } };

export type QuestionFieldsFragment = { key: string, label: string, help: string | null, type: QuestionType, required: boolean, unit: string | null, min: number | null, max: number | null, choices: Array<{ value: string, label: string }> | null, visibleWhen: { questionKey: string, equals: unknown } | null };

export type QuestionnaireFieldsFragment = { id: string, key: string, version: number, title: string, description: string | null, questions: Array<{ key: string, label: string, help: string | null, type: QuestionType, required: boolean, unit: string | null, min: number | null, max: number | null, questions: Array<{ key: string, label: string, help: string | null, type: QuestionType, required: boolean, unit: string | null, min: number | null, max: number | null, choices: Array<{ value: string, label: string }> | null, visibleWhen: { questionKey: string, equals: unknown } | null }> | null, choices: Array<{ value: string, label: string }> | null, visibleWhen: { questionKey: string, equals: unknown } | null }> };

export type ResponseFieldsFragment = { id: string, deploymentId: string, questionnaireKey: string, status: ResponseStatus, answers: unknown, filledOnSite: boolean, version: number, startedBy: string, submittedBy: string | null, submittedAt: string | null, reviewComment: string | null, reviewedBy: string | null, reviewedAt: string | null, updatedAt: string, updatedBy: string | null };

export type DeploymentQuestionnairesQueryVariables = Exact<{
  deploymentId: string | number;
}>;


export type DeploymentQuestionnairesQuery = { deployment: { id: string, court: { id: string, name: string }, questionnaireResponses: Array<{ id: string, deploymentId: string, questionnaireKey: string, status: ResponseStatus, answers: unknown, filledOnSite: boolean, version: number, startedBy: string, submittedBy: string | null, submittedAt: string | null, reviewComment: string | null, reviewedBy: string | null, reviewedAt: string | null, updatedAt: string, updatedBy: string | null, questionnaire: { id: string, title: string, version: number } }> }, questionnaires: Array<{ id: string, key: string, version: number, title: string, description: string | null }> };

export type QuestionnaireQuestionsQueryVariables = Exact<{
  key: string;
}>;


export type QuestionnaireQuestionsQuery = { questionnaire: { id: string, key: string, version: number, title: string, description: string | null, questions: Array<{ key: string, label: string, help: string | null, type: QuestionType, required: boolean, unit: string | null, min: number | null, max: number | null, questions: Array<{ key: string, label: string, help: string | null, type: QuestionType, required: boolean, unit: string | null, min: number | null, max: number | null, choices: Array<{ value: string, label: string }> | null, visibleWhen: { questionKey: string, equals: unknown } | null }> | null, choices: Array<{ value: string, label: string }> | null, visibleWhen: { questionKey: string, equals: unknown } | null }> } };

export type QuestionnaireResponseQueryVariables = Exact<{
  id: string | number;
}>;


export type QuestionnaireResponseQuery = { questionnaireResponse: { id: string, deploymentId: string, questionnaireKey: string, status: ResponseStatus, answers: unknown, filledOnSite: boolean, version: number, startedBy: string, submittedBy: string | null, submittedAt: string | null, reviewComment: string | null, reviewedBy: string | null, reviewedAt: string | null, updatedAt: string, updatedBy: string | null, questionnaire: { id: string, key: string, version: number, title: string, description: string | null, questions: Array<{ key: string, label: string, help: string | null, type: QuestionType, required: boolean, unit: string | null, min: number | null, max: number | null, questions: Array<{ key: string, label: string, help: string | null, type: QuestionType, required: boolean, unit: string | null, min: number | null, max: number | null, choices: Array<{ value: string, label: string }> | null, visibleWhen: { questionKey: string, equals: unknown } | null }> | null, choices: Array<{ value: string, label: string }> | null, visibleWhen: { questionKey: string, equals: unknown } | null }> } } };

export type StartResponseMutationVariables = Exact<{
  input: StartResponseInput;
}>;


export type StartResponseMutation = { startResponse: { id: string, deploymentId: string, questionnaireKey: string, status: ResponseStatus, answers: unknown, filledOnSite: boolean, version: number, startedBy: string, submittedBy: string | null, submittedAt: string | null, reviewComment: string | null, reviewedBy: string | null, reviewedAt: string | null, updatedAt: string, updatedBy: string | null } };

export type SaveResponseMutationVariables = Exact<{
  input: SaveResponseInput;
}>;


export type SaveResponseMutation = { saveResponse: { id: string, deploymentId: string, questionnaireKey: string, status: ResponseStatus, answers: unknown, filledOnSite: boolean, version: number, startedBy: string, submittedBy: string | null, submittedAt: string | null, reviewComment: string | null, reviewedBy: string | null, reviewedAt: string | null, updatedAt: string, updatedBy: string | null } };

export type SubmitResponseMutationVariables = Exact<{
  input: SubmitResponseInput;
}>;


export type SubmitResponseMutation = { submitResponse: { id: string, deploymentId: string, questionnaireKey: string, status: ResponseStatus, answers: unknown, filledOnSite: boolean, version: number, startedBy: string, submittedBy: string | null, submittedAt: string | null, reviewComment: string | null, reviewedBy: string | null, reviewedAt: string | null, updatedAt: string, updatedBy: string | null } };

export type AcceptResponseMutationVariables = Exact<{
  input: ReviewResponseInput;
}>;


export type AcceptResponseMutation = { acceptResponse: { id: string, deploymentId: string, questionnaireKey: string, status: ResponseStatus, answers: unknown, filledOnSite: boolean, version: number, startedBy: string, submittedBy: string | null, submittedAt: string | null, reviewComment: string | null, reviewedBy: string | null, reviewedAt: string | null, updatedAt: string, updatedBy: string | null } };

export type ReturnResponseMutationVariables = Exact<{
  input: ReviewResponseInput;
}>;


export type ReturnResponseMutation = { returnResponse: { id: string, deploymentId: string, questionnaireKey: string, status: ResponseStatus, answers: unknown, filledOnSite: boolean, version: number, startedBy: string, submittedBy: string | null, submittedAt: string | null, reviewComment: string | null, reviewedBy: string | null, reviewedAt: string | null, updatedAt: string, updatedBy: string | null } };

export type PortfolioDashboardQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type PortfolioDashboardQuery = { deploymentCountsReport: Array<{ phase: Phase, status: DeploymentStatus, health: HealthStatus, deployments: number }>, goLivesByMonthReport: Array<{ month: string, planned: number, actual: number }>, overdueTasksReport: Array<{ party: Party, phase: Phase, tasks: number, deployments: number, maxDaysOverdue: number }>, waitingDependenciesReport: { totalCount: number, nodes: Array<{ dependencyId: string, deploymentId: string, courtName: string, kind: DependencyKind, waitingOn: Party, daysWaiting: number }> }, catRunRatesReport: { totalCount: number, nodes: Array<{ runId: string, deploymentId: string, courtName: string, purpose: TestRunPurpose, status: TestRunStatus, total: number, passed: number, failed: number, blocked: number, notApplicable: number, passPercent: number | null }> }, deploymentTimelineReport: { totalCount: number, nodes: Array<{ deploymentId: string, courtName: string, phase: Phase, status: DeploymentStatus, health: HealthStatus, planningStarts: string, scopeStarts: string, implementStarts: string, targetGoLive: string, actualGoLive: string | null, daysToGoLive: number, overdueTasks: number, overdueDependencies: number, oldestOverdue: string | null }> } };

export type PortfolioReadinessQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type PortfolioReadinessQuery = { readinessBlockersReport: { totalCount: number, nodes: Array<{ deploymentId: string, courtName: string, targetGoLive: string, code: BlockerCode, what: string, party: Party, daysOpen: number }> } };

export type WorkstationRowFragment = { id: string, assessmentId: string, label: string, make: string, model: string, verdict: ScannerVerdict, photoShas: Array<string>, version: number };

export type ScannerAssessmentsQueryVariables = Exact<{
  deploymentId: string | number;
}>;


export type ScannerAssessmentsQuery = { deployment: { id: string, court: { id: string, name: string, locations: Array<{ id: string, name: string, address: string }> }, scannerAssessments: Array<{ id: string, locationId: string, assessedOn: string, assessor: string, notes: string | null, updatedBy: string | null, status: ScannerAssessmentStatus, version: number, workstations: Array<{ id: string, assessmentId: string, label: string, make: string, model: string, verdict: ScannerVerdict, photoShas: Array<string>, version: number }> }> } };

export type ScannerAssessmentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ScannerAssessmentDetailQuery = { scannerAssessment: { id: string, locationId: string, assessedOn: string, notes: string | null, updatedBy: string | null, status: ScannerAssessmentStatus, version: number, workstations: Array<{ id: string, assessmentId: string, label: string, make: string, model: string, verdict: ScannerVerdict, photoShas: Array<string>, version: number, missedRequirements: Array<{ key: string, category: RequirementCategory, description: string }> }> } };

export type StartScannerAssessmentMutationVariables = Exact<{
  input: StartScannerAssessmentInput;
}>;


export type StartScannerAssessmentMutation = { startScannerAssessment: { id: string, status: ScannerAssessmentStatus, version: number } };

export type RecordScannerWorkstationMutationVariables = Exact<{
  input: RecordScannerWorkstationInput;
}>;


export type RecordScannerWorkstationMutation = { recordScannerWorkstation: { id: string, assessmentId: string, label: string, make: string, model: string, verdict: ScannerVerdict, photoShas: Array<string>, version: number } };

export type UpdateScannerAssessmentMutationVariables = Exact<{
  input: UpdateScannerAssessmentInput;
}>;


export type UpdateScannerAssessmentMutation = { updateScannerAssessment: { id: string, assessedOn: string, notes: string | null, updatedBy: string | null, version: number } };

export type CurrentScannerRequirementsQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentScannerRequirementsQuery = { scannerRequirements: { id: string, version: number, requirements: Array<{ key: string, category: RequirementCategory, description: string, fact: ScannerFact, operator: RequirementOperator, minimum: number | null, anyOf: Array<string> | null }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, role: Role, mfaEnabled: boolean, version: number, organization: { id: string, name: string } | null } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SignedInUserFragment = { id: string, email: string, displayName: string, role: Role, mfaEnabled: boolean, version: number, organization: { id: string, name: string } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { recoveryCodes: Array<string> | null, user: { id: string, email: string, displayName: string, role: Role, mfaEnabled: boolean, version: number, organization: { id: string, name: string } | null } } };

export type CompletePasswordResetMutationVariables = Exact<{
  input: CompletePasswordResetInput;
}>;


export type CompletePasswordResetMutation = { completePasswordReset: boolean };

export type SignOffRunsQueryVariables = Exact<{
  deploymentId: string | number;
}>;


export type SignOffRunsQuery = { deployment: { id: string, status: DeploymentStatus, court: { id: string, name: string }, participatingLeas: Array<{ id: string, name: string }>, testRuns: Array<{ id: string, purpose: TestRunPurpose, environment: TestEnvironment, startedAt: string, startedBy: string, summary: { status: TestRunStatus, total: number, passed: number, failed: number, blocked: number, retest: number, untested: number, notApplicable: number, passPercent: number | null, openDefects: { critical: number, major: number, minor: number } }, signOffs: Array<{ id: string, party: Party, organizationId: string | null, signerName: string, signerRole: string, statement: string, signedAt: string, recordedBy: string, status: SignOffStatus, staleBecause: Array<string> }> }> } };

export type SignOffRunMutationVariables = Exact<{
  input: SignOffRunInput;
}>;


export type SignOffRunMutation = { signOffRun: { id: string, runId: string, party: Party, organizationId: string | null, signerName: string, signerRole: string, statement: string, signedAt: string, recordedBy: string, status: SignOffStatus, staleBecause: Array<string> } };

export type ConflictDetailFragment = { id: string, mutationId: string | null, operation: string, entityType: string, entityId: string, attempted: unknown, server: unknown, baseVersion: number, serverVersion: number, serverUpdatedBy: string | null, serverUpdatedAt: string | null, createdBy: string, createdAt: string, status: ConflictStatus, resolution: ConflictResolution | null, resolvedValues: unknown, resolvedBy: string | null, resolvedAt: string | null };

export type RecordConflictsQueryVariables = Exact<{
  entityId: string | number;
}>;


export type RecordConflictsQuery = { conflicts: { nodes: Array<{ id: string, mutationId: string | null, operation: string, entityType: string, entityId: string, attempted: unknown, server: unknown, baseVersion: number, serverVersion: number, serverUpdatedBy: string | null, serverUpdatedAt: string | null, createdBy: string, createdAt: string, status: ConflictStatus, resolution: ConflictResolution | null, resolvedValues: unknown, resolvedBy: string | null, resolvedAt: string | null, current: { version: number, values: unknown, updatedBy: string | null, updatedAt: string | null } | null }> } };

export type ResolveConflictMutationVariables = Exact<{
  input: ResolveConflictInput;
}>;


export type ResolveConflictMutation = { resolveConflict: { resolvedVersion: number | null, id: string, mutationId: string | null, operation: string, entityType: string, entityId: string, attempted: unknown, server: unknown, baseVersion: number, serverVersion: number, serverUpdatedBy: string | null, serverUpdatedAt: string | null, createdBy: string, createdAt: string, status: ConflictStatus, resolution: ConflictResolution | null, resolvedValues: unknown, resolvedBy: string | null, resolvedAt: string | null } };

export const ApiTokenRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiTokenRowFragment, unknown>;
export const AdminUserRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminUserRowFragment, unknown>;
export const TemplateVersionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateVersionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentCount"}}]}}]} as unknown as DocumentNode<TemplateVersionRowFragment, unknown>;
export const TemplateTaskRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateTaskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisiteNumbers"}}]}}]} as unknown as DocumentNode<TemplateTaskRowFragment, unknown>;
export const RequirementSetDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequirementSetDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScannerRequirementSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"minimum"}},{"kind":"Field","name":{"kind":"Name","value":"anyOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdictChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workstationId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"courtName"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<RequirementSetDetailFragment, unknown>;
export const TestPlanDraftFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestPlanDraftFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestPlanDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"basedOnVersion"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"preconditions"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"requiresCarpos"}}]}}]}}]} as unknown as DocumentNode<TestPlanDraftFieldsFragment, unknown>;
export const RunHeadlineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunHeadline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"untested"}}]}}]}}]} as unknown as DocumentNode<RunHeadlineFragment, unknown>;
export const RunAttemptFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunAttempt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutationId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actualResult"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"tester"}},{"kind":"Field","name":{"kind":"Name","value":"testedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photos"}}]}}]} as unknown as DocumentNode<RunAttemptFragment, unknown>;
export const RunDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunHeadline"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"testCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"preconditions"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"requiresCarpos"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunAttempt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunHeadline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"untested"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunAttempt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutationId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actualResult"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"tester"}},{"kind":"Field","name":{"kind":"Name","value":"testedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photos"}}]}}]} as unknown as DocumentNode<RunDetailFragment, unknown>;
export const RescheduleReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescheduleReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"toGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"moved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pinned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"newly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phasesWithShortWindows"}},{"kind":"Field","name":{"kind":"Name","value":"reschedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"toGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targetGoLive"}}]}}]}}]} as unknown as DocumentNode<RescheduleReportFieldsFragment, unknown>;
export const TaskActionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TaskActionFieldsFragment, unknown>;
export const IncidentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<IncidentFieldsFragment, unknown>;
export const MyWorkSignOffFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkSignOff"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<MyWorkSignOffFragment, unknown>;
export const PrintSignOffFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrintSignOff"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerRole"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"staleBecause"}},{"kind":"Field","name":{"kind":"Name","value":"runStatusAtSigning"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PrintSignOffFragment, unknown>;
export const PrintRunFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrintRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"retest"}},{"kind":"Field","name":{"kind":"Name","value":"untested"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"testCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tester"}},{"kind":"Field","name":{"kind":"Name","value":"build"}},{"kind":"Field","name":{"kind":"Name","value":"testedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actualResult"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"defects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"fixedInBuild"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrintSignOff"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrintSignOff"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerRole"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"staleBecause"}},{"kind":"Field","name":{"kind":"Name","value":"runStatusAtSigning"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PrintRunFragment, unknown>;
export const PrintDeploymentHeaderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrintDeploymentHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"targetGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"actualGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participatingLeas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PrintDeploymentHeaderFragment, unknown>;
export const QuestionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"equals"}}]}}]}}]} as unknown as DocumentNode<QuestionFieldsFragment, unknown>;
export const QuestionnaireFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionnaireFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionFields"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"equals"}}]}}]}}]} as unknown as DocumentNode<QuestionnaireFieldsFragment, unknown>;
export const ResponseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"filledOnSite"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<ResponseFieldsFragment, unknown>;
export const WorkstationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScannerWorkstation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"photoShas"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<WorkstationRowFragment, unknown>;
export const SignedInUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedInUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignedInUserFragment, unknown>;
export const ConflictDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConflictDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutationId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"attempted"}},{"kind":"Field","name":{"kind":"Name","value":"server"}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"serverVersion"}},{"kind":"Field","name":{"kind":"Name","value":"serverUpdatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"serverUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedValues"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]} as unknown as DocumentNode<ConflictDetailFragment, unknown>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const StartMfaEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMfaEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MutationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMfaEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}}]}}]}}]} as unknown as DocumentNode<StartMfaEnrolmentMutation, StartMfaEnrolmentMutationVariables>;
export const ConfirmMfaEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmMfaEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmMfaEnrolmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmMfaEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}}]}}]} as unknown as DocumentNode<ConfirmMfaEnrolmentMutation, ConfirmMfaEnrolmentMutationVariables>;
export const MyApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<MyApiTokensQuery, MyApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const ConfirmIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ConfirmIdentityMutation, ConfirmIdentityMutationVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const PartnerOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"courts"},"name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"COURT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"agencies"},"name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"LEA"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerOrganizationsQuery, PartnerOrganizationsQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"passwordLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const UnlockUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UnlockUserMutation, UnlockUserMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const AdminApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminApiTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiTokenFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<AdminApiTokensQuery, AdminApiTokensQueryVariables>;
export const LifecycleTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifecycleTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycleTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateVersionRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateVersionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentCount"}}]}}]} as unknown as DocumentNode<LifecycleTemplatesQuery, LifecycleTemplatesQueryVariables>;
export const LifecycleTemplateDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifecycleTemplateDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycleTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateVersionRow"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateTaskRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateVersionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateTaskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisiteNumbers"}}]}}]} as unknown as DocumentNode<LifecycleTemplateDetailQuery, LifecycleTemplateDetailQueryVariables>;
export const CreateLifecycleTemplateDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLifecycleTemplateDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLifecycleTemplateDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLifecycleTemplateDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateVersionRow"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateTaskRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateVersionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateTaskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisiteNumbers"}}]}}]} as unknown as DocumentNode<CreateLifecycleTemplateDraftMutation, CreateLifecycleTemplateDraftMutationVariables>;
export const SaveLifecycleTemplateDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveLifecycleTemplateDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveLifecycleTemplateDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveLifecycleTemplateDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateVersionRow"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateTaskRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateVersionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateTaskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisiteNumbers"}}]}}]} as unknown as DocumentNode<SaveLifecycleTemplateDraftMutation, SaveLifecycleTemplateDraftMutationVariables>;
export const PublishLifecycleTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishLifecycleTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishLifecycleTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishLifecycleTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateVersionRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateVersionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentCount"}}]}}]} as unknown as DocumentNode<PublishLifecycleTemplateMutation, PublishLifecycleTemplateMutationVariables>;
export const ScannerRequirementVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScannerRequirementVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scannerRequirementVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequirementSetDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequirementSetDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScannerRequirementSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"minimum"}},{"kind":"Field","name":{"kind":"Name","value":"anyOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdictChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workstationId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"courtName"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<ScannerRequirementVersionsQuery, ScannerRequirementVersionsQueryVariables>;
export const PublishScannerRequirementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishScannerRequirements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishScannerRequirementsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishScannerRequirements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequirementSetDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequirementSetDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScannerRequirementSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"minimum"}},{"kind":"Field","name":{"kind":"Name","value":"anyOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdictChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workstationId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"courtName"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<PublishScannerRequirementsMutation, PublishScannerRequirementsMutationVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditDeploymentChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditDeploymentChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditDeploymentChoicesQuery, AuditDeploymentChoicesQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const CatPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"testPlanDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestPlanDraftFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestPlanDraftFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestPlanDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"basedOnVersion"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"preconditions"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"requiresCarpos"}}]}}]}}]} as unknown as DocumentNode<CatPlansQuery, CatPlansQueryVariables>;
export const StartTestPlanDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTestPlanDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartTestPlanDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTestPlanDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestPlanDraftFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestPlanDraftFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestPlanDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"basedOnVersion"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"preconditions"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"requiresCarpos"}}]}}]}}]} as unknown as DocumentNode<StartTestPlanDraftMutation, StartTestPlanDraftMutationVariables>;
export const SaveTestPlanDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveTestPlanDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveTestPlanDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveTestPlanDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestPlanDraftFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestPlanDraftFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestPlanDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"basedOnVersion"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"preconditions"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"requiresCarpos"}}]}}]}}]} as unknown as DocumentNode<SaveTestPlanDraftMutation, SaveTestPlanDraftMutationVariables>;
export const PublishTestPlanDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishTestPlanDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestPlanDraftActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishTestPlanDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishTestPlanDraftMutation, PublishTestPlanDraftMutationVariables>;
export const DiscardTestPlanDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardTestPlanDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestPlanDraftActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardTestPlanDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DiscardTestPlanDraftMutation, DiscardTestPlanDraftMutationVariables>;
export const CatRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deploymentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deploymentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"testRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunHeadline"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunHeadline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"untested"}}]}}]}}]} as unknown as DocumentNode<CatRunsQuery, CatRunsQueryVariables>;
export const TestRunDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestRunDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunHeadline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"untested"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunAttempt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutationId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actualResult"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"tester"}},{"kind":"Field","name":{"kind":"Name","value":"testedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photos"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunHeadline"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"testCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"preconditions"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"requiresCarpos"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunAttempt"}}]}}]}}]}}]} as unknown as DocumentNode<TestRunDetailQuery, TestRunDetailQueryVariables>;
export const LatestTestPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestTestPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LatestTestPlanQuery, LatestTestPlanQueryVariables>;
export const StartTestRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTestRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartTestRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTestRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunDetail"}},{"kind":"Field","name":{"kind":"Name","value":"signOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkSignOff"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunHeadline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"untested"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunAttempt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutationId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actualResult"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"tester"}},{"kind":"Field","name":{"kind":"Name","value":"testedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photos"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunHeadline"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"testCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"preconditions"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"requiresCarpos"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunAttempt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkSignOff"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<StartTestRunMutation, StartTestRunMutationVariables>;
export const RecordTestResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTestResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTestResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTestResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunAttempt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunAttempt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutationId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actualResult"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"tester"}},{"kind":"Field","name":{"kind":"Name","value":"testedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photos"}}]}}]} as unknown as DocumentNode<RecordTestResultMutation, RecordTestResultMutationVariables>;
export const RecordTestResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTestResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTestResultsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTestResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mutationId"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunAttempt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunAttempt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutationId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actualResult"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"tester"}},{"kind":"Field","name":{"kind":"Name","value":"testedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photos"}}]}}]} as unknown as DocumentNode<RecordTestResultsMutation, RecordTestResultsMutationVariables>;
export const DefectTriageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DefectTriage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"fixedInBuild"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DefectTriageQuery, DefectTriageQueryVariables>;
export const TriageDefectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TriageDefect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDefectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDefect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"fixedInBuild"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<TriageDefectMutation, TriageDefectMutationVariables>;
export const PreviewDeploymentImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewDeploymentImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewDeploymentImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validCount"}},{"kind":"Field","name":{"kind":"Name","value":"invalidCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"courtName"}},{"kind":"Field","name":{"kind":"Name","value":"targetGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"leaNames"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PreviewDeploymentImportQuery, PreviewDeploymentImportQueryVariables>;
export const ImportDeploymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportDeployments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportDeploymentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importDeployments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"court"}}]}}]}}]}}]} as unknown as DocumentNode<ImportDeploymentsMutation, ImportDeploymentsMutationVariables>;
export const DeploymentWorkspaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeploymentWorkspace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastReschedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"toGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"exchangedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"ccporRole"}},{"kind":"Field","name":{"kind":"Name","value":"sealedOrders"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deploymentReadiness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deploymentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"why"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"daysOpen"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}}]}}]}}]}}]} as unknown as DocumentNode<DeploymentWorkspaceQuery, DeploymentWorkspaceQueryVariables>;
export const DeploymentFormOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeploymentFormOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"courts"},"name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"COURT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"leas"},"name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"LEA"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignableStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<DeploymentFormOptionsQuery, DeploymentFormOptionsQueryVariables>;
export const PreviewRescheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewReschedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deploymentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetGoLive"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewReschedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deploymentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deploymentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetGoLive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetGoLive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RescheduleReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescheduleReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"toGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"moved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pinned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"newly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phasesWithShortWindows"}},{"kind":"Field","name":{"kind":"Name","value":"reschedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"toGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targetGoLive"}}]}}]}}]} as unknown as DocumentNode<PreviewRescheduleQuery, PreviewRescheduleQueryVariables>;
export const CreateDeploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDeployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDeploymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateDeploymentMutation, CreateDeploymentMutationVariables>;
export const UpdateDeploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDeployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDeploymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDeployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"participatingLeas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateDeploymentMutation, UpdateDeploymentMutationVariables>;
export const AssignDeploymentStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignDeploymentStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignDeploymentStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignDeploymentStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AssignDeploymentStaffMutation, AssignDeploymentStaffMutationVariables>;
export const ChangeDeploymentStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeDeploymentStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeDeploymentStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeDeploymentStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ChangeDeploymentStatusMutation, ChangeDeploymentStatusMutationVariables>;
export const AdvancePhaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvancePhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvancePhaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advancePhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseEnteredOn"}}]}}]}}]} as unknown as DocumentNode<AdvancePhaseMutation, AdvancePhaseMutationVariables>;
export const RescheduleGoLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleGoLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleGoLiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleGoLive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RescheduleReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescheduleReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"toGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"moved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pinned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"newly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phasesWithShortWindows"}},{"kind":"Field","name":{"kind":"Name","value":"reschedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"toGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targetGoLive"}}]}}]}}]} as unknown as DocumentNode<RescheduleGoLiveMutation, RescheduleGoLiveMutationVariables>;
export const UndoRescheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UndoReschedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UndoRescheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoReschedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RescheduleReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescheduleReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"toGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"moved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pinned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"newly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phasesWithShortWindows"}},{"kind":"Field","name":{"kind":"Name","value":"reschedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"toGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targetGoLive"}}]}}]}}]} as unknown as DocumentNode<UndoRescheduleMutation, UndoRescheduleMutationVariables>;
export const StartTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<StartTaskMutation, StartTaskMutationVariables>;
export const CompleteTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CompleteTaskMutation, CompleteTaskMutationVariables>;
export const WaiveTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WaiveTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WaiveTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waiveTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<WaiveTaskMutation, WaiveTaskMutationVariables>;
export const ReopenTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ReopenTaskMutation, ReopenTaskMutationVariables>;
export const MoveTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MoveTaskMutation, MoveTaskMutationVariables>;
export const UnpinTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnpinTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpinTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UnpinTaskMutation, UnpinTaskMutationVariables>;
export const UpdateDependencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDependency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDependencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDependency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOn"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"externalReference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateDependencyMutation, UpdateDependencyMutationVariables>;
export const RecordMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordMeetingMutation, RecordMeetingMutationVariables>;
export const RecordDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordDocumentMutation, RecordDocumentMutationVariables>;
export const ScheduleTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ScheduleTrainingMutation, ScheduleTrainingMutationVariables>;
export const UpdateTrainingSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTrainingSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTrainingSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTrainingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateTrainingSessionMutation, UpdateTrainingSessionMutationVariables>;
export const RecordTrainingHeldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTrainingHeld"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrainingHeldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrainingHeld"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordTrainingHeldMutation, RecordTrainingHeldMutationVariables>;
export const RequestAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RequestAccountMutation, RequestAccountMutationVariables>;
export const ChangeAccountRequestStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeAccountRequestStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeAccountRequestStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeAccountRequestStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ChangeAccountRequestStatusMutation, ChangeAccountRequestStatusMutationVariables>;
export const SetCourtProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCourtProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCourtProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCourtProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ccporProfile"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetCourtProfileMutation, SetCourtProfileMutationVariables>;
export const GoLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GoLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GoLiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goLive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"actualGoLive"}}]}}]}}]} as unknown as DocumentNode<GoLiveMutation, GoLiveMutationVariables>;
export const DeploymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deployments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeploymentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"targetGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"actualGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysToGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeploymentsQuery, DeploymentsQueryVariables>;
export const DeploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"targetGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"actualGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseEnteredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"phasesWithShortWindows"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"ccporProfile"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participatingLeas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysToGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"lane"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"pastDueAtCreation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"ownerParty"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"externalReference"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<DeploymentQuery, DeploymentQueryVariables>;
export const DeploymentIncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeploymentIncidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deploymentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deploymentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"actualGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closeOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approverRole"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DeploymentIncidentsQuery, DeploymentIncidentsQueryVariables>;
export const ReportIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ReportIncidentMutation, ReportIncidentMutationVariables>;
export const UpdateIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateIncidentMutation, UpdateIncidentMutationVariables>;
export const ApproveCloseOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveCloseOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveCloseOutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveCloseOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"closeOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approverRole"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveCloseOutMutation, ApproveCloseOutMutationVariables>;
export const MyWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasksDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dueTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingDependenciesReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependencyId"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"courtName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOn"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]}}]} as unknown as DocumentNode<MyWeekQuery, MyWeekQueryVariables>;
export const MyWeekTodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWeekToday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysToGoLive"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyWeekTodayQuery, MyWeekTodayQueryVariables>;
export const MyWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionnaires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"actualGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participatingLeas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysToGoLive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"held"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireResponses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"why"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"daysOpen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"testRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"untested"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkSignOff"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closeOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkSignOff"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<MyWorkQuery, MyWorkQueryVariables>;
export const MyTasksDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTasksDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasksDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dueTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}}]}}]}}]}}]} as unknown as DocumentNode<MyTasksDueQuery, MyTasksDueQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"readUpTo"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"courtName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"unread"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readUpTo"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MyCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<MyCalendarFeedQuery, MyCalendarFeedQueryVariables>;
export const CreateCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MutationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MutationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const CatRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrintDeploymentHeader"}},{"kind":"Field","name":{"kind":"Name","value":"testRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrintDeploymentHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"targetGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"actualGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participatingLeas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CatRecordQuery, CatRecordQueryVariables>;
export const PrintRunDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrintRunDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrintRun"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrintSignOff"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerRole"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"staleBecause"}},{"kind":"Field","name":{"kind":"Name","value":"runStatusAtSigning"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrintRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"retest"}},{"kind":"Field","name":{"kind":"Name","value":"untested"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"testCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tester"}},{"kind":"Field","name":{"kind":"Name","value":"build"}},{"kind":"Field","name":{"kind":"Name","value":"testedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actualResult"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"defects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"fixedInBuild"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrintSignOff"}}]}}]}}]} as unknown as DocumentNode<PrintRunDetailQuery, PrintRunDetailQueryVariables>;
export const ReadinessRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadinessRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrintDeploymentHeader"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"why"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"daysOpen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"untested"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrintSignOff"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closeOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approverRole"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrintDeploymentHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"targetGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"actualGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participatingLeas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrintSignOff"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerRole"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"staleBecause"}},{"kind":"Field","name":{"kind":"Name","value":"runStatusAtSigning"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReadinessRecordQuery, ReadinessRecordQueryVariables>;
export const DeploymentQuestionnairesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeploymentQuestionnaires"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deploymentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deploymentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireResponses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseFields"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionnaires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"filledOnSite"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<DeploymentQuestionnairesQuery, DeploymentQuestionnairesQueryVariables>;
export const QuestionnaireQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuestionnaireQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionnaireFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"equals"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionnaireFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionFields"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionFields"}}]}}]}}]}}]} as unknown as DocumentNode<QuestionnaireQuestionsQuery, QuestionnaireQuestionsQueryVariables>;
export const QuestionnaireResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuestionnaireResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionnaireResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseFields"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionnaireFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibleWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"equals"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"filledOnSite"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionnaireFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionFields"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionFields"}}]}}]}}]}}]} as unknown as DocumentNode<QuestionnaireResponseQuery, QuestionnaireResponseQueryVariables>;
export const StartResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"filledOnSite"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<StartResponseMutation, StartResponseMutationVariables>;
export const SaveResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"filledOnSite"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<SaveResponseMutation, SaveResponseMutationVariables>;
export const SubmitResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"filledOnSite"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<SubmitResponseMutation, SubmitResponseMutationVariables>;
export const AcceptResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"filledOnSite"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<AcceptResponseMutation, AcceptResponseMutationVariables>;
export const ReturnResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"filledOnSite"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<ReturnResponseMutation, ReturnResponseMutationVariables>;
export const PortfolioDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deploymentCountsReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"deployments"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goLivesByMonthReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueTasksReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"deployments"}},{"kind":"Field","name":{"kind":"Name","value":"maxDaysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingDependenciesReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependencyId"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"courtName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"catRunRatesReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"courtName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"passPercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deploymentTimelineReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"courtName"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"planningStarts"}},{"kind":"Field","name":{"kind":"Name","value":"scopeStarts"}},{"kind":"Field","name":{"kind":"Name","value":"implementStarts"}},{"kind":"Field","name":{"kind":"Name","value":"targetGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"actualGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"daysToGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"overdueTasks"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDependencies"}},{"kind":"Field","name":{"kind":"Name","value":"oldestOverdue"}}]}}]}}]}}]} as unknown as DocumentNode<PortfolioDashboardQuery, PortfolioDashboardQueryVariables>;
export const PortfolioReadinessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioReadiness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readinessBlockersReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"courtName"}},{"kind":"Field","name":{"kind":"Name","value":"targetGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"daysOpen"}}]}}]}}]}}]} as unknown as DocumentNode<PortfolioReadinessQuery, PortfolioReadinessQueryVariables>;
export const ScannerAssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScannerAssessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deploymentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deploymentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scannerAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assessor"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"workstations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkstationRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScannerWorkstation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"photoShas"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ScannerAssessmentsQuery, ScannerAssessmentsQueryVariables>;
export const ScannerAssessmentDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScannerAssessmentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scannerAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"workstations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkstationRow"}},{"kind":"Field","name":{"kind":"Name","value":"missedRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScannerWorkstation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"photoShas"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ScannerAssessmentDetailQuery, ScannerAssessmentDetailQueryVariables>;
export const StartScannerAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartScannerAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartScannerAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startScannerAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StartScannerAssessmentMutation, StartScannerAssessmentMutationVariables>;
export const RecordScannerWorkstationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordScannerWorkstation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordScannerWorkstationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordScannerWorkstation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkstationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkstationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScannerWorkstation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"photoShas"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordScannerWorkstationMutation, RecordScannerWorkstationMutationVariables>;
export const UpdateScannerAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateScannerAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScannerAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScannerAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateScannerAssessmentMutation, UpdateScannerAssessmentMutationVariables>;
export const CurrentScannerRequirementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentScannerRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scannerRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"minimum"}},{"kind":"Field","name":{"kind":"Name","value":"anyOf"}}]}}]}}]}}]} as unknown as DocumentNode<CurrentScannerRequirementsQuery, CurrentScannerRequirementsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedInUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedInUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedInUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedInUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const CompletePasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompletePasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompletePasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completePasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<CompletePasswordResetMutation, CompletePasswordResetMutationVariables>;
export const SignOffRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignOffRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deploymentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deploymentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participatingLeas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"testRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}},{"kind":"Field","name":{"kind":"Name","value":"retest"}},{"kind":"Field","name":{"kind":"Name","value":"untested"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"passPercent"}},{"kind":"Field","name":{"kind":"Name","value":"openDefects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerRole"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"staleBecause"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignOffRunsQuery, SignOffRunsQueryVariables>;
export const SignOffRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOffRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerRole"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"staleBecause"}}]}}]}}]} as unknown as DocumentNode<SignOffRunMutation, SignOffRunMutationVariables>;
export const RecordConflictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordConflicts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictDetail"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConflictDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutationId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"attempted"}},{"kind":"Field","name":{"kind":"Name","value":"server"}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"serverVersion"}},{"kind":"Field","name":{"kind":"Name","value":"serverUpdatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"serverUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedValues"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]} as unknown as DocumentNode<RecordConflictsQuery, RecordConflictsQueryVariables>;
export const ResolveConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveConflictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictDetail"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConflictDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutationId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"attempted"}},{"kind":"Field","name":{"kind":"Name","value":"server"}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"serverVersion"}},{"kind":"Field","name":{"kind":"Name","value":"serverUpdatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"serverUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedValues"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]} as unknown as DocumentNode<ResolveConflictMutation, ResolveConflictMutationVariables>;