/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** One choice of a choice question. */
export type ChoiceInput = {
  /** What people read (1 to 200 characters). */
  label: string;
  /** The value stored as the answer (1 to 60 characters). */
  value: string;
};

/** Sets a new password with a one-time link from an administrator. */
export type CompletePasswordResetInput = {
  /** The new password: at least 12 characters, not a common one. */
  newPassword: string;
  /** The token of the link. */
  token: string;
};

/** Completes an assessment once every workstation of the location is recorded. */
export type CompleteScannerAssessmentInput = {
  /** The assessment. */
  assessmentId: string | number;
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
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

/** Filters for conflicts; all given must match. */
export type ConflictFilter = {
  /** Only conflicts of updates this person sent. */
  createdBy?: string | null | undefined;
  /** Only conflicts of records of this deployment. */
  deploymentId?: string | number | null | undefined;
  /** Only conflicts of this record: its history of conflicts. */
  entityId?: string | number | null | undefined;
  /** Only open or only resolved conflicts. */
  status?: ConflictStatus | null | undefined;
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

/** When a person gets e-mail of one kind. */
export type MailDelivery =
  /** In the one daily digest, at 7:00 in the person’s time zone. */
  | 'DAILY_DIGEST'
  /** As soon as it happens. */
  | 'IMMEDIATELY'
  /** Never. */
  | 'OFF';

/** What an e-mail is about; each kind is switched per person (rules/labels.ts MAIL_KIND_LABELS). */
export type MailKind =
  | 'DEPENDENCY_OVERDUE'
  | 'GO_LIVE_SET'
  | 'INCIDENT'
  | 'MENTION'
  | 'QUESTIONNAIRE_TO_ANSWER'
  | 'READINESS_CHANGED'
  | 'SIGN_OFF_REQUESTED'
  | 'TASKS_DUE'
  | 'TASK_ASSIGNED'
  | 'TRAINING_SCHEDULED';

/** How to get one kind of e-mail. */
export type MailPreferenceInput = {
  /** Immediately, in the daily digest, or off. */
  delivery: MailDelivery;
  /** The kind. */
  kind: MailKind;
};

/** Where a message stands. */
export type MailStatus =
  /** Given up after its attempts; lastError holds the SMTP server’s answer. */
  | 'FAILED'
  /** Held for the person’s next daily digest, which then carries it. */
  | 'IN_DIGEST'
  /** Not sent: no SMTP_URL is configured, so it is kept for the development mailbox. */
  | 'KEPT'
  /** Waiting for the worker (again, after a refusal, from nextAttemptAt). */
  | 'QUEUED'
  /** Accepted by the SMTP server. */
  | 'SENT';

/** Which e-mail to list. */
export type MailboxFilter = {
  /** Only this status (FAILED: what an administrator should look at). */
  status?: MailStatus | null | undefined;
};

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
  /** An open task passed its due date. */
  | 'OVERDUE';

/** Whether an organization is a superior court or a law-enforcement agency. */
export type OrganizationKind =
  /** A California superior court (one per county). */
  | 'COURT'
  /** A law-enforcement agency, e.g. a county sheriff's office. */
  | 'LEA';

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

/** A new version of a questionnaire; earlier versions and their responses stay as they are. */
export type PublishQuestionnaireInput = {
  /** What it is for (up to 2,000 characters). */
  description?: string | null | undefined;
  /** Which questionnaire, in upper case, e.g. TRAINING; a new key starts at version 1. */
  key: string;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** The questions, in order (up to 200). */
  questions: Array<QuestionInput>;
  /** Key of the lifecycle task an accepted response completes. */
  taskKey?: string | null | undefined;
  /** Title (3 to 200 characters). */
  title: string;
};

/** A new version of the scanner requirements. */
export type PublishScannerRequirementsInput = {
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Every requirement of the new version (up to 50), in order. */
  requirements: Array<ScannerRequirementInput>;
};

/** Shows a question only when an earlier answer has a value. */
export type QuestionConditionInput = {
  /** The value its answer must have (or, for a multiple choice, contain). */
  equals: unknown;
  /** Key of an earlier question. */
  questionKey: string;
};

/** A typed question of a questionnaire version about to be published. */
export type QuestionInput = {
  /** Choices of a choice question (up to 50). */
  choices?: Array<ChoiceInput> | null | undefined;
  /** Guidance for answering (up to 2,000 characters). */
  help?: string | null | undefined;
  /** Stable key in camelCase (up to 40 characters). */
  key: string;
  /** The question (1 to 500 characters). */
  label: string;
  /** Greatest NUMBER answer allowed. */
  max?: number | null | undefined;
  /** Least NUMBER answer allowed. */
  min?: number | null | undefined;
  /** The questions of a GROUP (up to 50). */
  questions?: Array<QuestionInput> | null | undefined;
  /** Whether a submission must answer it (when shown). */
  required?: boolean;
  /** What kind of answer it takes. */
  type: QuestionType;
  /** Unit of a NUMBER answer. */
  unit?: string | null | undefined;
  /** Shown only when this condition holds. */
  visibleWhen?: QuestionConditionInput | null | undefined;
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

/** A defect raised from failed attempts of one run. */
export type RaiseDefectInput = {
  /** The attempts that show it, all of one run, at least one FAILED (1 to 50). */
  attemptIds: Array<string | number>;
  /** What is wrong and how to reproduce it (3 to 4,000 characters). */
  description: string;
  /** Id for the defect, generated by the device (UUID); the server makes one when omitted. */
  id?: string | number | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** How bad it is. */
  severity: DefectSeverity;
  /** Short title (3 to 200 characters). */
  title: string;
};

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

/** The token of an unsubscribe link of an e-mail. */
export type UnsubscribeMailInput = {
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** The token of the link (its `token` parameter). */
  token: string;
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
  /** Note on the state (up to 500 characters); required with NOT_APPLICABLE. */
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

/** The signed-in person’s e-mail settings and time zone; kinds left out keep their setting. */
export type UpdateMyMailSettingsInput = {
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Kinds to change. */
  preferences?: Array<MailPreferenceInput> | null | undefined;
  /** An IANA time zone, e.g. America/Los_Angeles: the daily digest comes at 7:00 there. */
  timeZone?: string | null | undefined;
};

/** Changes to a workstation’s recorded facts; omitted (or null) fields keep their value, except that null clears serial number, OS, browser and notes. */
export type UpdateScannerWorkstationInput = {
  /** Has an automatic document feeder. */
  automaticDocumentFeeder?: boolean | null | undefined;
  /** The version of the record the change is based on (its version field as the sender last saw it). Required: without it nothing changes and BAD_USER_INPUT names baseVersion. If the record has moved on, nothing changes and CONFLICT is answered. */
  baseVersion?: number | null | undefined;
  /** Browser (up to 100 characters); null clears it. */
  browser?: string | null | undefined;
  /** Scans in colour. */
  colour?: boolean | null | undefined;
  /** How the scanner is connected. */
  connection?: ScannerConnection | null | undefined;
  /** Drivers installed (the full new list). */
  drivers?: Array<ScannerDriver> | null | undefined;
  /** Scans both sides in one pass. */
  duplex?: boolean | null | undefined;
  /** Which workstation (1 to 100 characters). */
  label?: string | null | undefined;
  /** Scanner make (1 to 100 characters). */
  make?: string | null | undefined;
  /** Scanner model (1 to 100 characters). */
  model?: string | null | undefined;
  /** A UUID chosen by the sender for this change. Sending it again never applies the change twice; the app always sends one. */
  mutationId?: string | number | null | undefined;
  /** Notes (up to 5,000 characters); null clears them. */
  notes?: string | null | undefined;
  /** Operating system (up to 100 characters); null clears it. */
  operatingSystem?: string | null | undefined;
  /** Optical resolution in dpi (50 to 10,000). */
  opticalResolutionDpi?: number | null | undefined;
  /** SHA-256 of each photo (the full new list, up to 20). */
  photoShas?: Array<string> | null | undefined;
  /** The CCPOR scan profile is set. */
  scanProfileSet?: boolean | null | undefined;
  /** Serial number (up to 100 characters); null clears it. */
  serialNumber?: string | null | undefined;
  /** Outcome of the test scan. */
  testScanOutcome?: TestScanOutcome | null | undefined;
  /** The workstation. */
  workstationId: string | number;
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

export type RoleMatrixCourtQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleMatrixCourtQuery = { organizations: { nodes: Array<{ id: string }> } };

export type RoleMatrixCreateTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type RoleMatrixCreateTokenMutation = { createApiToken: { token: string | null } };

export type ScopingUpdateDeploymentMutationVariables = Exact<{
  i: UpdateDeploymentInput;
}>;


export type ScopingUpdateDeploymentMutation = { updateDeployment: { id: string } };

export type ScopingAssignStaffMutationVariables = Exact<{
  i: AssignDeploymentStaffInput;
}>;


export type ScopingAssignStaffMutation = { assignDeploymentStaff: { id: string } };

export type ScopingDeploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type ScopingDeploymentQuery = { deployment: { id: string } };

export type ScopingOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type ScopingOrganizationQuery = { organization: { id: string } };

export type ScopingOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopingOrganizationsQuery = { organizations: { totalCount: number, nodes: Array<{ name: string }> } };

export type ScopingTasksDueQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopingTasksDueQuery = { tasksDue: { totalCount: number, nodes: Array<{ deployment: { court: { county: string } } }> } };

export type ScopingStartTaskMutationVariables = Exact<{
  i: TaskActionInput;
}>;


export type ScopingStartTaskMutation = { startTask: { id: string, status: TaskStatus } };

export type ScopingCompleteTaskMutationVariables = Exact<{
  i: TaskActionInput;
}>;


export type ScopingCompleteTaskMutation = { completeTask: { status: TaskStatus } };

export type ScopingContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopingContactsQuery = { organizations: { nodes: Array<{ name: string, contacts: Array<{ email: string }> }> } };

export type ScopingListQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopingListQuery = { deployments: { totalCount: number, nodes: Array<{ id: string, court: { county: string } }> } };

export type AccountRequestFieldsFragment = { id: string, status: AccountRequestStatus, ccporRole: CcporRole, sealedOrders: boolean, email: string, rejectionReason: string | null, version: number, organization: { kind: OrganizationKind } };

export type AccountRequestsRequestMutationVariables = Exact<{
  i: RequestAccountInput;
}>;


export type AccountRequestsRequestMutation = { requestAccount: { id: string, status: AccountRequestStatus, ccporRole: CcporRole, sealedOrders: boolean, email: string, rejectionReason: string | null, version: number, organization: { kind: OrganizationKind } } };

export type AccountRequestsChangeMutationVariables = Exact<{
  i: ChangeAccountRequestStatusInput;
}>;


export type AccountRequestsChangeMutation = { changeAccountRequestStatus: { id: string, status: AccountRequestStatus, ccporRole: CcporRole, sealedOrders: boolean, email: string, rejectionReason: string | null, version: number, organization: { kind: OrganizationKind } } };

export type AccountRequestsProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountRequestsProgressQuery = { deployment: { tasks: Array<{ key: string, status: TaskStatus, evidence: string | null }>, dependencies: Array<{ kind: DependencyKind, status: DependencyStatus }>, accountRequests: Array<{ id: string, status: AccountRequestStatus }> } };

export type AdminTokensOverviewQueryVariables = Exact<{
  f?: ApiTokenFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminTokensOverviewQuery = { apiTokens: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, owner: { id: string, email: string, role: Role } }> } };

export type AdminTokensCreateMutationVariables = Exact<{
  i: CreateApiTokenInput;
}>;


export type AdminTokensCreateMutation = { createApiToken: { token: string | null, apiToken: { id: string } } };

export type AdminTokensRevokeMutationVariables = Exact<{
  i: RevokeApiTokenInput;
}>;


export type AdminTokensRevokeMutation = { revokeApiToken: { id: string, revokedAt: string | null } };

export type AdminTokensCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminTokensCountQuery = { deployments: { totalCount: number } };

export type AdminTokensRevocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminTokensRevocationsQuery = { auditEvents: { nodes: Array<{ actor: string, role: string | null, after: unknown }> } };

export type AuditFiltersAuditEventsQueryVariables = Exact<{
  f?: AuditEventFilter | null | undefined;
}>;


export type AuditFiltersAuditEventsQuery = { auditEvents: { totalCount: number, nodes: Array<{ kind: AuditKind, actor: string, operation: string, entityType: string | null, entityId: string | null }> } };

export type AuditFiltersStartTaskMutationVariables = Exact<{
  i: TaskActionInput;
}>;


export type AuditFiltersStartTaskMutation = { startTask: { id: string, status: TaskStatus } };

export type AuditWritePathEventsQueryVariables = Exact<{
  f?: AuditEventFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditWritePathEventsQuery = { auditEvents: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ kind: AuditKind, actor: string, operation: string, entityType: string | null, entityId: string | null, before: unknown, after: unknown }> } };

export type CatPlanDraftFieldsFragment = { id: string, basedOnVersion: number | null, name: string, version: number, updatedBy: string | null, cases: Array<{ key: string, title: string, area: TestArea, preconditions: string, steps: Array<string>, expectedResult: string, criticality: Criticality, requiresCarpos: boolean }> };

export type CatPlanDraftsStartMutationVariables = Exact<{
  i: StartTestPlanDraftInput;
}>;


export type CatPlanDraftsStartMutation = { startTestPlanDraft: { id: string, basedOnVersion: number | null, name: string, version: number, updatedBy: string | null, cases: Array<{ key: string, title: string, area: TestArea, preconditions: string, steps: Array<string>, expectedResult: string, criticality: Criticality, requiresCarpos: boolean }> } };

export type CatPlanDraftsSaveMutationVariables = Exact<{
  i: SaveTestPlanDraftInput;
}>;


export type CatPlanDraftsSaveMutation = { saveTestPlanDraft: { id: string, basedOnVersion: number | null, name: string, version: number, updatedBy: string | null, cases: Array<{ key: string, title: string, area: TestArea, preconditions: string, steps: Array<string>, expectedResult: string, criticality: Criticality, requiresCarpos: boolean }> } };

export type CatPlanDraftsPublishMutationVariables = Exact<{
  i: TestPlanDraftActionInput;
}>;


export type CatPlanDraftsPublishMutation = { publishTestPlanDraft: { id: string, version: number, name: string, publishedAt: string | null, cases: Array<{ key: string, title: string, steps: Array<string>, position: number }> } };

export type CatPlanDraftsDiscardMutationVariables = Exact<{
  i: TestPlanDraftActionInput;
}>;


export type CatPlanDraftsDiscardMutation = { discardTestPlanDraft: boolean };

export type CatPlanDraftsDraftIdQueryVariables = Exact<{ [key: string]: never; }>;


export type CatPlanDraftsDraftIdQuery = { testPlanDraft: { id: string } | null };

export type CatPlanDraftsPlanVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatPlanDraftsPlanVersionsQuery = { testPlans: Array<{ version: number }> };

export type CatPlanDraftsPublishedPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type CatPlanDraftsPublishedPlanQuery = { testPlan: { id: string, version: number, cases: Array<{ key: string }> } };

export type CatPlanDraftsDraftNameQueryVariables = Exact<{ [key: string]: never; }>;


export type CatPlanDraftsDraftNameQuery = { testPlanDraft: { name: string } | null };

export type CatPlanDraftsRunPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type CatPlanDraftsRunPlanQuery = { testRun: { planId: string } };

export type CatPlanDraftsPlanVersion1QueryVariables = Exact<{ [key: string]: never; }>;


export type CatPlanDraftsPlanVersion1Query = { testPlan: { cases: Array<{ key: string }> } };

export type CatRunsStartTestRunMutationVariables = Exact<{
  i: StartTestRunInput;
}>;


export type CatRunsStartTestRunMutation = { startTestRun: { id: string, purpose: TestRunPurpose, environment: TestEnvironment, startedBy: string, planId: string, summary: { status: TestRunStatus, total: number, untested: number, passed: number, failed: number, blocked: number, retest: number, notApplicable: number, passPercent: number | null, openDefects: { critical: number, major: number, minor: number } }, cases: Array<{ status: CaseStatus, testCase: { id: string, key: string, area: TestArea, criticality: Criticality, requiresCarpos: boolean }, latestAttempt: { id: string, status: TestResultStatus } | null, attempts: Array<{ id: string, status: TestResultStatus, tester: string, notes: string | null }> }> } };

export type CatRunsTestPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type CatRunsTestPlansQuery = { testPlans: Array<{ version: number, publishedAt: string | null, cases: Array<{ key: string, area: TestArea, criticality: Criticality, requiresCarpos: boolean, steps: Array<string>, expectedResult: string, preconditions: string }> }> };

export type CatRunsTestPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type CatRunsTestPlanQuery = { testPlan: { id: string } };

export type CatRunsDeploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type CatRunsDeploymentQuery = { deployment: { testRuns: Array<{ id: string }> } };

export type CatRunsRecordTestResultsMutationVariables = Exact<{
  i: RecordTestResultsInput;
}>;


export type CatRunsRecordTestResultsMutation = { recordTestResults: { applied: number } };

export type CatRunsPageQueryVariables = Exact<{
  id: string | number;
}>;


export type CatRunsPageQuery = { deployment: { testRuns: Array<{ summary: { status: TestRunStatus, passPercent: number | null }, cases: Array<{ status: CaseStatus, attempts: Array<{ id: string }>, latestAttempt: { id: string } | null, testCase: { key: string } }> }> } };

export type CatWalkthroughDeploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type CatWalkthroughDeploymentQuery = { deployment: { id: string, version: number, phase: Phase, status: DeploymentStatus, targetGoLive: string, phaseEnteredOn: string, phasesWithShortWindows: Array<Phase>, closeOut: { approvedBy: string, approvedOn: string } | null, court: { name: string, county: string, ccporProfile: CcporProfile | null }, participatingLeas: Array<{ name: string }>, health: { status: HealthStatus, daysToGoLive: number, reasons: Array<{ code: HealthReasonCode, count: number, message: string }> }, tasksPastDueAtCreation: Array<{ number: number }>, tasks: Array<{ id: string, number: number, key: string, title: string, phase: Phase, status: TaskStatus, dueDate: string, pinned: boolean, pastDueAtCreation: boolean, offsetDays: number, version: number, evidence: string | null, completedOn: string | null }>, dependencies: Array<{ id: string, kind: DependencyKind, status: DependencyStatus, dueDate: string, waitingOn: Party | null, daysWaiting: number | null, note: string | null, version: number }> } };

export type CatWalkthroughDeployment2QueryVariables = Exact<{
  id: string | number;
}>;


export type CatWalkthroughDeployment2Query = { deployment: { readiness: { status: ReadinessStatus, blockers: Array<{ code: BlockerCode }> } } };

export type CatWalkthroughRequestAccountMutationVariables = Exact<{
  i: RequestAccountInput;
}>;


export type CatWalkthroughRequestAccountMutation = { requestAccount: { id: string, version: number } };

export type CatWalkthroughTestRunQueryVariables = Exact<{
  id: string | number;
}>;


export type CatWalkthroughTestRunQuery = { testRun: { signOffs: Array<{ party: Party, status: SignOffStatus, staleBecause: Array<string> }> } };

export type CatWalkthroughReportIncidentMutationVariables = Exact<{
  i: ReportIncidentInput;
}>;


export type CatWalkthroughReportIncidentMutation = { reportIncident: { id: string, status: IncidentStatus, version: number } };

export type ConfirmIdentityAgainMutationVariables = Exact<{
  i: ConfirmIdentityInput;
}>;


export type ConfirmIdentityAgainMutation = { confirmIdentity: boolean };

export type ConfirmChangePasswordMutationVariables = Exact<{
  i: ChangePasswordInput;
}>;


export type ConfirmChangePasswordMutation = { changePassword: boolean };

export type ConfirmStartMfaMutationVariables = Exact<{ [key: string]: never; }>;


export type ConfirmStartMfaMutation = { startMfaEnrolment: { secret: string | null } };

export type ConfirmMfaCodesMutationVariables = Exact<{
  i: ConfirmMfaEnrolmentInput;
}>;


export type ConfirmMfaCodesMutation = { confirmMfaEnrolment: { codes: Array<string> | null } };

export type ConfirmCreateTokenMutationVariables = Exact<{
  i: CreateApiTokenInput;
}>;


export type ConfirmCreateTokenMutation = { createApiToken: { token: string | null, apiToken: { id: string, name: string } } };

export type ConfirmSignInMutationVariables = Exact<{
  i: SignInInput;
}>;


export type ConfirmSignInMutation = { signIn: { user: { id: string } } };

export type ConfirmMyTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ConfirmMyTokensQuery = { myApiTokens: Array<{ id: string }> };

export type ConfirmSecurityEventsQueryVariables = Exact<{
  f?: AuditEventFilter | null | undefined;
}>;


export type ConfirmSecurityEventsQuery = { auditEvents: { nodes: Array<{ actor: string, after: unknown, entityId: string | null }> } };

export type ConfirmResetPasswordMutationVariables = Exact<{
  i: UserActionInput;
}>;


export type ConfirmResetPasswordMutation = { resetPassword: { url: string | null, expiresAt: string } };

export type ConfirmCompleteResetMutationVariables = Exact<{
  i: CompletePasswordResetInput;
}>;


export type ConfirmCompleteResetMutation = { completePasswordReset: boolean };

export type ConfirmUnlockMutationVariables = Exact<{
  i: UserActionInput;
}>;


export type ConfirmUnlockMutation = { unlockUser: { id: string } };

export type CourtProfileCourtQueryVariables = Exact<{
  id: string | number;
}>;


export type CourtProfileCourtQuery = { organization: { id: string, ccporProfile: CcporProfile | null, version: number, updatedBy: string | null } };

export type CourtProfileSetMutationVariables = Exact<{
  i: SetCourtProfileInput;
}>;


export type CourtProfileSetMutation = { setCourtProfile: { id: string, ccporProfile: CcporProfile | null, version: number } };

export type CourtProfileDependenciesQueryVariables = Exact<{
  id: string | number;
}>;


export type CourtProfileDependenciesQuery = { deployment: { dependencies: Array<{ id: string, kind: DependencyKind, status: DependencyStatus, note: string | null, version: number }> } };

export type CourtProfileUpdateDependencyMutationVariables = Exact<{
  i: UpdateDependencyInput;
}>;


export type CourtProfileUpdateDependencyMutation = { updateDependency: { status: DependencyStatus } };

export type CourtProfileSignOffsQueryVariables = Exact<{
  id: string | number;
}>;


export type CourtProfileSignOffsQuery = { testRun: { signOffs: Array<{ party: Party, status: SignOffStatus }> } };

export type CourtProfileAuditQueryVariables = Exact<{
  id: string | number;
}>;


export type CourtProfileAuditQuery = { auditEvents: { nodes: Array<{ operation: string, entityType: string | null, actor: string }> } };

export type CreateDeploymentDeploymentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CreateDeploymentDeploymentsQuery = { deployments: { totalCount: number } };

export type CreateDeploymentCreateDeploymentMutationVariables = Exact<{
  i: CreateDeploymentInput;
}>;


export type CreateDeploymentCreateDeploymentMutation = { createDeployment: { id: string } };

export type CreateDeploymentCreateDeployment2MutationVariables = Exact<{
  i: CreateDeploymentInput;
}>;


export type CreateDeploymentCreateDeployment2Mutation = { createDeployment: { id: string } };

export type CreateDeploymentCreateDeployment3MutationVariables = Exact<{
  i: CreateDeploymentInput;
}>;


export type CreateDeploymentCreateDeployment3Mutation = { createDeployment: { id: string } };

export type CreateDeploymentCreateDeployment4MutationVariables = Exact<{
  i: CreateDeploymentInput;
}>;


export type CreateDeploymentCreateDeployment4Mutation = { createDeployment: { id: string } };

export type CreateDeploymentCreateDeployment5MutationVariables = Exact<{
  i: CreateDeploymentInput;
}>;


export type CreateDeploymentCreateDeployment5Mutation = { createDeployment: { id: string } };

export type CreateDeploymentCreateDeployment6MutationVariables = Exact<{
  i: CreateDeploymentInput;
}>;


export type CreateDeploymentCreateDeployment6Mutation = { createDeployment: { id: string } };

export type CreateDeploymentCreateDeployment7MutationVariables = Exact<{
  i: CreateDeploymentInput;
}>;


export type CreateDeploymentCreateDeployment7Mutation = { createDeployment: { id: string } };

export type CreateDeploymentDeployments2QueryVariables = Exact<{ [key: string]: never; }>;


export type CreateDeploymentDeployments2Query = { deployments: { nodes: Array<{ id: string }> } };

export type CreateDeploymentDeploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type CreateDeploymentDeploymentQuery = { deployment: { id: string, version: number, phase: Phase, status: DeploymentStatus, targetGoLive: string, phaseEnteredOn: string, phasesWithShortWindows: Array<Phase>, court: { name: string, county: string, ccporProfile: CcporProfile | null }, participatingLeas: Array<{ name: string }>, health: { status: HealthStatus, daysToGoLive: number, reasons: Array<{ code: HealthReasonCode, count: number, message: string }> }, tasksPastDueAtCreation: Array<{ number: number }>, tasks: Array<{ id: string, number: number, key: string, title: string, phase: Phase, status: TaskStatus, dueDate: string, pinned: boolean, pastDueAtCreation: boolean, offsetDays: number, version: number, evidence: string | null, completedOn: string | null }>, dependencies: Array<{ id: string, kind: DependencyKind, status: DependencyStatus, dueDate: string, waitingOn: Party | null, daysWaiting: number | null, note: string | null, version: number }> } };

export type CreateDeploymentDeployment2QueryVariables = Exact<{ [key: string]: never; }>;


export type CreateDeploymentDeployment2Query = { deployment: { id: string } };

export type BoundedMeetingMutationVariables = Exact<{
  i: RecordMeetingInput;
}>;


export type BoundedMeetingMutation = { recordMeeting: { id: string, meetingOn: string } };

export type BoundedDocumentMutationVariables = Exact<{
  i: RecordDocumentInput;
}>;


export type BoundedDocumentMutation = { recordDocument: { id: string, exchangedOn: string } };

export type BoundedIncidentMutationVariables = Exact<{
  i: ReportIncidentInput;
}>;


export type BoundedIncidentMutation = { reportIncident: { id: string, reportedAt: string } };

export type BoundedTrainingMutationVariables = Exact<{
  i: ScheduleTrainingInput;
}>;


export type BoundedTrainingMutation = { scheduleTraining: { id: string, scheduledOn: string, version: number } };

export type BoundedTrainingHeldMutationVariables = Exact<{
  i: RecordTrainingHeldInput;
}>;


export type BoundedTrainingHeldMutation = { recordTrainingHeld: { id: string, heldOn: string | null } };

export type BoundedDeploymentMutationVariables = Exact<{
  i: CreateDeploymentInput;
}>;


export type BoundedDeploymentMutation = { createDeployment: { id: string } };

export type BoundedMoveMutationVariables = Exact<{
  i: MoveTaskInput;
}>;


export type BoundedMoveMutation = { moveTask: { id: string, dueDate: string } };

export type DefectsOfRunQueryVariables = Exact<{
  id: string | number;
}>;


export type DefectsOfRunQuery = { testRun: { defects: Array<{ id: string }>, cases: Array<{ attempts: Array<{ id: string, defects: Array<{ id: string }> }> }> } };

export type DefectsRunDeploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type DefectsRunDeploymentQuery = { testRun: { deployment: { id: string } } };

export type DeploymentImportPreviewDeploymentImportQueryVariables = Exact<{
  csv: string;
}>;


export type DeploymentImportPreviewDeploymentImportQuery = { previewDeploymentImport: { validCount: number, invalidCount: number, rows: Array<{ line: number, court: string, courtId: string | null, courtName: string | null, targetGoLive: string | null, phase: Phase | null, status: DeploymentStatus | null, wave: number | null, leaNames: Array<string>, problems: Array<{ field: string, message: string }> }> } };

export type DeploymentImportImportDeploymentsMutationVariables = Exact<{
  i: ImportDeploymentsInput;
}>;


export type DeploymentImportImportDeploymentsMutation = { importDeployments: { created: Array<{ actualGoLive: string | null, wave: number | null, id: string, version: number, phase: Phase, status: DeploymentStatus, targetGoLive: string, phaseEnteredOn: string, phasesWithShortWindows: Array<Phase>, court: { name: string, county: string, ccporProfile: CcporProfile | null }, participatingLeas: Array<{ name: string }>, health: { status: HealthStatus, daysToGoLive: number, reasons: Array<{ code: HealthReasonCode, count: number, message: string }> }, tasksPastDueAtCreation: Array<{ number: number }>, tasks: Array<{ id: string, number: number, key: string, title: string, phase: Phase, status: TaskStatus, dueDate: string, pinned: boolean, pastDueAtCreation: boolean, offsetDays: number, version: number, evidence: string | null, completedOn: string | null }>, dependencies: Array<{ id: string, kind: DependencyKind, status: DependencyStatus, dueDate: string, waitingOn: Party | null, daysWaiting: number | null, note: string | null, version: number }> }>, skipped: Array<{ line: number, court: string, problems: Array<{ field: string, message: string }> }> } };

export type DeploymentImportDeploymentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeploymentImportDeploymentsQuery = { deployments: { totalCount: number } };

export type DeploymentsListPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: DeploymentFilter | null | undefined;
}>;


export type DeploymentsListPageQuery = { deployments: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, targetGoLive: string, wave: number | null, court: { county: string }, health: { status: HealthStatus } }> } };

export type DeploymentsListWithTasksQueryVariables = Exact<{
  first: number;
}>;


export type DeploymentsListWithTasksQuery = { deployments: { totalCount: number, nodes: Array<{ court: { name: string }, participatingLeas: Array<{ name: string }>, health: { status: HealthStatus, reasons: Array<{ code: HealthReasonCode }> }, tasks: Array<{ number: number, status: TaskStatus, prerequisites: Array<{ number: number }> }>, dependencies: Array<{ kind: DependencyKind, daysWaiting: number | null }>, nextDueTasks: Array<{ number: number }> }> } };

export type DeploymentsListTasksDueBeforeQueryVariables = Exact<{ [key: string]: never; }>;


export type DeploymentsListTasksDueBeforeQuery = { tasksDue: { totalCount: number, nodes: Array<{ number: number, dueDate: string, deployment: { court: { county: string } } }> } };

export type DeploymentsListTasksDueInJanuaryQueryVariables = Exact<{ [key: string]: never; }>;


export type DeploymentsListTasksDueInJanuaryQuery = { tasksDue: { totalCount: number, nodes: Array<{ number: number, dueDate: string }> } };

export type HealthOfDeploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type HealthOfDeploymentQuery = { deployment: { health: { status: HealthStatus, daysToGoLive: number, reasons: Array<{ code: HealthReasonCode, count: number }> } } };

export type HealthAtRiskCountQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthAtRiskCountQuery = { deployments: { totalCount: number } };

export type HealthCompleteTaskMutationVariables = Exact<{
  i: TaskActionInput;
}>;


export type HealthCompleteTaskMutation = { completeTask: { status: TaskStatus } };

export type HealthUpdateDependencyMutationVariables = Exact<{
  i: UpdateDependencyInput;
}>;


export type HealthUpdateDependencyMutation = { updateDependency: { id: string } };

export type HealthDependencyWaitsQueryVariables = Exact<{
  id: string | number;
}>;


export type HealthDependencyWaitsQuery = { deployment: { health: { status: HealthStatus }, dependencies: Array<{ kind: DependencyKind, waitingOn: Party | null, daysWaiting: number | null }> } };

export type HealthChangeStatusMutationVariables = Exact<{
  i: ChangeDeploymentStatusInput;
}>;


export type HealthChangeStatusMutation = { changeDeploymentStatus: { status: DeploymentStatus } };

export type HostileTaskFieldsFragment = { id: string, number: number, status: TaskStatus, reason: string | null, version: number };

export type HostileMeetingFieldsFragment = { id: string, title: string, notes: string | null, attendees: Array<string>, meetingOn: string };

export type HostileDependencyFieldsFragment = { id: string, kind: DependencyKind, status: DependencyStatus, note: string | null, owner: string | null, externalReference: string | null, version: number };

export type HostileWaiveMutationVariables = Exact<{
  i: WaiveTaskInput;
}>;


export type HostileWaiveMutation = { waiveTask: { id: string, number: number, status: TaskStatus, reason: string | null, version: number } };

export type HostileTasksQueryVariables = Exact<{
  id: string | number;
}>;


export type HostileTasksQuery = { deployment: { tasks: Array<{ id: string, number: number, status: TaskStatus, reason: string | null, version: number }> } };

export type HostileRecordMeetingMutationVariables = Exact<{
  i: RecordMeetingInput;
}>;


export type HostileRecordMeetingMutation = { recordMeeting: { id: string, title: string, notes: string | null, attendees: Array<string>, meetingOn: string } };

export type HostileMeetingsQueryVariables = Exact<{
  id: string | number;
}>;


export type HostileMeetingsQuery = { deployment: { meetings: Array<{ id: string, title: string, notes: string | null, attendees: Array<string>, meetingOn: string }> } };

export type HostileUpdateDependencyMutationVariables = Exact<{
  i: UpdateDependencyInput;
}>;


export type HostileUpdateDependencyMutation = { updateDependency: { id: string, kind: DependencyKind, status: DependencyStatus, note: string | null, owner: string | null, externalReference: string | null, version: number } };

export type HostileDependenciesQueryVariables = Exact<{
  id: string | number;
}>;


export type HostileDependenciesQuery = { deployment: { dependencies: Array<{ id: string, kind: DependencyKind, status: DependencyStatus, note: string | null, owner: string | null, externalReference: string | null, version: number }> } };

export type HostileCreateUserMutationVariables = Exact<{
  i: CreateUserInput;
}>;


export type HostileCreateUserMutation = { createUser: { user: { id: string, email: string, displayName: string } } };

export type HostileUsersQueryVariables = Exact<{
  n: number;
  s?: string | null | undefined;
}>;


export type HostileUsersQuery = { users: { totalCount: number, nodes: Array<{ email: string, displayName: string }> } };

export type HostileDeploymentsQueryVariables = Exact<{
  n: number;
}>;


export type HostileDeploymentsQuery = { deployments: { totalCount: number } };

export type HostileChangesQueryVariables = Exact<{
  id: string | number;
}>;


export type HostileChangesQuery = { auditEvents: { nodes: Array<{ operation: string }> } };

export type HostileCreateDeploymentMutationVariables = Exact<{
  i: CreateDeploymentInput;
}>;


export type HostileCreateDeploymentMutation = { createDeployment: { id: string, targetGoLive: string } };

export type HostileMoveTaskMutationVariables = Exact<{
  i: MoveTaskInput;
}>;


export type HostileMoveTaskMutation = { moveTask: { id: string } };

export type IncidentsReportMutationVariables = Exact<{
  i: ReportIncidentInput;
}>;


export type IncidentsReportMutation = { reportIncident: { id: string, status: IncidentStatus, severity: IncidentSeverity, version: number, reportedBy: string } };

export type IncidentsUpdateMutationVariables = Exact<{
  i: UpdateIncidentInput;
}>;


export type IncidentsUpdateMutation = { updateIncident: { id: string, status: IncidentStatus, severity: IncidentSeverity, resolution: string | null, resolvedAt: string | null, version: number } };

export type IncidentsCloseOutMutationVariables = Exact<{
  i: ApproveCloseOutInput;
}>;


export type IncidentsCloseOutMutation = { approveCloseOut: { status: DeploymentStatus, version: number } };

export type IncidentsOfDeploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type IncidentsOfDeploymentQuery = { deployment: { incidents: Array<{ id: string }> } };

export type IncidentsCloseOutRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type IncidentsCloseOutRecordQuery = { deployment: { closeOut: { approvedBy: string, approverRole: string, statement: string | null } | null, tasks: Array<{ key: string, status: TaskStatus }> } };

export type LifecycleTemplateTaskFieldsFragment = { key: string, title: string, phase: Phase, party: Party, kind: TaskKind, offsetDays: number, required: boolean, prerequisiteNumbers: Array<number> };

export type LifecycleTemplateVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type LifecycleTemplateVersionsQuery = { lifecycleTemplates: Array<{ id: string, version: number, name: string, publishedAt: string | null, deploymentCount: number }> };

export type LifecycleTemplateCreateDraftMutationVariables = Exact<{
  i: CreateLifecycleTemplateDraftInput;
}>;


export type LifecycleTemplateCreateDraftMutation = { createLifecycleTemplateDraft: { id: string, version: number, name: string, publishedAt: string | null, tasks: Array<{ number: number, key: string, title: string, phase: Phase, party: Party, kind: TaskKind, offsetDays: number, required: boolean, prerequisiteNumbers: Array<number> }> } };

export type LifecycleTemplateSaveDraftMutationVariables = Exact<{
  i: SaveLifecycleTemplateDraftInput;
}>;


export type LifecycleTemplateSaveDraftMutation = { saveLifecycleTemplateDraft: { id: string, name: string, publishedAt: string | null, tasks: Array<{ number: number, lane: Lane, key: string, title: string, phase: Phase, party: Party, kind: TaskKind, offsetDays: number, required: boolean, prerequisiteNumbers: Array<number> }> } };

export type LifecycleTemplatePublishMutationVariables = Exact<{
  i: PublishLifecycleTemplateInput;
}>;


export type LifecycleTemplatePublishMutation = { publishLifecycleTemplate: { id: string, version: number, publishedAt: string | null } };

export type LifecycleTemplateDeploymentTasksQueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleTemplateDeploymentTasksQuery = { deployment: { tasks: Array<{ key: string }> } };

export type LifecycleTemplateCurrentQueryVariables = Exact<{ [key: string]: never; }>;


export type LifecycleTemplateCurrentQuery = { currentLifecycleTemplate: { version: number } };

export type LifecycleTemplateDraftTasksQueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleTemplateDraftTasksQuery = { lifecycleTemplate: { name: string, tasks: Array<{ key: string }> } };

export type MailScheduleTrainingMutationVariables = Exact<{
  i: ScheduleTrainingInput;
}>;


export type MailScheduleTrainingMutation = { scheduleTraining: { id: string } };

export type MailMailboxQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: MailboxFilter | null | undefined;
}>;


export type MailMailboxQuery = { mailbox: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, messageId: string, kind: MailKind | null, toAddress: string, subject: string, body: string, link: string, status: MailStatus, attempts: number, lastError: string | null, sentAt: string | null }> } };

export type MailSettingsMutationVariables = Exact<{
  i: UpdateMyMailSettingsInput;
}>;


export type MailSettingsMutation = { updateMyMailSettings: { id: string, version: number, timeZone: string, mailPreferences: Array<{ kind: MailKind, delivery: MailDelivery }> | null } };

export type MailMeQueryVariables = Exact<{ [key: string]: never; }>;


export type MailMeQuery = { me: { id: string, version: number, timeZone: string, mailPreferences: Array<{ kind: MailKind, delivery: MailDelivery }> | null } | null };

export type MailUnsubscribeMutationVariables = Exact<{
  i: UnsubscribeMailInput;
}>;


export type MailUnsubscribeMutation = { unsubscribeMail: { kinds: Array<MailKind>, digest: boolean } };

export type MaintainedRunRatesQueryVariables = Exact<{ [key: string]: never; }>;


export type MaintainedRunRatesQuery = { catRunRatesReport: { totalCount: number, nodes: Array<{ runId: string, status: TestRunStatus, total: number, passed: number, failed: number, blocked: number, untested: number }> } };

export type AttachmentsRecordDocumentMutationVariables = Exact<{
  input: RecordDocumentInput;
}>;


export type AttachmentsRecordDocumentMutation = { recordDocument: { id: string, title: string, attachments: Array<{ sha256: string, fileName: string, contentType: string, size: number }> } };

export type AttachmentsRecordMeetingMutationVariables = Exact<{
  input: RecordMeetingInput;
}>;


export type AttachmentsRecordMeetingMutation = { recordMeeting: { id: string, attachments: Array<{ sha256: string, fileName: string }> } };

export type AttachmentsRecordsQueryVariables = Exact<{
  id: string | number;
}>;


export type AttachmentsRecordsQuery = { deployment: { documents: Array<{ title: string, attachments: Array<{ sha256: string, fileName: string }> }>, meetings: Array<{ title: string, attachments: Array<{ sha256: string, fileName: string }> }> } };

export type NothingPublishedCreateDeploymentMutationVariables = Exact<{
  i: CreateDeploymentInput;
}>;


export type NothingPublishedCreateDeploymentMutation = { createDeployment: { id: string } };

export type NothingPublishedLifecycleDraftMutationVariables = Exact<{
  i: CreateLifecycleTemplateDraftInput;
}>;


export type NothingPublishedLifecycleDraftMutation = { createLifecycleTemplateDraft: { id: string } };

export type NothingPublishedStartRunMutationVariables = Exact<{
  i: StartTestRunInput;
}>;


export type NothingPublishedStartRunMutation = { startTestRun: { id: string } };

export type NothingPublishedScannerRequirementsQueryVariables = Exact<{ [key: string]: never; }>;


export type NothingPublishedScannerRequirementsQuery = { scannerRequirements: { version: number } };

export type NotificationsFeedQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NotificationsFeedQuery = { notifications: { unreadCount: number, readUpTo: string | null, items: Array<{ id: string, kind: NotificationKind, at: string, deploymentId: string, courtName: string, summary: string, actor: string | null, unread: boolean }> } };

export type NotificationsMarkReadMutationVariables = Exact<{
  i: MarkNotificationsReadInput;
}>;


export type NotificationsMarkReadMutation = { markNotificationsRead: { readUpTo: string } };

export type NotificationsStartTaskMutationVariables = Exact<{
  i: TaskActionInput;
}>;


export type NotificationsStartTaskMutation = { startTask: { id: string, status: TaskStatus } };

export type NotificationsAssignStaffMutationVariables = Exact<{
  i: AssignDeploymentStaffInput;
}>;


export type NotificationsAssignStaffMutation = { assignDeploymentStaff: { id: string } };

export type NotificationsRecordMeetingMutationVariables = Exact<{
  i: RecordMeetingInput;
}>;


export type NotificationsRecordMeetingMutation = { recordMeeting: { id: string } };

export type NotificationsScheduleTrainingMutationVariables = Exact<{
  i: ScheduleTrainingInput;
}>;


export type NotificationsScheduleTrainingMutation = { scheduleTraining: { id: string } };

export type CalendarFeedCreateMutationVariables = Exact<{
  input: MutationIdInput;
}>;


export type CalendarFeedCreateMutation = { createCalendarFeed: { path: string | null, feed: { id: string, createdAt: string } } };

export type CalendarFeedMineQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedMineQuery = { myCalendarFeed: { id: string } | null };

export type CalendarFeedRevokeMutationVariables = Exact<{
  input: MutationIdInput;
}>;


export type CalendarFeedRevokeMutation = { revokeCalendarFeed: boolean };

export type OnSiteCaptureProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type OnSiteCaptureProgressQuery = { deployment: { tasks: Array<{ id: string, key: string, status: TaskStatus, evidence: string | null, version: number }>, dependencies: Array<{ kind: DependencyKind, status: DependencyStatus, metOn: string | null }>, scannerSummary: { assessed: number, meeting: number, toConfigure: number, toReplace: number } } };

export type OnSiteResponseFieldsFragment = { id: string, status: ResponseStatus, version: number, reviewComment: string | null };

export type OnSiteCompleteTaskMutationVariables = Exact<{
  i: TaskActionInput;
}>;


export type OnSiteCompleteTaskMutation = { completeTask: { status: TaskStatus } };

export type OnSiteStartResponseMutationVariables = Exact<{
  i: StartResponseInput;
}>;


export type OnSiteStartResponseMutation = { startResponse: { id: string, status: ResponseStatus, version: number, reviewComment: string | null } };

export type OnSiteSaveResponseMutationVariables = Exact<{
  i: SaveResponseInput;
}>;


export type OnSiteSaveResponseMutation = { saveResponse: { id: string, status: ResponseStatus, version: number, reviewComment: string | null } };

export type OnSiteSubmitResponseMutationVariables = Exact<{
  i: SubmitResponseInput;
}>;


export type OnSiteSubmitResponseMutation = { submitResponse: { id: string, status: ResponseStatus, version: number, reviewComment: string | null } };

export type OnSiteReturnResponseMutationVariables = Exact<{
  i: ReviewResponseInput;
}>;


export type OnSiteReturnResponseMutation = { returnResponse: { id: string, status: ResponseStatus, version: number, reviewComment: string | null } };

export type OnSiteAcceptResponseMutationVariables = Exact<{
  i: ReviewResponseInput;
}>;


export type OnSiteAcceptResponseMutation = { acceptResponse: { id: string, status: ResponseStatus, version: number, reviewComment: string | null } };

export type OnSiteCompleteAssessmentMutationVariables = Exact<{
  i: CompleteScannerAssessmentInput;
}>;


export type OnSiteCompleteAssessmentMutation = { completeScannerAssessment: { status: ScannerAssessmentStatus } };

export type OnSiteResolveConflictMutationVariables = Exact<{
  i: ResolveConflictInput;
}>;


export type OnSiteResolveConflictMutation = { resolveConflict: { status: ConflictStatus, resolvedVersion: number | null } };

export type OnSiteRequestAccountMutationVariables = Exact<{
  i: RequestAccountInput;
}>;


export type OnSiteRequestAccountMutation = { requestAccount: { id: string, version: number } };

export type OnSiteChangeAccountRequestMutationVariables = Exact<{
  i: ChangeAccountRequestStatusInput;
}>;


export type OnSiteChangeAccountRequestMutation = { changeAccountRequestStatus: { status: AccountRequestStatus, version: number } };

export type OnSiteScheduleTrainingMutationVariables = Exact<{
  i: ScheduleTrainingInput;
}>;


export type OnSiteScheduleTrainingMutation = { scheduleTraining: { id: string, version: number } };

export type OnSiteRecordTrainingHeldMutationVariables = Exact<{
  i: RecordTrainingHeldInput;
}>;


export type OnSiteRecordTrainingHeldMutation = { recordTrainingHeld: { status: TrainingStatus } };

export type OnSiteAssessmentWorkstationsQueryVariables = Exact<{
  id: string | number;
}>;


export type OnSiteAssessmentWorkstationsQuery = { scannerAssessment: { workstations: Array<{ id: string, drivers: Array<ScannerDriver>, notes: string | null, version: number }> } };

export type OnSiteConflictHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type OnSiteConflictHistoryQuery = { conflicts: { nodes: Array<{ status: ConflictStatus, resolution: ConflictResolution | null, attempted: unknown, server: unknown, resolvedValues: unknown, resolvedBy: string | null }> } };

export type PersistedPhaseCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type PersistedPhaseCountsQuery = { deploymentCountsReport: Array<{ phase: Phase, status: DeploymentStatus, health: HealthStatus, deployments: number }> };

export type PersistedWhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type PersistedWhoAmIQuery = { me: { id: string } | null };

export type PersistedGoLiveMonthsQueryVariables = Exact<{ [key: string]: never; }>;


export type PersistedGoLiveMonthsQuery = { goLivesByMonthReport: Array<{ month: string, planned: number, actual: number }> };

export type PersistedCreateTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type PersistedCreateTokenMutation = { createApiToken: { token: string | null } };

export type ProductionSignInMutationVariables = Exact<{
  i: SignInInput;
}>;


export type ProductionSignInMutation = { signIn: { user: { id: string } } };

export type ProductionSchemaNameQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductionSchemaNameQuery = { __schema: { queryType: { name: string | null } } };

export type ProductionDeploymentCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductionDeploymentCountQuery = { deployments: { totalCount: number } };

export type PublishRequirementsMutationVariables = Exact<{
  i: PublishScannerRequirementsInput;
}>;


export type PublishRequirementsMutation = { publishScannerRequirements: { version: number, publishedBy: string, requirements: Array<{ key: string, category: RequirementCategory, minimum: number | null, anyOf: Array<string> | null }> } };

export type PublishRequirementsCurrentQueryVariables = Exact<{
  v?: number | null | undefined;
}>;


export type PublishRequirementsCurrentQuery = { scannerRequirements: { version: number, requirements: Array<{ key: string, category: RequirementCategory, description: string, fact: ScannerFact, operator: RequirementOperator, minimum: number | null, anyOf: Array<string> | null }> } };

export type PublishRequirementsDependenciesQueryVariables = Exact<{
  id: string | number;
}>;


export type PublishRequirementsDependenciesQuery = { deployment: { dependencies: Array<{ kind: DependencyKind, status: DependencyStatus }> } };

export type QueryLimitsSignInMutationVariables = Exact<{
  i: SignInInput;
}>;


export type QueryLimitsSignInMutation = { signIn: { user: { id: string } } };

export type QueryLimitsDeploymentsPageQueryVariables = Exact<{
  n: number;
}>;


export type QueryLimitsDeploymentsPageQuery = { deployments: { totalCount: number, nodes: Array<{ id: string }> } };

export type QueryLimitsOrganizationsPageQueryVariables = Exact<{
  n: number;
}>;


export type QueryLimitsOrganizationsPageQuery = { organizations: { totalCount: number, nodes: Array<{ id: string }> } };

export type QueryLimitsUsersPageQueryVariables = Exact<{
  n: number;
}>;


export type QueryLimitsUsersPageQuery = { users: { totalCount: number } };

export type QuestionnaireResponseFieldsFragment = { id: string, status: ResponseStatus, answers: unknown, version: number, reviewComment: string | null, submittedBy: string | null, reviewedBy: string | null, taskId: string | null, filledOnSite: boolean, questionnaire: { key: string, version: number } };

export type QuestionnaireStartResponseMutationVariables = Exact<{
  i: StartResponseInput;
}>;


export type QuestionnaireStartResponseMutation = { startResponse: { id: string, status: ResponseStatus, answers: unknown, version: number, reviewComment: string | null, submittedBy: string | null, reviewedBy: string | null, taskId: string | null, filledOnSite: boolean, questionnaire: { key: string, version: number } } };

export type QuestionnaireSaveResponseMutationVariables = Exact<{
  i: SaveResponseInput;
}>;


export type QuestionnaireSaveResponseMutation = { saveResponse: { id: string, status: ResponseStatus, answers: unknown, version: number, reviewComment: string | null, submittedBy: string | null, reviewedBy: string | null, taskId: string | null, filledOnSite: boolean, questionnaire: { key: string, version: number } } };

export type QuestionnaireSubmitResponseMutationVariables = Exact<{
  i: SubmitResponseInput;
}>;


export type QuestionnaireSubmitResponseMutation = { submitResponse: { id: string, status: ResponseStatus, answers: unknown, version: number, reviewComment: string | null, submittedBy: string | null, reviewedBy: string | null, taskId: string | null, filledOnSite: boolean, questionnaire: { key: string, version: number } } };

export type QuestionnaireAcceptResponseMutationVariables = Exact<{
  i: ReviewResponseInput;
}>;


export type QuestionnaireAcceptResponseMutation = { acceptResponse: { id: string, status: ResponseStatus, answers: unknown, version: number, reviewComment: string | null, submittedBy: string | null, reviewedBy: string | null, taskId: string | null, filledOnSite: boolean, questionnaire: { key: string, version: number } } };

export type QuestionnaireReturnResponseMutationVariables = Exact<{
  i: ReviewResponseInput;
}>;


export type QuestionnaireReturnResponseMutation = { returnResponse: { id: string, status: ResponseStatus, answers: unknown, version: number, reviewComment: string | null, submittedBy: string | null, reviewedBy: string | null, taskId: string | null, filledOnSite: boolean, questionnaire: { key: string, version: number } } };

export type QuestionnaireDeploymentTasksQueryVariables = Exact<{
  id: string | number;
}>;


export type QuestionnaireDeploymentTasksQuery = { deployment: { tasks: Array<{ id: string, key: string, status: TaskStatus, evidence: string | null, version: number }> } };

export type QuestionnairePublishMutationVariables = Exact<{
  i: PublishQuestionnaireInput;
}>;


export type QuestionnairePublishMutation = { publishQuestionnaire: { key: string, version: number, taskKey: string | null, questions: Array<{ key: string }> } };

export type QuestionnairesSeededQueryVariables = Exact<{ [key: string]: never; }>;


export type QuestionnairesSeededQuery = { questionnaires: Array<{ key: string, version: number, title: string, taskKey: string | null, questions: Array<{ key: string, type: QuestionType, required: boolean, unit: string | null, min: number | null, max: number | null, choices: Array<{ value: string }> | null, visibleWhen: { questionKey: string, equals: unknown } | null, questions: Array<{ key: string, type: QuestionType }> | null }> }> };

export type QuestionnaireUnknownVersionQueryVariables = Exact<{ [key: string]: never; }>;


export type QuestionnaireUnknownVersionQuery = { questionnaire: { id: string } };

export type QuestionnaireCompleteTaskMutationVariables = Exact<{
  i: TaskActionInput;
}>;


export type QuestionnaireCompleteTaskMutation = { completeTask: { status: TaskStatus } };

export type QuestionnaireResponseByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type QuestionnaireResponseByIdQuery = { questionnaireResponse: { id: string } };

export type QuestionnaireTrainingVersion1QueryVariables = Exact<{ [key: string]: never; }>;


export type QuestionnaireTrainingVersion1Query = { questionnaire: { questions: Array<{ key: string }> } };

export type ReadinessGoLiveWaitMutationVariables = Exact<{
  i: UpdateDependencyInput;
}>;


export type ReadinessGoLiveWaitMutation = { updateDependency: { status: DependencyStatus } };

export type ReadinessWaitOnDojMutationVariables = Exact<{
  i: UpdateDependencyInput;
}>;


export type ReadinessWaitOnDojMutation = { updateDependency: { status: DependencyStatus } };

export type ReadinessGoLiveDeploymentReadinessQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadinessGoLiveDeploymentReadinessQuery = { deploymentReadiness: { status: ReadinessStatus } };

export type ReadinessGoLivePageQueryVariables = Exact<{
  county?: Array<string> | string | null | undefined;
}>;


export type ReadinessGoLivePageQuery = { deployments: { nodes: Array<{ id: string, readiness: { status: ReadinessStatus, asOf: string, acceptanceRun: { id: string } | null, blockers: Array<{ code: BlockerCode, what: string, why: string, recordType: string, recordId: string, party: Party, daysOpen: number }> } }> } };

export type ReadinessGoLiveDeploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadinessGoLiveDeploymentQuery = { deployment: { status: DeploymentStatus, phase: Phase, version: number, tasks: Array<{ key: string, status: TaskStatus }> } };

export type ReadinessGoLiveChangeDeploymentStatusMutationVariables = Exact<{
  i: ChangeDeploymentStatusInput;
}>;


export type ReadinessGoLiveChangeDeploymentStatusMutation = { changeDeploymentStatus: { status: DeploymentStatus, version: number } };

export type ReadinessGoLiveRescheduleGoLiveMutationVariables = Exact<{
  i: RescheduleGoLiveInput;
}>;


export type ReadinessGoLiveRescheduleGoLiveMutation = { rescheduleGoLive: { toGoLive: string } };

export type ReadinessGoLiveReopenTaskMutationVariables = Exact<{
  i: TaskActionInput;
}>;


export type ReadinessGoLiveReopenTaskMutation = { reopenTask: { status: TaskStatus } };

export type ReadinessGoLiveTasksQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadinessGoLiveTasksQuery = { deployment: { version: number, tasks: Array<{ id: string, number: number, key: string, phase: Phase, status: TaskStatus, reason: string | null, version: number }> } };

export type ReplayCreateDeploymentMutationVariables = Exact<{
  i: CreateDeploymentInput;
}>;


export type ReplayCreateDeploymentMutation = { createDeployment: { id: string, version: number } };

export type ReplayUpdateDependencyMutationVariables = Exact<{
  i: UpdateDependencyInput;
}>;


export type ReplayUpdateDependencyMutation = { updateDependency: { id: string, status: DependencyStatus, waitingOn: Party | null, version: number, updatedBy: string | null } };

export type ReplayDeploymentCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplayDeploymentCountQuery = { deployments: { totalCount: number } };

export type ReplayCompleteTaskMutationVariables = Exact<{
  i: TaskActionInput;
}>;


export type ReplayCompleteTaskMutation = { completeTask: { status: TaskStatus } };

export type ReplayDependenciesQueryVariables = Exact<{
  id: string | number;
}>;


export type ReplayDependenciesQuery = { deployment: { dependencies: Array<{ id: string, status: DependencyStatus, version: number }> } };

export type ReplayPlanCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplayPlanCasesQuery = { testPlan: { cases: Array<{ id: string, requiresCarpos: boolean }> } };

export type ReplayStartRunMutationVariables = Exact<{
  i: StartTestRunInput;
}>;


export type ReplayStartRunMutation = { startTestRun: { id: string } };

export type ReplaySyncMutationVariables = Exact<{
  i: RecordTestResultsInput;
}>;


export type ReplaySyncMutation = { recordTestResults: { applied: number, replayed: number, refused: number } };

export type ReplayAssignStaffMutationVariables = Exact<{
  i: AssignDeploymentStaffInput;
}>;


export type ReplayAssignStaffMutation = { assignDeploymentStaff: { version: number } };

export type ReplayDeploymentVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type ReplayDeploymentVersionQuery = { deployment: { version: number } };

export type ReportsUpdateDependencyMutationVariables = Exact<{
  i: UpdateDependencyInput;
}>;


export type ReportsUpdateDependencyMutation = { updateDependency: { status: DependencyStatus } };

export type ReportsReadinessBlockersQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportsReadinessBlockersQuery = { deploymentReadiness: { blockers: Array<{ code: BlockerCode, what: string, why: string, recordType: string, recordId: string, party: Party, daysOpen: number }> } };

export type ReportsCreateTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type ReportsCreateTokenMutation = { createApiToken: { token: string | null } };

export type ReportsOwnScannerInventoryQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsOwnScannerInventoryQuery = { scannerInventory: Array<{ make: string, workstations: number }> };

export type ReportsOverdueBackwardsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsOverdueBackwardsQuery = { overdueTasksReport: Array<{ tasks: number }> };

export type ReportsCaseRatesPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReportsCaseRatesPageQuery = { catCaseRatesReport: { totalCount: number } };

export type ReportsRunPassPercentQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportsRunPassPercentQuery = { testRun: { summary: { passPercent: number | null } } };

export type ReportsDeploymentsQueryVariables = Exact<{
  f?: DeploymentFilter | null | undefined;
}>;


export type ReportsDeploymentsQuery = { deployments: { totalCount: number, nodes: Array<{ id: string }> } };

export type RescheduleGoLivePreviewPastDueQueryVariables = Exact<{
  deploymentId: string | number;
  targetGoLive: string;
}>;


export type RescheduleGoLivePreviewPastDueQuery = { previewReschedule: { pastDue: Array<{ dueDate: string, newly: boolean, task: { number: number } }> } };

export type RescheduleGoLiveRescheduleGoLiveMutationVariables = Exact<{
  input: RescheduleGoLiveInput;
}>;


export type RescheduleGoLiveRescheduleGoLiveMutation = { rescheduleGoLive: { fromGoLive: string, toGoLive: string, phasesWithShortWindows: Array<Phase>, moved: Array<{ from: string, to: string, task: { number: number } }>, pinned: Array<{ number: number }>, pastDue: Array<{ dueDate: string, newly: boolean, task: { number: number } }>, deployment: { id: string, version: number, phase: Phase, status: DeploymentStatus, targetGoLive: string, phaseEnteredOn: string, phasesWithShortWindows: Array<Phase>, court: { name: string, county: string, ccporProfile: CcporProfile | null }, participatingLeas: Array<{ name: string }>, health: { status: HealthStatus, daysToGoLive: number, reasons: Array<{ code: HealthReasonCode, count: number, message: string }> }, tasksPastDueAtCreation: Array<{ number: number }>, tasks: Array<{ id: string, number: number, key: string, title: string, phase: Phase, status: TaskStatus, dueDate: string, pinned: boolean, pastDueAtCreation: boolean, offsetDays: number, version: number, evidence: string | null, completedOn: string | null }>, dependencies: Array<{ id: string, kind: DependencyKind, status: DependencyStatus, dueDate: string, waitingOn: Party | null, daysWaiting: number | null, note: string | null, version: number }> } } };

export type RescheduleGoLiveDeploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type RescheduleGoLiveDeploymentQuery = { deployment: { id: string, version: number, phase: Phase, status: DeploymentStatus, targetGoLive: string, phaseEnteredOn: string, phasesWithShortWindows: Array<Phase>, court: { name: string, county: string, ccporProfile: CcporProfile | null }, participatingLeas: Array<{ name: string }>, health: { status: HealthStatus, daysToGoLive: number, reasons: Array<{ code: HealthReasonCode, count: number, message: string }> }, tasksPastDueAtCreation: Array<{ number: number }>, tasks: Array<{ id: string, number: number, key: string, title: string, phase: Phase, status: TaskStatus, dueDate: string, pinned: boolean, pastDueAtCreation: boolean, offsetDays: number, version: number, evidence: string | null, completedOn: string | null }>, dependencies: Array<{ id: string, kind: DependencyKind, status: DependencyStatus, dueDate: string, waitingOn: Party | null, daysWaiting: number | null, note: string | null, version: number }> } };

export type RescheduleGoLiveCompleteTaskMutationVariables = Exact<{
  i: TaskActionInput;
}>;


export type RescheduleGoLiveCompleteTaskMutation = { completeTask: { status: TaskStatus } };

export type RescheduleGoLiveMoveTaskMutationVariables = Exact<{
  i: MoveTaskInput;
}>;


export type RescheduleGoLiveMoveTaskMutation = { moveTask: { pinned: boolean, dueDate: string } };

export type RescheduleGoLivePreviewRescheduleQueryVariables = Exact<{
  id: string | number;
  date: string;
}>;


export type RescheduleGoLivePreviewRescheduleQuery = { previewReschedule: { moved: Array<{ task: { number: number } }>, pinned: Array<{ number: number }> } };

export type RescheduleGoLiveMoveTask2MutationVariables = Exact<{
  i: MoveTaskInput;
}>;


export type RescheduleGoLiveMoveTask2Mutation = { moveTask: { id: string } };

export type ConflictFieldsFragment = { id: string, operation: string, entityType: string, entityId: string, deploymentId: string | null, attempted: unknown, server: unknown, baseVersion: number, serverVersion: number, createdBy: string, status: ConflictStatus, resolution: ConflictResolution | null, resolvedValues: unknown, resolvedVersion: number | null, resolvedBy: string | null, resolvedAt: string | null };

export type ConflictsResolveMutationVariables = Exact<{
  i: ResolveConflictInput;
}>;


export type ConflictsResolveMutation = { resolveConflict: { id: string, operation: string, entityType: string, entityId: string, deploymentId: string | null, attempted: unknown, server: unknown, baseVersion: number, serverVersion: number, createdBy: string, status: ConflictStatus, resolution: ConflictResolution | null, resolvedValues: unknown, resolvedVersion: number | null, resolvedBy: string | null, resolvedAt: string | null } };

export type ConflictsListQueryVariables = Exact<{
  f?: ConflictFilter | null | undefined;
  n: number;
  a?: string | null | undefined;
}>;


export type ConflictsListQuery = { conflicts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, operation: string, entityType: string, entityId: string, deploymentId: string | null, attempted: unknown, server: unknown, baseVersion: number, serverVersion: number, createdBy: string, status: ConflictStatus, resolution: ConflictResolution | null, resolvedValues: unknown, resolvedVersion: number | null, resolvedBy: string | null, resolvedAt: string | null }> } };

export type ConflictsCurrentQueryVariables = Exact<{
  f?: ConflictFilter | null | undefined;
}>;


export type ConflictsCurrentQuery = { conflicts: { nodes: Array<{ id: string, current: { version: number, values: unknown, updatedBy: string | null, updatedAt: string | null } | null }> } };

export type ConflictsDependenciesQueryVariables = Exact<{
  id: string | number;
}>;


export type ConflictsDependenciesQuery = { deployment: { dependencies: Array<{ kind: DependencyKind, status: DependencyStatus }> } };

export type ConflictsUpdateDependencyMutationVariables = Exact<{
  i: UpdateDependencyInput;
}>;


export type ConflictsUpdateDependencyMutation = { updateDependency: { version: number } };

export type ConflictsRequestAccountMutationVariables = Exact<{
  i: RequestAccountInput;
}>;


export type ConflictsRequestAccountMutation = { requestAccount: { id: string } };

export type ConflictsChangeRequestMutationVariables = Exact<{
  i: ChangeAccountRequestStatusInput;
}>;


export type ConflictsChangeRequestMutation = { changeAccountRequestStatus: { status: AccountRequestStatus } };

export type ConflictsUpdateDeploymentMutationVariables = Exact<{
  i: UpdateDeploymentInput;
}>;


export type ConflictsUpdateDeploymentMutation = { updateDeployment: { wave: number | null, version: number } };

export type ConflictsDeploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type ConflictsDeploymentQuery = { deployment: { wave: number | null, version: number } };

export type ScannerAssessmentStartMutationVariables = Exact<{
  i: StartScannerAssessmentInput;
}>;


export type ScannerAssessmentStartMutation = { startScannerAssessment: { id: string, status: ScannerAssessmentStatus, assessor: string, location: { name: string } } };

export type ScannerAssessmentCompleteMutationVariables = Exact<{
  i: CompleteScannerAssessmentInput;
}>;


export type ScannerAssessmentCompleteMutation = { completeScannerAssessment: { id: string, status: ScannerAssessmentStatus, completedOn: string | null, version: number } };

export type ScannerAssessmentProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type ScannerAssessmentProgressQuery = { deployment: { tasks: Array<{ key: string, status: TaskStatus, evidence: string | null }>, dependencies: Array<{ kind: DependencyKind, status: DependencyStatus, metOn: string | null }>, scannerSummary: { assessed: number, meeting: number, toConfigure: number, toReplace: number }, scannerAssessments: Array<{ id: string, status: ScannerAssessmentStatus, workstations: Array<{ label: string, verdict: ScannerVerdict }> }> } };

export type ScannerAssessmentOrganizationLocationsQueryVariables = Exact<{
  id: string | number;
}>;


export type ScannerAssessmentOrganizationLocationsQuery = { organization: { locations: Array<{ id: string }> } };

export type ScannerAssessmentRecordWorkstationMutationVariables = Exact<{
  i: RecordScannerWorkstationInput;
}>;


export type ScannerAssessmentRecordWorkstationMutation = { recordScannerWorkstation: { id: string } };

export type ScannerAssessmentInventoryQueryVariables = Exact<{ [key: string]: never; }>;


export type ScannerAssessmentInventoryQuery = { scannerInventory: Array<{ make: string, model: string, verdict: ScannerVerdict, workstations: number, deployments: number }> };

export type ScannerAssessmentInventoryOfCanonQueryVariables = Exact<{ [key: string]: never; }>;


export type ScannerAssessmentInventoryOfCanonQuery = { scannerInventory: Array<{ make: string, model: string, verdict: ScannerVerdict, workstations: number, deployments: number }> };

export type ScannerAssessmentCapturePageQueryVariables = Exact<{
  n: number;
}>;


export type ScannerAssessmentCapturePageQuery = { deployments: { nodes: Array<{ scannerSummary: { assessed: number }, scannerAssessments: Array<{ workstations: Array<{ verdict: ScannerVerdict }>, location: { name: string } }>, questionnaireResponses: Array<{ status: ResponseStatus, questionnaire: { key: string } }>, trainingSessions: Array<{ status: TrainingStatus }>, accountRequests: Array<{ status: AccountRequestStatus, organization: { name: string } }> }> } };

export type ScannerRequirementVersionsListQueryVariables = Exact<{ [key: string]: never; }>;


export type ScannerRequirementVersionsListQuery = { scannerRequirementVersions: Array<{ version: number, publishedBy: string, verdictChanges: Array<{ workstationId: string, label: string, deploymentId: string, courtName: string, before: ScannerVerdict, after: ScannerVerdict }> }> };

export type ScannerRequirementVersionsPublishMutationVariables = Exact<{
  i: PublishScannerRequirementsInput;
}>;


export type ScannerRequirementVersionsPublishMutation = { publishScannerRequirements: { version: number, verdictChanges: Array<{ label: string, courtName: string, before: ScannerVerdict, after: ScannerVerdict }> } };

export type ScannerRequirementVersionsCurrentQueryVariables = Exact<{ [key: string]: never; }>;


export type ScannerRequirementVersionsCurrentQuery = { scannerRequirements: { requirements: Array<{ key: string, category: RequirementCategory, description: string, fact: ScannerFact, operator: RequirementOperator, minimum: number | null, anyOf: Array<string> | null }> } };

export type ScannerRequirementVersionsAuditQueryVariables = Exact<{
  f?: AuditEventFilter | null | undefined;
}>;


export type ScannerRequirementVersionsAuditQuery = { auditEvents: { nodes: Array<{ operation: string, entityType: string | null, before: unknown, after: unknown }> } };

export type SchemaWideDeploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type SchemaWideDeploymentQuery = { deployment: { id: string, version: number, phase: Phase, status: DeploymentStatus, court: { id: string, locations: Array<{ id: string }> }, participatingLeas: Array<{ id: string }>, tasks: Array<{ id: string, number: number, key: string, kind: TaskKind, party: Party, phase: Phase, status: TaskStatus, version: number, pinned: boolean, prerequisites: Array<{ number: number }> }>, dependencies: Array<{ id: string, kind: DependencyKind, status: DependencyStatus, version: number }> } };

export type SchemaWideCompleteMutationVariables = Exact<{
  i: TaskActionInput;
}>;


export type SchemaWideCompleteMutation = { completeTask: { id: string, status: TaskStatus, version: number } };

export type SchemaWideMoveMutationVariables = Exact<{
  input: MoveTaskInput;
}>;


export type SchemaWideMoveMutation = { moveTask: { id: string, version: number } };

export type SchemaWideStatusMutationVariables = Exact<{
  input: ChangeDeploymentStatusInput;
}>;


export type SchemaWideStatusMutation = { changeDeploymentStatus: { id: string } };

export type SchemaWideRescheduleMutationVariables = Exact<{
  input: RescheduleGoLiveInput;
}>;


export type SchemaWideRescheduleMutation = { rescheduleGoLive: { reschedule: { id: string } | null } };

export type SchemaWideAssessmentMutationVariables = Exact<{
  i: StartScannerAssessmentInput;
}>;


export type SchemaWideAssessmentMutation = { startScannerAssessment: { id: string, version: number } };

export type SchemaWideAssessmentVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type SchemaWideAssessmentVersionQuery = { scannerAssessment: { version: number } };

export type SchemaWideWorkstationMutationVariables = Exact<{
  i: RecordScannerWorkstationInput;
}>;


export type SchemaWideWorkstationMutation = { recordScannerWorkstation: { id: string, version: number } };

export type SchemaWideUpdateWsMutationVariables = Exact<{
  i: UpdateScannerWorkstationInput;
}>;


export type SchemaWideUpdateWsMutation = { updateScannerWorkstation: { id: string, version: number } };

export type SchemaWidePublishQuestionnaireMutationVariables = Exact<{
  input: PublishQuestionnaireInput;
}>;


export type SchemaWidePublishQuestionnaireMutation = { publishQuestionnaire: { key: string } };

export type SchemaWideStartResponseMutationVariables = Exact<{
  i: StartResponseInput;
}>;


export type SchemaWideStartResponseMutation = { startResponse: { id: string, version: number } };

export type SchemaWideSubmitMutationVariables = Exact<{
  i: SubmitResponseInput;
}>;


export type SchemaWideSubmitMutation = { submitResponse: { id: string, version: number } };

export type SchemaWideTrainingMutationVariables = Exact<{
  i: ScheduleTrainingInput;
}>;


export type SchemaWideTrainingMutation = { scheduleTraining: { id: string, version: number } };

export type SchemaWideRequestMutationVariables = Exact<{
  i: RequestAccountInput;
}>;


export type SchemaWideRequestMutation = { requestAccount: { id: string, version: number } };

export type SchemaWideFailMutationVariables = Exact<{
  i: RecordTestResultInput;
}>;


export type SchemaWideFailMutation = { recordTestResult: { id: string } };

export type SchemaWideDefectMutationVariables = Exact<{
  i: RaiseDefectInput;
}>;


export type SchemaWideDefectMutation = { raiseDefect: { id: string, version: number } };

export type SchemaWideIncidentMutationVariables = Exact<{
  i: ReportIncidentInput;
}>;


export type SchemaWideIncidentMutation = { reportIncident: { id: string, version: number } };

export type SchemaWideCourtQueryVariables = Exact<{
  county: string;
}>;


export type SchemaWideCourtQuery = { organizations: { nodes: Array<{ id: string, version: number, ccporProfile: CcporProfile | null }> } };

export type SchemaWideFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type SchemaWideFeedMutation = { createCalendarFeed: { feed: { id: string } } };

export type SchemaWideTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemaWideTemplatesQuery = { lifecycleTemplates: Array<{ id: string, publishedAt: string | null }> };

export type SchemaWideCurrentTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemaWideCurrentTemplateQuery = { currentLifecycleTemplate: { id: string } };

export type SchemaWideTemplateTasksQueryVariables = Exact<{
  id: string | number;
}>;


export type SchemaWideTemplateTasksQuery = { lifecycleTemplate: { tasks: Array<{ key: string, kind: TaskKind, offsetDays: number, party: Party, phase: Phase, prerequisiteNumbers: Array<number>, required: boolean, title: string }> } };

export type SchemaWideTemplateDraftMutationVariables = Exact<{
  input: CreateLifecycleTemplateDraftInput;
}>;


export type SchemaWideTemplateDraftMutation = { createLifecycleTemplateDraft: { id: string } };

export type SchemaWidePublishTemplateMutationVariables = Exact<{
  input: PublishLifecycleTemplateInput;
}>;


export type SchemaWidePublishTemplateMutation = { publishLifecycleTemplate: { id: string } };

export type SchemaWideDraftQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemaWideDraftQuery = { testPlanDraft: { id: string, version: number, name: string, cases: Array<{ key: string, area: TestArea, criticality: Criticality, title: string, preconditions: string, steps: Array<string>, expectedResult: string, requiresCarpos: boolean }> } | null };

export type SchemaWideStartDraftMutationVariables = Exact<{
  input: StartTestPlanDraftInput;
}>;


export type SchemaWideStartDraftMutation = { startTestPlanDraft: { id: string, version: number, name: string, cases: Array<{ key: string, area: TestArea, criticality: Criticality, title: string, preconditions: string, steps: Array<string>, expectedResult: string, requiresCarpos: boolean }> } };

export type SchemaWideDiscardDraftMutationVariables = Exact<{
  input: TestPlanDraftActionInput;
}>;


export type SchemaWideDiscardDraftMutation = { discardTestPlanDraft: boolean };

export type SchemaWideConfirmMutationVariables = Exact<{
  input: ConfirmIdentityInput;
}>;


export type SchemaWideConfirmMutation = { confirmIdentity: boolean };

export type SchemaWideEnrolMutationVariables = Exact<{ [key: string]: never; }>;


export type SchemaWideEnrolMutation = { startMfaEnrolment: { secret: string | null } };

export type SchemaWideTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type SchemaWideTokenMutation = { createApiToken: { apiToken: { id: string } } };

export type SchemaWideRequirementsQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemaWideRequirementsQuery = { scannerRequirements: { requirements: Array<{ key: string, category: RequirementCategory, description: string, fact: ScannerFact, operator: RequirementOperator, minimum: number | null, anyOf: Array<string> | null }> } };

export type WorldDeploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type WorldDeploymentQuery = { deployment: { court: { id: string } } };

export type WorldGoLiveMutationVariables = Exact<{
  i: GoLiveInput;
}>;


export type WorldGoLiveMutation = { goLive: { id: string } };

export type WorldAssignMutationVariables = Exact<{
  i: AssignDeploymentStaffInput;
}>;


export type WorldAssignMutation = { assignDeploymentStaff: { id: string } };

export type ScopedUpdateWorkstationMutationVariables = Exact<{
  i: UpdateScannerWorkstationInput;
}>;


export type ScopedUpdateWorkstationMutation = { updateScannerWorkstation: { version: number } };

export type ScopedConflictsQueryVariables = Exact<{
  f?: ConflictFilter | null | undefined;
}>;


export type ScopedConflictsQuery = { conflicts: { totalCount: number, nodes: Array<{ id: string, deploymentId: string | null, attempted: unknown }> } };

export type ScopedRecordWorkstationMutationVariables = Exact<{
  i: RecordScannerWorkstationInput;
}>;


export type ScopedRecordWorkstationMutation = { recordScannerWorkstation: { id: string } };

export type ScopedAssignStaffMutationVariables = Exact<{
  i: AssignDeploymentStaffInput;
}>;


export type ScopedAssignStaffMutation = { assignDeploymentStaff: { id: string } };

export type ScopedContactDetailsQueryVariables = Exact<{
  id: string | number;
  run: string | number;
}>;


export type ScopedContactDetailsQuery = { deployment: { accountRequests: Array<{ personName: string, email: string }>, meetings: Array<{ attendees: Array<string> }>, trainingSessions: Array<{ trainer: string, attendees: Array<{ name: string, role: string }> }>, dependencies: Array<{ owner: string | null }> }, testRun: { cases: Array<{ attempts: Array<{ tester: string }> }> } };

export type ScopedCreateFeedMutationVariables = Exact<{
  i: MutationIdInput;
}>;


export type ScopedCreateFeedMutation = { createCalendarFeed: { path: string | null } };

export type ScopedStartRunMutationVariables = Exact<{
  i: StartTestRunInput;
}>;


export type ScopedStartRunMutation = { startTestRun: { id: string } };

export type SignInBurstMutationVariables = Exact<{
  i: SignInInput;
}>;


export type SignInBurstMutation = { signIn: { user: { email: string } } };

export type SignInBurstEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInBurstEventsQuery = { auditEvents: { nodes: Array<{ actor: string, operation: string, after: unknown }> } };

export type SignInMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInMeQuery = { me: { email: string, role: Role } | null };

export type SignInAttemptMutationVariables = Exact<{
  i: SignInInput;
}>;


export type SignInAttemptMutation = { signIn: { user: { email: string } } };

export type SignInAuditEventsQueryVariables = Exact<{
  f?: AuditEventFilter | null | undefined;
}>;


export type SignInAuditEventsQuery = { auditEvents: { totalCount: number, nodes: Array<{ actor: string, operation: string, after: unknown }> } };

export type SignInDeploymentCountQueryVariables = Exact<{
  n: number;
}>;


export type SignInDeploymentCountQuery = { deployments: { totalCount: number } };

export type SignInLockedUsersQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type SignInLockedUsersQuery = { users: { nodes: Array<{ id: string, lockedUntil: string | null }> } };

export type SignInUnlockMutationVariables = Exact<{
  i: UserActionInput;
}>;


export type SignInUnlockMutation = { unlockUser: { id: string } };

export type SignInChangePasswordMutationVariables = Exact<{
  i: ChangePasswordInput;
}>;


export type SignInChangePasswordMutation = { changePassword: boolean };

export type SignInSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignInSignOutMutation = { signOut: boolean };

export type SignInStartMfaMutationVariables = Exact<{
  input: MutationIdInput;
}>;


export type SignInStartMfaMutation = { startMfaEnrolment: { secret: string | null, otpauthUri: string | null } };

export type SignInConfirmMfaMutationVariables = Exact<{
  i: ConfirmMfaEnrolmentInput;
}>;


export type SignInConfirmMfaMutation = { confirmMfaEnrolment: { codes: Array<string> | null } };

export type SignInCourtQueryVariables = Exact<{
  county?: string | null | undefined;
}>;


export type SignInCourtQuery = { organizations: { nodes: Array<{ id: string }> } };

export type SignInCreateTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type SignInCreateTokenMutation = { createApiToken: { token: string | null, apiToken: { id: string, prefix: string } } };

export type SignInMyTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInMyTokensQuery = { myApiTokens: Array<{ id: string, name: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type SignInRevokeTokenMutationVariables = Exact<{
  i: RevokeApiTokenInput;
}>;


export type SignInRevokeTokenMutation = { revokeApiToken: { revokedAt: string | null } };

export type SignInCreateUserMutationVariables = Exact<{
  i: CreateUserInput;
}>;


export type SignInCreateUserMutation = { createUser: { user: { id: string, email: string, role: Role }, passwordLink: { url: string | null, expiresAt: string } } };

export type SignInCompleteResetMutationVariables = Exact<{
  i: CompletePasswordResetInput;
}>;


export type SignInCompleteResetMutation = { completePasswordReset: boolean };

export type SignInUpdateUserMutationVariables = Exact<{
  i: UpdateUserInput;
}>;


export type SignInUpdateUserMutation = { updateUser: { active: boolean } };

export type SignInCreateDeploymentMutationVariables = Exact<{
  i: CreateDeploymentInput;
}>;


export type SignInCreateDeploymentMutation = { createDeployment: { id: string, tasks: Array<{ id: string, number: number, version: number }> } };

export type SignInWaiveMutationVariables = Exact<{
  i: WaiveTaskInput;
}>;


export type SignInWaiveMutation = { waiveTask: { status: TaskStatus } };

export type SignInTrailQueryVariables = Exact<{
  f?: AuditEventFilter | null | undefined;
}>;


export type SignInTrailQuery = { auditEvents: { nodes: Array<{ kind: AuditKind, actor: string, role: string | null, operation: string, entityType: string | null, before: unknown, after: unknown }> } };

export type SignInReopenMutationVariables = Exact<{
  i: TaskActionInput;
}>;


export type SignInReopenMutation = { reopenTask: { id: string } };

export type SignInEverythingQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInEverythingQuery = { auditEvents: { nodes: Array<{ before: unknown, after: unknown, actor: string }> } };

export type SignOffsOfRunQueryVariables = Exact<{
  id: string | number;
}>;


export type SignOffsOfRunQuery = { testRun: { signOffs: Array<{ id: string, status: SignOffStatus, staleBecause: Array<string> }> } };

export type TaskLifecycleFieldsFragment = { id: string, number: number, status: TaskStatus, reason: string | null, evidence: string | null, completedOn: string | null, version: number, updatedBy: string | null };

export type TaskLifecycleStartMutationVariables = Exact<{
  i: TaskActionInput;
}>;


export type TaskLifecycleStartMutation = { startTask: { id: string, number: number, status: TaskStatus, reason: string | null, evidence: string | null, completedOn: string | null, version: number, updatedBy: string | null } };

export type TaskLifecycleCompleteMutationVariables = Exact<{
  i: TaskActionInput;
}>;


export type TaskLifecycleCompleteMutation = { completeTask: { id: string, number: number, status: TaskStatus, reason: string | null, evidence: string | null, completedOn: string | null, version: number, updatedBy: string | null } };

export type TaskLifecycleWaiveMutationVariables = Exact<{
  i: WaiveTaskInput;
}>;


export type TaskLifecycleWaiveMutation = { waiveTask: { id: string, number: number, status: TaskStatus, reason: string | null, evidence: string | null, completedOn: string | null, version: number, updatedBy: string | null } };

export type TaskLifecycleReopenMutationVariables = Exact<{
  i: TaskActionInput;
}>;


export type TaskLifecycleReopenMutation = { reopenTask: { id: string, number: number, status: TaskStatus, reason: string | null, evidence: string | null, completedOn: string | null, version: number, updatedBy: string | null } };

export type TaskLifecycleDeploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskLifecycleDeploymentQuery = { deployment: { id: string, version: number, phase: Phase, status: DeploymentStatus, targetGoLive: string, phaseEnteredOn: string, phasesWithShortWindows: Array<Phase>, court: { name: string, county: string, ccporProfile: CcporProfile | null }, participatingLeas: Array<{ name: string }>, health: { status: HealthStatus, daysToGoLive: number, reasons: Array<{ code: HealthReasonCode, count: number, message: string }> }, tasksPastDueAtCreation: Array<{ number: number }>, tasks: Array<{ id: string, number: number, key: string, title: string, phase: Phase, status: TaskStatus, dueDate: string, pinned: boolean, pastDueAtCreation: boolean, offsetDays: number, version: number, evidence: string | null, completedOn: string | null }>, dependencies: Array<{ id: string, kind: DependencyKind, status: DependencyStatus, dueDate: string, waitingOn: Party | null, daysWaiting: number | null, note: string | null, version: number }> } };

export type TaskLifecycleRecordMeetingMutationVariables = Exact<{
  i: RecordMeetingInput;
}>;


export type TaskLifecycleRecordMeetingMutation = { recordMeeting: { id: string, taskId: string | null, held: boolean } };

export type TaskLifecycleRecordDocumentMutationVariables = Exact<{
  i: RecordDocumentInput;
}>;


export type TaskLifecycleRecordDocumentMutation = { recordDocument: { id: string } };

export type TaskLifecycleRecordMeeting2MutationVariables = Exact<{
  i: RecordMeetingInput;
}>;


export type TaskLifecycleRecordMeeting2Mutation = { recordMeeting: { id: string } };

export type TaskLifecycleRecordDocument2MutationVariables = Exact<{
  i: RecordDocumentInput;
}>;


export type TaskLifecycleRecordDocument2Mutation = { recordDocument: { id: string } };

export type TaskLifecycleDeployment2QueryVariables = Exact<{
  id: string | number;
}>;


export type TaskLifecycleDeployment2Query = { deployment: { meetings: Array<{ id: string }>, documents: Array<{ id: string }> } };

export type TaskLifecycleAdvancePhaseMutationVariables = Exact<{
  i: AdvancePhaseInput;
}>;


export type TaskLifecycleAdvancePhaseMutation = { advancePhase: { phase: Phase, phaseEnteredOn: string, version: number } };

export type TaskLifecycleAdvancePhase2MutationVariables = Exact<{
  i: AdvancePhaseInput;
}>;


export type TaskLifecycleAdvancePhase2Mutation = { advancePhase: { phase: Phase } };

export type TaskLifecycleAdvancePhase3MutationVariables = Exact<{
  i: AdvancePhaseInput;
}>;


export type TaskLifecycleAdvancePhase3Mutation = { advancePhase: { phase: Phase } };

export type TaskLifecycleChangeDeploymentStatusMutationVariables = Exact<{
  i: ChangeDeploymentStatusInput;
}>;


export type TaskLifecycleChangeDeploymentStatusMutation = { changeDeploymentStatus: { status: DeploymentStatus } };

export type TrainingSessionFieldsFragment = { id: string, scheduledOn: string, mode: TrainingMode, module: TrainingModule, audience: TrainingAudience, trainer: string, status: TrainingStatus, heldOn: string | null, version: number, attendees: Array<{ name: string, role: string }> };

export type TrainingScheduleMutationVariables = Exact<{
  i: ScheduleTrainingInput;
}>;


export type TrainingScheduleMutation = { scheduleTraining: { id: string, scheduledOn: string, mode: TrainingMode, module: TrainingModule, audience: TrainingAudience, trainer: string, status: TrainingStatus, heldOn: string | null, version: number, attendees: Array<{ name: string, role: string }> } };

export type TrainingUpdateMutationVariables = Exact<{
  i: UpdateTrainingSessionInput;
}>;


export type TrainingUpdateMutation = { updateTrainingSession: { id: string, scheduledOn: string, mode: TrainingMode, module: TrainingModule, audience: TrainingAudience, trainer: string, status: TrainingStatus, heldOn: string | null, version: number, attendees: Array<{ name: string, role: string }> } };

export type TrainingHoldMutationVariables = Exact<{
  i: RecordTrainingHeldInput;
}>;


export type TrainingHoldMutation = { recordTrainingHeld: { id: string, scheduledOn: string, mode: TrainingMode, module: TrainingModule, audience: TrainingAudience, trainer: string, status: TrainingStatus, heldOn: string | null, version: number, attendees: Array<{ name: string, role: string }> } };

export type TrainingTasksQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingTasksQuery = { deployment: { tasks: Array<{ key: string, status: TaskStatus, evidence: string | null }> } };

export type TrainingSessionsOfQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingSessionsOfQuery = { deployment: { trainingSessions: Array<{ id: string, status: TrainingStatus }> } };

export type UndoRescheduleRescheduleGoLiveMutationVariables = Exact<{
  input: RescheduleGoLiveInput;
}>;


export type UndoRescheduleRescheduleGoLiveMutation = { rescheduleGoLive: { reschedule: { id: string, fromGoLive: string, toGoLive: string, createdBy: string, undoneAt: string | null } | null, deployment: { id: string, version: number, targetGoLive: string } } };

export type UndoRescheduleUndoRescheduleMutationVariables = Exact<{
  input: UndoRescheduleInput;
}>;


export type UndoRescheduleUndoRescheduleMutation = { undoReschedule: { fromGoLive: string, toGoLive: string, moved: Array<{ from: string, to: string, task: { number: number } }>, pinned: Array<{ number: number }>, pastDue: Array<{ newly: boolean, task: { number: number } }>, reschedule: { id: string, undoneAt: string | null, undoneBy: string | null } | null, deployment: { id: string, version: number, phase: Phase, status: DeploymentStatus, targetGoLive: string, phaseEnteredOn: string, phasesWithShortWindows: Array<Phase>, lastReschedule: { id: string, undoneAt: string | null } | null, court: { name: string, county: string, ccporProfile: CcporProfile | null }, participatingLeas: Array<{ name: string }>, health: { status: HealthStatus, daysToGoLive: number, reasons: Array<{ code: HealthReasonCode, count: number, message: string }> }, tasksPastDueAtCreation: Array<{ number: number }>, tasks: Array<{ id: string, number: number, key: string, title: string, phase: Phase, status: TaskStatus, dueDate: string, pinned: boolean, pastDueAtCreation: boolean, offsetDays: number, version: number, evidence: string | null, completedOn: string | null }>, dependencies: Array<{ id: string, kind: DependencyKind, status: DependencyStatus, dueDate: string, waitingOn: Party | null, daysWaiting: number | null, note: string | null, version: number }> } } };

export type UndoRescheduleMoveTaskMutationVariables = Exact<{
  i: MoveTaskInput;
}>;


export type UndoRescheduleMoveTaskMutation = { moveTask: { dueDate: string, pinned: boolean } };

export type UndoRescheduleDeploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type UndoRescheduleDeploymentQuery = { deployment: { id: string, version: number, phase: Phase, status: DeploymentStatus, targetGoLive: string, phaseEnteredOn: string, phasesWithShortWindows: Array<Phase>, lastReschedule: { id: string, fromGoLive: string, toGoLive: string, undoneAt: string | null } | null, court: { name: string, county: string, ccporProfile: CcporProfile | null }, participatingLeas: Array<{ name: string }>, health: { status: HealthStatus, daysToGoLive: number, reasons: Array<{ code: HealthReasonCode, count: number, message: string }> }, tasksPastDueAtCreation: Array<{ number: number }>, tasks: Array<{ id: string, number: number, key: string, title: string, phase: Phase, status: TaskStatus, dueDate: string, pinned: boolean, pastDueAtCreation: boolean, offsetDays: number, version: number, evidence: string | null, completedOn: string | null }>, dependencies: Array<{ id: string, kind: DependencyKind, status: DependencyStatus, dueDate: string, waitingOn: Party | null, daysWaiting: number | null, note: string | null, version: number }> } };

export type UndoRescheduleCompleteTaskMutationVariables = Exact<{
  i: TaskActionInput;
}>;


export type UndoRescheduleCompleteTaskMutation = { completeTask: { status: TaskStatus } };

export type UndoRescheduleCompleteTask2MutationVariables = Exact<{
  i: TaskActionInput;
}>;


export type UndoRescheduleCompleteTask2Mutation = { completeTask: { status: TaskStatus } };

export type UndoRescheduleAssignableStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type UndoRescheduleAssignableStaffQuery = { assignableStaff: Array<{ id: string, displayName: string, role: Role }> };

export type UndoRescheduleAssignableStaff2QueryVariables = Exact<{ [key: string]: never; }>;


export type UndoRescheduleAssignableStaff2Query = { assignableStaff: Array<{ id: string }> };

export type UndoRescheduleCreateDeploymentMutationVariables = Exact<{
  input: CreateDeploymentInput;
}>;


export type UndoRescheduleCreateDeploymentMutation = { createDeployment: { id: string, coordinator: { id: string, role: Role } | null, fieldStaff: Array<{ id: string, displayName: string }> } };

export type UndoRescheduleDeployment2QueryVariables = Exact<{
  id: string | number;
}>;


export type UndoRescheduleDeployment2Query = { deployment: { id: string } };

export type UploadDenialsQueryVariables = Exact<{ [key: string]: never; }>;


export type UploadDenialsQuery = { auditEvents: { nodes: Array<{ actor: string, after: unknown }> } };

export type AdminWalkCreateApiTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type AdminWalkCreateApiTokenMutation = { createApiToken: { token: string | null } };

export type AppUpdateScannerAssessmentQueryVariables = Exact<{
  id: string | number;
}>;


export type AppUpdateScannerAssessmentQuery = { scannerAssessment: { workstations: Array<{ label: string }> } };

export type CspFirstDeploymentQueryVariables = Exact<{ [key: string]: never; }>;


export type CspFirstDeploymentQuery = { deployments: { nodes: Array<{ id: string }> } };

export type CoordinatorWalkDeploymentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CoordinatorWalkDeploymentsQuery = { deployments: { nodes: Array<{ court: { id: string } }> }, organizations: { nodes: Array<{ id: string, name: string }> } };

export type CoordinatorWalkDeploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type CoordinatorWalkDeploymentQuery = { deployment: { wave: number | null, targetGoLive: string, participatingLeas: Array<{ name: string }>, coordinator: { displayName: string } | null, fieldStaff: Array<{ displayName: string }> } };

export type CsvImportCourtsQueryVariables = Exact<{ [key: string]: never; }>;


export type CsvImportCourtsQuery = { deployments: { nodes: Array<{ court: { name: string } }> } };

export type CsvImportFresnoQueryVariables = Exact<{ [key: string]: never; }>;


export type CsvImportFresnoQuery = { deployments: { nodes: Array<{ phase: Phase, status: DeploymentStatus, wave: number | null, tasks: Array<{ phase: Phase, status: TaskStatus, evidence: string | null }> }> } };

export type DefectsCatPlansDeploymentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DefectsCatPlansDeploymentsQuery = { deployments: { nodes: Array<{ id: string }> } };

export type DefectsCatPlansDefectsQueryVariables = Exact<{
  id: string | number;
}>;


export type DefectsCatPlansDefectsQuery = { deployment: { defects: Array<{ id: string, status: DefectStatus, fixedInBuild: string | null }> } };

export type DefectsCatPlansTestPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type DefectsCatPlansTestPlanQuery = { testPlan: { version: number, cases: Array<{ key: string, title: string, steps: Array<string> }> } };

export type DefectsCatPlansVersion1QueryVariables = Exact<{ [key: string]: never; }>;


export type DefectsCatPlansVersion1Query = { testPlan: { cases: Array<{ key: string }> } };

export type DraftsWorkstationsQueryVariables = Exact<{
  a: string | number;
}>;


export type DraftsWorkstationsQuery = { scannerAssessment: { workstations: Array<{ label: string, opticalResolutionDpi: number, photoShas: Array<string> }> } };

export type FieldVisitTestRunQueryVariables = Exact<{
  r: string | number;
}>;


export type FieldVisitTestRunQuery = { testRun: { cases: Array<{ attempts: Array<{ status: TestResultStatus, photos: Array<string> }> }> } };

export type FieldVisitScannerAssessmentQueryVariables = Exact<{
  a: string | number;
}>;


export type FieldVisitScannerAssessmentQuery = { scannerAssessment: { workstations: Array<{ label: string, photoShas: Array<string> }> } };

export type GraphiqlCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphiqlCountsQuery = { deploymentCountsReport: Array<{ deployments: number }> };

export type OfflineCatTestRunQueryVariables = Exact<{
  id: string | number;
}>;


export type OfflineCatTestRunQuery = { testRun: { cases: Array<{ attempts: Array<{ id: string }> }> } };

export type OfflineScannerScannerAssessmentQueryVariables = Exact<{
  id: string | number;
}>;


export type OfflineScannerScannerAssessmentQuery = { scannerAssessment: { workstations: Array<{ label: string, verdict: ScannerVerdict }> } };

export type PartnerWalkDeploymentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerWalkDeploymentsQuery = { deployments: { nodes: Array<{ id: string, court: { id: string }, participatingLeas: Array<{ id: string, name: string }> }> } };

export type PartnerWalkQuestionnaireResponseQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerWalkQuestionnaireResponseQuery = { questionnaireResponse: { status: ResponseStatus, answers: unknown, version: number } };

export type PartnerWalkCourtSignOffsQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerWalkCourtSignOffsQuery = { testRun: { signOffs: Array<{ party: Party, organizationId: string | null, signerName: string, signerRole: string, status: SignOffStatus, recordedBy: string }> } };

export type PartnerWalkLeaSignOffsQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerWalkLeaSignOffsQuery = { testRun: { signOffs: Array<{ party: Party, organizationId: string | null, signerName: string, recordedBy: string }> } };

export type PartnerWalkLiveDeploymentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerWalkLiveDeploymentsQuery = { deployments: { nodes: Array<{ id: string, court: { id: string } }> } };

export type PartnerWalkIncidentsQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerWalkIncidentsQuery = { deployment: { incidents: Array<{ severity: IncidentSeverity, status: IncidentStatus, resolution: string | null, reportedBy: string }> } };

export type PartnerWalkCloseOutQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerWalkCloseOutQuery = { deployment: { status: DeploymentStatus, closeOut: { approvedBy: string, approverRole: string, recordedBy: string } | null } };

export type PortfolioCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortfolioCountsQuery = { deploymentCountsReport: Array<{ phase: Phase, health: HealthStatus, deployments: number }>, goLivesByMonthReport: Array<{ month: string, planned: number, actual: number }>, catRunRatesReport: { totalCount: number, nodes: Array<{ passPercent: number | null }> }, deploymentTimelineReport: { totalCount: number }, readinessBlockersReport: { totalCount: number } };

export type PortfolioDeploymentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortfolioDeploymentsQuery = { deployments: { nodes: Array<{ id: string }> } };

export type PrintReportIncidentMutationVariables = Exact<{
  i: ReportIncidentInput;
}>;


export type PrintReportIncidentMutation = { reportIncident: { id: string, version: number } };

export type PrintResolveIncidentMutationVariables = Exact<{
  i: UpdateIncidentInput;
}>;


export type PrintResolveIncidentMutation = { updateIncident: { id: string, status: IncidentStatus } };

export type PrintCloseOutMutationVariables = Exact<{
  i: ApproveCloseOutInput;
}>;


export type PrintCloseOutMutation = { approveCloseOut: { status: DeploymentStatus } };

export type PrintCourtOfQueryVariables = Exact<{
  id: string | number;
}>;


export type PrintCourtOfQuery = { deployment: { court: { name: string }, participatingLeas: Array<{ name: string }> } };

export type SessionLockAssessmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionLockAssessmentsQuery = { deployment: { scannerAssessments: Array<{ id: string }> } };

export type SessionLockLocationsQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionLockLocationsQuery = { deployment: { court: { locations: Array<{ id: string }> } } };

export type SharedTabletAssessmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type SharedTabletAssessmentsQuery = { deployment: { scannerAssessments: Array<{ id: string }> } };

export type TrainingControlsVisitedQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingControlsVisitedQuery = { deployments: { nodes: Array<{ id: string }> } };

export type TrainingControlsScheduleMutationVariables = Exact<{
  i: ScheduleTrainingInput;
}>;


export type TrainingControlsScheduleMutation = { scheduleTraining: { id: string } };

export type TwoTabletsConflictScannerAssessmentQueryVariables = Exact<{
  id: string | number;
}>;


export type TwoTabletsConflictScannerAssessmentQuery = { scannerAssessment: { notes: string | null, version: number } };

export type TwoTabletsConflictResolvedQueryVariables = Exact<{
  id: string | number;
}>;


export type TwoTabletsConflictResolvedQuery = { scannerAssessment: { notes: string | null, version: number }, conflicts: { nodes: Array<{ status: ConflictStatus, resolution: ConflictResolution | null, attempted: unknown, server: unknown, createdBy: string, serverUpdatedBy: string | null, resolvedBy: string | null }> } };

export type TwoTabletsTasksQueryVariables = Exact<{
  id: string | number;
}>;


export type TwoTabletsTasksQuery = { deployment: { tasks: Array<{ number: number, status: TaskStatus }> } };

export type TwoTabletsDependenciesQueryVariables = Exact<{
  id: string | number;
}>;


export type TwoTabletsDependenciesQuery = { deployment: { dependencies: Array<{ kind: DependencyKind, status: DependencyStatus }> } };

export type TwoTabletsDeploymentOfQueryVariables = Exact<{
  c?: Array<string> | string | null | undefined;
}>;


export type TwoTabletsDeploymentOfQuery = { deployments: { nodes: Array<{ id: string }> } };

export type SignInMutationVariables = Exact<{
  i: SignInInput;
}>;


export type SignInMutation = { signIn: { recoveryCodes: Array<string> | null, user: { id: string, email: string, role: Role } } };

export type WorkstationFieldsFragment = { id: string, assessmentId: string, deploymentId: string, label: string, make: string, model: string, serialNumber: string | null, connection: ScannerConnection, drivers: Array<ScannerDriver>, opticalResolutionDpi: number, duplex: boolean, automaticDocumentFeeder: boolean, colour: boolean, operatingSystem: string | null, browser: string | null, scanProfileSet: boolean, testScanOutcome: TestScanOutcome, photoShas: Array<string>, notes: string | null, verdict: ScannerVerdict, requirementsVersion: number, version: number, updatedBy: string | null, missedRequirements: Array<{ key: string, category: RequirementCategory }> };

export type CourtLocationsQueryVariables = Exact<{
  id: string | number;
}>;


export type CourtLocationsQuery = { deployment: { court: { locations: Array<{ id: string }> } } };

export type StartAssessmentFixtureMutationVariables = Exact<{
  i: StartScannerAssessmentInput;
}>;


export type StartAssessmentFixtureMutation = { startScannerAssessment: { id: string, version: number, status: ScannerAssessmentStatus } };

export type RecordWorkstationMutationVariables = Exact<{
  i: RecordScannerWorkstationInput;
}>;


export type RecordWorkstationMutation = { recordScannerWorkstation: { id: string, assessmentId: string, deploymentId: string, label: string, make: string, model: string, serialNumber: string | null, connection: ScannerConnection, drivers: Array<ScannerDriver>, opticalResolutionDpi: number, duplex: boolean, automaticDocumentFeeder: boolean, colour: boolean, operatingSystem: string | null, browser: string | null, scanProfileSet: boolean, testScanOutcome: TestScanOutcome, photoShas: Array<string>, notes: string | null, verdict: ScannerVerdict, requirementsVersion: number, version: number, updatedBy: string | null, missedRequirements: Array<{ key: string, category: RequirementCategory }> } };

export type UpdateWorkstationMutationVariables = Exact<{
  i: UpdateScannerWorkstationInput;
}>;


export type UpdateWorkstationMutation = { updateScannerWorkstation: { id: string, assessmentId: string, deploymentId: string, label: string, make: string, model: string, serialNumber: string | null, connection: ScannerConnection, drivers: Array<ScannerDriver>, opticalResolutionDpi: number, duplex: boolean, automaticDocumentFeeder: boolean, colour: boolean, operatingSystem: string | null, browser: string | null, scanProfileSet: boolean, testScanOutcome: TestScanOutcome, photoShas: Array<string>, notes: string | null, verdict: ScannerVerdict, requirementsVersion: number, version: number, updatedBy: string | null, missedRequirements: Array<{ key: string, category: RequirementCategory }> } };

export type RunFieldsFragment = { id: string, purpose: TestRunPurpose, environment: TestEnvironment, startedBy: string, planId: string, summary: { status: TestRunStatus, total: number, untested: number, passed: number, failed: number, blocked: number, retest: number, notApplicable: number, passPercent: number | null, openDefects: { critical: number, major: number, minor: number } }, cases: Array<{ status: CaseStatus, testCase: { id: string, key: string, area: TestArea, criticality: Criticality, requiresCarpos: boolean }, latestAttempt: { id: string, status: TestResultStatus } | null, attempts: Array<{ id: string, status: TestResultStatus, tester: string, notes: string | null }> }> };

export type AttemptFieldsFragment = { id: string, runId: string, caseId: string, status: TestResultStatus, actualResult: string | null, notes: string | null, tester: string, build: string | null, testedAt: string, photos: Array<string>, mutationId: string | null, recordedBy: string };

export type PlanCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanCasesQuery = { testPlan: { cases: Array<{ id: string, key: string, title: string, area: TestArea, criticality: Criticality, requiresCarpos: boolean }> } };

export type StartRunMutationVariables = Exact<{
  i: StartTestRunInput;
}>;


export type StartRunMutation = { startTestRun: { id: string, purpose: TestRunPurpose, environment: TestEnvironment, startedBy: string, planId: string, summary: { status: TestRunStatus, total: number, untested: number, passed: number, failed: number, blocked: number, retest: number, notApplicable: number, passPercent: number | null, openDefects: { critical: number, major: number, minor: number } }, cases: Array<{ status: CaseStatus, testCase: { id: string, key: string, area: TestArea, criticality: Criticality, requiresCarpos: boolean }, latestAttempt: { id: string, status: TestResultStatus } | null, attempts: Array<{ id: string, status: TestResultStatus, tester: string, notes: string | null }> }> } };

export type ReadRunQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadRunQuery = { testRun: { id: string, purpose: TestRunPurpose, environment: TestEnvironment, startedBy: string, planId: string, summary: { status: TestRunStatus, total: number, untested: number, passed: number, failed: number, blocked: number, retest: number, notApplicable: number, passPercent: number | null, openDefects: { critical: number, major: number, minor: number } }, cases: Array<{ status: CaseStatus, testCase: { id: string, key: string, area: TestArea, criticality: Criticality, requiresCarpos: boolean }, latestAttempt: { id: string, status: TestResultStatus } | null, attempts: Array<{ id: string, status: TestResultStatus, tester: string, notes: string | null }> }> } };

export type RecordResultMutationVariables = Exact<{
  i: RecordTestResultInput;
}>;


export type RecordResultMutation = { recordTestResult: { id: string, runId: string, caseId: string, status: TestResultStatus, actualResult: string | null, notes: string | null, tester: string, build: string | null, testedAt: string, photos: Array<string>, mutationId: string | null, recordedBy: string } };

export type RecordResultsMutationVariables = Exact<{
  i: RecordTestResultsInput;
}>;


export type RecordResultsMutation = { recordTestResults: { applied: number, replayed: number, refused: number, results: Array<{ mutationId: string | null, replayed: boolean, attempt: { id: string, caseId: string, status: TestResultStatus } | null, error: { code: string, message: string, details: unknown } | null }> } };

export type ReadinessQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadinessQuery = { deploymentReadiness: { status: ReadinessStatus, asOf: string, acceptanceRun: { id: string } | null, blockers: Array<{ code: BlockerCode, what: string, why: string, recordType: string, recordId: string, party: Party, daysOpen: number }> } };

export type CompleteTaskFixtureMutationVariables = Exact<{
  i: TaskActionInput;
}>;


export type CompleteTaskFixtureMutation = { completeTask: { status: TaskStatus } };

export type MeetDependencyMutationVariables = Exact<{
  i: UpdateDependencyInput;
}>;


export type MeetDependencyMutation = { updateDependency: { status: DependencyStatus } };

export type SignOffRunMutationVariables = Exact<{
  i: SignOffRunInput;
}>;


export type SignOffRunMutation = { signOffRun: { id: string, party: Party, organizationId: string | null, signerName: string, signerRole: string, statement: string, status: SignOffStatus, staleBecause: Array<string>, runStatusAtSigning: TestRunStatus, recordedBy: string } };

export type RunPartiesQueryVariables = Exact<{
  id: string | number;
}>;


export type RunPartiesQuery = { testRun: { deployment: { court: { id: string }, participatingLeas: Array<{ id: string }> } } };

export type CourtOfQueryVariables = Exact<{
  id: string | number;
}>;


export type CourtOfQuery = { deployment: { court: { id: string } } };

export type RaiseDefectMutationVariables = Exact<{
  i: RaiseDefectInput;
}>;


export type RaiseDefectMutation = { raiseDefect: { id: string, status: DefectStatus, severity: DefectSeverity, version: number, runId: string, attempts: Array<{ id: string, status: TestResultStatus }> } };

export type UpdateDefectMutationVariables = Exact<{
  i: UpdateDefectInput;
}>;


export type UpdateDefectMutation = { updateDefect: { id: string, status: DefectStatus, note: string | null, fixedInBuild: string | null, version: number, attempts: Array<{ id: string, status: TestResultStatus }> } };

export type GoLiveMutationVariables = Exact<{
  i: GoLiveInput;
}>;


export type GoLiveMutation = { goLive: { id: string, status: DeploymentStatus, phase: Phase, actualGoLive: string | null, phaseEnteredOn: string, version: number, tasks: Array<{ key: string, status: TaskStatus, completedOn: string | null, evidence: string | null }> } };

export type ScheduleTrainingFixtureMutationVariables = Exact<{
  i: ScheduleTrainingInput;
}>;


export type ScheduleTrainingFixtureMutation = { scheduleTraining: { id: string, version: number } };

export type TrainingHeldFixtureMutationVariables = Exact<{
  i: RecordTrainingHeldInput;
}>;


export type TrainingHeldFixtureMutation = { recordTrainingHeld: { id: string, status: TrainingStatus } };

export type StartResponseFixtureMutationVariables = Exact<{
  i: StartResponseInput;
}>;


export type StartResponseFixtureMutation = { startResponse: { id: string, version: number } };

export type SubmitResponseFixtureMutationVariables = Exact<{
  i: SubmitResponseInput;
}>;


export type SubmitResponseFixtureMutation = { submitResponse: { id: string, version: number } };

export type AcceptResponseFixtureMutationVariables = Exact<{
  i: ReviewResponseInput;
}>;


export type AcceptResponseFixtureMutation = { acceptResponse: { id: string, status: ResponseStatus } };

export type OrganizationsOfQueryVariables = Exact<{
  county?: string | null | undefined;
}>;


export type OrganizationsOfQuery = { organizations: { nodes: Array<{ id: string, kind: OrganizationKind, name: string }> } };

export type DeploymentFieldsFragment = { id: string, version: number, phase: Phase, status: DeploymentStatus, targetGoLive: string, phaseEnteredOn: string, phasesWithShortWindows: Array<Phase>, court: { name: string, county: string, ccporProfile: CcporProfile | null }, participatingLeas: Array<{ name: string }>, health: { status: HealthStatus, daysToGoLive: number, reasons: Array<{ code: HealthReasonCode, count: number, message: string }> }, tasksPastDueAtCreation: Array<{ number: number }>, tasks: Array<{ id: string, number: number, key: string, title: string, phase: Phase, status: TaskStatus, dueDate: string, pinned: boolean, pastDueAtCreation: boolean, offsetDays: number, version: number, evidence: string | null, completedOn: string | null }>, dependencies: Array<{ id: string, kind: DependencyKind, status: DependencyStatus, dueDate: string, waitingOn: Party | null, daysWaiting: number | null, note: string | null, version: number }> };

export type CreateDeploymentFixtureMutationVariables = Exact<{
  input: CreateDeploymentInput;
}>;


export type CreateDeploymentFixtureMutation = { createDeployment: { id: string, version: number, phase: Phase, status: DeploymentStatus, targetGoLive: string, phaseEnteredOn: string, phasesWithShortWindows: Array<Phase>, court: { name: string, county: string, ccporProfile: CcporProfile | null }, participatingLeas: Array<{ name: string }>, health: { status: HealthStatus, daysToGoLive: number, reasons: Array<{ code: HealthReasonCode, count: number, message: string }> }, tasksPastDueAtCreation: Array<{ number: number }>, tasks: Array<{ id: string, number: number, key: string, title: string, phase: Phase, status: TaskStatus, dueDate: string, pinned: boolean, pastDueAtCreation: boolean, offsetDays: number, version: number, evidence: string | null, completedOn: string | null }>, dependencies: Array<{ id: string, kind: DependencyKind, status: DependencyStatus, dueDate: string, waitingOn: Party | null, daysWaiting: number | null, note: string | null, version: number }> } };

export type VersionsOfQueryVariables = Exact<{
  id: string | number;
}>;


export type VersionsOfQuery = { deployment: { id: string, version: number, tasks: Array<{ id: string, version: number }>, dependencies: Array<{ id: string, version: number }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AccountRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccountRequestFields on AccountRequest {
  id
  status
  ccporRole
  sealedOrders
  email
  rejectionReason
  version
  organization {
    kind
  }
}
    `, {"fragmentName":"AccountRequestFields"}) as unknown as TypedDocumentString<AccountRequestFieldsFragment, unknown>;
export const CatPlanDraftFieldsFragmentDoc = new TypedDocumentString(`
    fragment CatPlanDraftFields on TestPlanDraft {
  id
  basedOnVersion
  name
  version
  updatedBy
  cases {
    key
    title
    area
    preconditions
    steps
    expectedResult
    criticality
    requiresCarpos
  }
}
    `, {"fragmentName":"CatPlanDraftFields"}) as unknown as TypedDocumentString<CatPlanDraftFieldsFragment, unknown>;
export const HostileTaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment HostileTaskFields on Task {
  id
  number
  status
  reason
  version
}
    `, {"fragmentName":"HostileTaskFields"}) as unknown as TypedDocumentString<HostileTaskFieldsFragment, unknown>;
export const HostileMeetingFieldsFragmentDoc = new TypedDocumentString(`
    fragment HostileMeetingFields on Meeting {
  id
  title
  notes
  attendees
  meetingOn
}
    `, {"fragmentName":"HostileMeetingFields"}) as unknown as TypedDocumentString<HostileMeetingFieldsFragment, unknown>;
export const HostileDependencyFieldsFragmentDoc = new TypedDocumentString(`
    fragment HostileDependencyFields on Dependency {
  id
  kind
  status
  note
  owner
  externalReference
  version
}
    `, {"fragmentName":"HostileDependencyFields"}) as unknown as TypedDocumentString<HostileDependencyFieldsFragment, unknown>;
export const LifecycleTemplateTaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment LifecycleTemplateTaskFields on TemplateTask {
  key
  title
  phase
  party
  kind
  offsetDays
  required
  prerequisiteNumbers
}
    `, {"fragmentName":"LifecycleTemplateTaskFields"}) as unknown as TypedDocumentString<LifecycleTemplateTaskFieldsFragment, unknown>;
export const OnSiteResponseFieldsFragmentDoc = new TypedDocumentString(`
    fragment OnSiteResponseFields on QuestionnaireResponse {
  id
  status
  version
  reviewComment
}
    `, {"fragmentName":"OnSiteResponseFields"}) as unknown as TypedDocumentString<OnSiteResponseFieldsFragment, unknown>;
export const QuestionnaireResponseFieldsFragmentDoc = new TypedDocumentString(`
    fragment QuestionnaireResponseFields on QuestionnaireResponse {
  id
  status
  answers
  version
  reviewComment
  submittedBy
  reviewedBy
  taskId
  filledOnSite
  questionnaire {
    key
    version
  }
}
    `, {"fragmentName":"QuestionnaireResponseFields"}) as unknown as TypedDocumentString<QuestionnaireResponseFieldsFragment, unknown>;
export const ConflictFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConflictFields on Conflict {
  id
  operation
  entityType
  entityId
  deploymentId
  attempted
  server
  baseVersion
  serverVersion
  createdBy
  status
  resolution
  resolvedValues
  resolvedVersion
  resolvedBy
  resolvedAt
}
    `, {"fragmentName":"ConflictFields"}) as unknown as TypedDocumentString<ConflictFieldsFragment, unknown>;
export const TaskLifecycleFieldsFragmentDoc = new TypedDocumentString(`
    fragment TaskLifecycleFields on Task {
  id
  number
  status
  reason
  evidence
  completedOn
  version
  updatedBy
}
    `, {"fragmentName":"TaskLifecycleFields"}) as unknown as TypedDocumentString<TaskLifecycleFieldsFragment, unknown>;
export const TrainingSessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrainingSessionFields on TrainingSession {
  id
  scheduledOn
  mode
  module
  audience
  trainer
  attendees {
    name
    role
  }
  status
  heldOn
  version
}
    `, {"fragmentName":"TrainingSessionFields"}) as unknown as TypedDocumentString<TrainingSessionFieldsFragment, unknown>;
export const WorkstationFieldsFragmentDoc = new TypedDocumentString(`
    fragment WorkstationFields on ScannerWorkstation {
  id
  assessmentId
  deploymentId
  label
  make
  model
  serialNumber
  connection
  drivers
  opticalResolutionDpi
  duplex
  automaticDocumentFeeder
  colour
  operatingSystem
  browser
  scanProfileSet
  testScanOutcome
  photoShas
  notes
  verdict
  missedRequirements {
    key
    category
  }
  requirementsVersion
  version
  updatedBy
}
    `, {"fragmentName":"WorkstationFields"}) as unknown as TypedDocumentString<WorkstationFieldsFragment, unknown>;
export const RunFieldsFragmentDoc = new TypedDocumentString(`
    fragment RunFields on TestRun {
  id
  purpose
  environment
  startedBy
  planId
  summary {
    status
    total
    untested
    passed
    failed
    blocked
    retest
    notApplicable
    passPercent
    openDefects {
      critical
      major
      minor
    }
  }
  cases {
    status
    testCase {
      id
      key
      area
      criticality
      requiresCarpos
    }
    latestAttempt {
      id
      status
    }
    attempts {
      id
      status
      tester
      notes
    }
  }
}
    `, {"fragmentName":"RunFields"}) as unknown as TypedDocumentString<RunFieldsFragment, unknown>;
export const AttemptFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttemptFields on TestResult {
  id
  runId
  caseId
  status
  actualResult
  notes
  tester
  build
  testedAt
  photos
  mutationId
  recordedBy
}
    `, {"fragmentName":"AttemptFields"}) as unknown as TypedDocumentString<AttemptFieldsFragment, unknown>;
export const DeploymentFieldsFragmentDoc = new TypedDocumentString(`
    fragment DeploymentFields on Deployment {
  id
  version
  phase
  status
  targetGoLive
  phaseEnteredOn
  court {
    name
    county
    ccporProfile
  }
  participatingLeas {
    name
  }
  health {
    status
    daysToGoLive
    reasons {
      code
      count
      message
    }
  }
  phasesWithShortWindows
  tasksPastDueAtCreation {
    number
  }
  tasks {
    id
    number
    key
    title
    phase
    status
    dueDate
    pinned
    pastDueAtCreation
    offsetDays
    version
    evidence
    completedOn
  }
  dependencies {
    id
    kind
    status
    dueDate
    waitingOn
    daysWaiting
    note
    version
  }
}
    `, {"fragmentName":"DeploymentFields"}) as unknown as TypedDocumentString<DeploymentFieldsFragment, unknown>;
export const RoleMatrixCourtDocument = new TypedDocumentString(`
    query RoleMatrixCourt {
  organizations(first: 1, filter: {kind: COURT}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RoleMatrixCourtQuery, RoleMatrixCourtQueryVariables>;
export const RoleMatrixCreateTokenDocument = new TypedDocumentString(`
    mutation RoleMatrixCreateToken {
  createApiToken(input: {name: "matrix token"}) {
    token
  }
}
    `) as unknown as TypedDocumentString<RoleMatrixCreateTokenMutation, RoleMatrixCreateTokenMutationVariables>;
export const ScopingUpdateDeploymentDocument = new TypedDocumentString(`
    mutation ScopingUpdateDeployment($i: UpdateDeploymentInput!) {
  updateDeployment(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScopingUpdateDeploymentMutation, ScopingUpdateDeploymentMutationVariables>;
export const ScopingAssignStaffDocument = new TypedDocumentString(`
    mutation ScopingAssignStaff($i: AssignDeploymentStaffInput!) {
  assignDeploymentStaff(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScopingAssignStaffMutation, ScopingAssignStaffMutationVariables>;
export const ScopingDeploymentDocument = new TypedDocumentString(`
    query ScopingDeployment($id: ID!) {
  deployment(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScopingDeploymentQuery, ScopingDeploymentQueryVariables>;
export const ScopingOrganizationDocument = new TypedDocumentString(`
    query ScopingOrganization($id: ID!) {
  organization(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScopingOrganizationQuery, ScopingOrganizationQueryVariables>;
export const ScopingOrganizationsDocument = new TypedDocumentString(`
    query ScopingOrganizations {
  organizations(first: 100) {
    totalCount
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ScopingOrganizationsQuery, ScopingOrganizationsQueryVariables>;
export const ScopingTasksDueDocument = new TypedDocumentString(`
    query ScopingTasksDue {
  tasksDue(first: 100, filter: {dueTo: "2027-12-31"}) {
    totalCount
    nodes {
      deployment {
        court {
          county
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScopingTasksDueQuery, ScopingTasksDueQueryVariables>;
export const ScopingStartTaskDocument = new TypedDocumentString(`
    mutation ScopingStartTask($i: TaskActionInput!) {
  startTask(input: $i) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ScopingStartTaskMutation, ScopingStartTaskMutationVariables>;
export const ScopingCompleteTaskDocument = new TypedDocumentString(`
    mutation ScopingCompleteTask($i: TaskActionInput!) {
  completeTask(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<ScopingCompleteTaskMutation, ScopingCompleteTaskMutationVariables>;
export const ScopingContactsDocument = new TypedDocumentString(`
    query ScopingContacts {
  organizations(first: 1) {
    nodes {
      name
      contacts {
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScopingContactsQuery, ScopingContactsQueryVariables>;
export const ScopingListDocument = new TypedDocumentString(`
    query ScopingList {
  deployments(first: 100) {
    totalCount
    nodes {
      id
      court {
        county
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScopingListQuery, ScopingListQueryVariables>;
export const AccountRequestsRequestDocument = new TypedDocumentString(`
    mutation AccountRequestsRequest($i: RequestAccountInput!) {
  requestAccount(input: $i) {
    ...AccountRequestFields
  }
}
    fragment AccountRequestFields on AccountRequest {
  id
  status
  ccporRole
  sealedOrders
  email
  rejectionReason
  version
  organization {
    kind
  }
}`) as unknown as TypedDocumentString<AccountRequestsRequestMutation, AccountRequestsRequestMutationVariables>;
export const AccountRequestsChangeDocument = new TypedDocumentString(`
    mutation AccountRequestsChange($i: ChangeAccountRequestStatusInput!) {
  changeAccountRequestStatus(input: $i) {
    ...AccountRequestFields
  }
}
    fragment AccountRequestFields on AccountRequest {
  id
  status
  ccporRole
  sealedOrders
  email
  rejectionReason
  version
  organization {
    kind
  }
}`) as unknown as TypedDocumentString<AccountRequestsChangeMutation, AccountRequestsChangeMutationVariables>;
export const AccountRequestsProgressDocument = new TypedDocumentString(`
    query AccountRequestsProgress($id: ID!) {
  deployment(id: $id) {
    tasks {
      key
      status
      evidence
    }
    dependencies {
      kind
      status
    }
    accountRequests {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AccountRequestsProgressQuery, AccountRequestsProgressQueryVariables>;
export const AdminTokensOverviewDocument = new TypedDocumentString(`
    query AdminTokensOverview($f: ApiTokenFilter, $after: String) {
  apiTokens(first: 2, after: $after, filter: $f) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      prefix
      createdAt
      lastUsedAt
      revokedAt
      owner {
        id
        email
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminTokensOverviewQuery, AdminTokensOverviewQueryVariables>;
export const AdminTokensCreateDocument = new TypedDocumentString(`
    mutation AdminTokensCreate($i: CreateApiTokenInput!) {
  createApiToken(input: $i) {
    token
    apiToken {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdminTokensCreateMutation, AdminTokensCreateMutationVariables>;
export const AdminTokensRevokeDocument = new TypedDocumentString(`
    mutation AdminTokensRevoke($i: RevokeApiTokenInput!) {
  revokeApiToken(input: $i) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<AdminTokensRevokeMutation, AdminTokensRevokeMutationVariables>;
export const AdminTokensCountDocument = new TypedDocumentString(`
    query AdminTokensCount {
  deployments(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AdminTokensCountQuery, AdminTokensCountQueryVariables>;
export const AdminTokensRevocationsDocument = new TypedDocumentString(`
    query AdminTokensRevocations {
  auditEvents(first: 5, filter: {operation: "API_TOKEN_REVOKED"}) {
    nodes {
      actor
      role
      after
    }
  }
}
    `) as unknown as TypedDocumentString<AdminTokensRevocationsQuery, AdminTokensRevocationsQueryVariables>;
export const AuditFiltersAuditEventsDocument = new TypedDocumentString(`
    query AuditFiltersAuditEvents($f: AuditEventFilter) {
  auditEvents(first: 100, filter: $f) {
    totalCount
    nodes {
      kind
      actor
      operation
      entityType
      entityId
    }
  }
}
    `) as unknown as TypedDocumentString<AuditFiltersAuditEventsQuery, AuditFiltersAuditEventsQueryVariables>;
export const AuditFiltersStartTaskDocument = new TypedDocumentString(`
    mutation AuditFiltersStartTask($i: TaskActionInput!) {
  startTask(input: $i) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AuditFiltersStartTaskMutation, AuditFiltersStartTaskMutationVariables>;
export const AuditWritePathEventsDocument = new TypedDocumentString(`
    query AuditWritePathEvents($f: AuditEventFilter, $after: String) {
  auditEvents(first: 100, after: $after, filter: $f) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      kind
      actor
      operation
      entityType
      entityId
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<AuditWritePathEventsQuery, AuditWritePathEventsQueryVariables>;
export const CatPlanDraftsStartDocument = new TypedDocumentString(`
    mutation CatPlanDraftsStart($i: StartTestPlanDraftInput!) {
  startTestPlanDraft(input: $i) {
    ...CatPlanDraftFields
  }
}
    fragment CatPlanDraftFields on TestPlanDraft {
  id
  basedOnVersion
  name
  version
  updatedBy
  cases {
    key
    title
    area
    preconditions
    steps
    expectedResult
    criticality
    requiresCarpos
  }
}`) as unknown as TypedDocumentString<CatPlanDraftsStartMutation, CatPlanDraftsStartMutationVariables>;
export const CatPlanDraftsSaveDocument = new TypedDocumentString(`
    mutation CatPlanDraftsSave($i: SaveTestPlanDraftInput!) {
  saveTestPlanDraft(input: $i) {
    ...CatPlanDraftFields
  }
}
    fragment CatPlanDraftFields on TestPlanDraft {
  id
  basedOnVersion
  name
  version
  updatedBy
  cases {
    key
    title
    area
    preconditions
    steps
    expectedResult
    criticality
    requiresCarpos
  }
}`) as unknown as TypedDocumentString<CatPlanDraftsSaveMutation, CatPlanDraftsSaveMutationVariables>;
export const CatPlanDraftsPublishDocument = new TypedDocumentString(`
    mutation CatPlanDraftsPublish($i: TestPlanDraftActionInput!) {
  publishTestPlanDraft(input: $i) {
    id
    version
    name
    publishedAt
    cases {
      key
      title
      steps
      position
    }
  }
}
    `) as unknown as TypedDocumentString<CatPlanDraftsPublishMutation, CatPlanDraftsPublishMutationVariables>;
export const CatPlanDraftsDiscardDocument = new TypedDocumentString(`
    mutation CatPlanDraftsDiscard($i: TestPlanDraftActionInput!) {
  discardTestPlanDraft(input: $i)
}
    `) as unknown as TypedDocumentString<CatPlanDraftsDiscardMutation, CatPlanDraftsDiscardMutationVariables>;
export const CatPlanDraftsDraftIdDocument = new TypedDocumentString(`
    query CatPlanDraftsDraftId {
  testPlanDraft {
    id
  }
}
    `) as unknown as TypedDocumentString<CatPlanDraftsDraftIdQuery, CatPlanDraftsDraftIdQueryVariables>;
export const CatPlanDraftsPlanVersionsDocument = new TypedDocumentString(`
    query CatPlanDraftsPlanVersions {
  testPlans {
    version
  }
}
    `) as unknown as TypedDocumentString<CatPlanDraftsPlanVersionsQuery, CatPlanDraftsPlanVersionsQueryVariables>;
export const CatPlanDraftsPublishedPlanDocument = new TypedDocumentString(`
    query CatPlanDraftsPublishedPlan {
  testPlan {
    id
    version
    cases {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<CatPlanDraftsPublishedPlanQuery, CatPlanDraftsPublishedPlanQueryVariables>;
export const CatPlanDraftsDraftNameDocument = new TypedDocumentString(`
    query CatPlanDraftsDraftName {
  testPlanDraft {
    name
  }
}
    `) as unknown as TypedDocumentString<CatPlanDraftsDraftNameQuery, CatPlanDraftsDraftNameQueryVariables>;
export const CatPlanDraftsRunPlanDocument = new TypedDocumentString(`
    query CatPlanDraftsRunPlan($id: ID!) {
  testRun(id: $id) {
    planId
  }
}
    `) as unknown as TypedDocumentString<CatPlanDraftsRunPlanQuery, CatPlanDraftsRunPlanQueryVariables>;
export const CatPlanDraftsPlanVersion1Document = new TypedDocumentString(`
    query CatPlanDraftsPlanVersion1 {
  testPlan(version: 1) {
    cases {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<CatPlanDraftsPlanVersion1Query, CatPlanDraftsPlanVersion1QueryVariables>;
export const CatRunsStartTestRunDocument = new TypedDocumentString(`
    mutation CatRunsStartTestRun($i: StartTestRunInput!) {
  startTestRun(input: $i) {
    ...RunFields
  }
}
    fragment RunFields on TestRun {
  id
  purpose
  environment
  startedBy
  planId
  summary {
    status
    total
    untested
    passed
    failed
    blocked
    retest
    notApplicable
    passPercent
    openDefects {
      critical
      major
      minor
    }
  }
  cases {
    status
    testCase {
      id
      key
      area
      criticality
      requiresCarpos
    }
    latestAttempt {
      id
      status
    }
    attempts {
      id
      status
      tester
      notes
    }
  }
}`) as unknown as TypedDocumentString<CatRunsStartTestRunMutation, CatRunsStartTestRunMutationVariables>;
export const CatRunsTestPlansDocument = new TypedDocumentString(`
    query CatRunsTestPlans {
  testPlans {
    version
    publishedAt
    cases {
      key
      area
      criticality
      requiresCarpos
      steps
      expectedResult
      preconditions
    }
  }
}
    `) as unknown as TypedDocumentString<CatRunsTestPlansQuery, CatRunsTestPlansQueryVariables>;
export const CatRunsTestPlanDocument = new TypedDocumentString(`
    query CatRunsTestPlan {
  testPlan(version: 9) {
    id
  }
}
    `) as unknown as TypedDocumentString<CatRunsTestPlanQuery, CatRunsTestPlanQueryVariables>;
export const CatRunsDeploymentDocument = new TypedDocumentString(`
    query CatRunsDeployment($id: ID!) {
  deployment(id: $id) {
    testRuns {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CatRunsDeploymentQuery, CatRunsDeploymentQueryVariables>;
export const CatRunsRecordTestResultsDocument = new TypedDocumentString(`
    mutation CatRunsRecordTestResults($i: RecordTestResultsInput!) {
  recordTestResults(input: $i) {
    applied
  }
}
    `) as unknown as TypedDocumentString<CatRunsRecordTestResultsMutation, CatRunsRecordTestResultsMutationVariables>;
export const CatRunsPageDocument = new TypedDocumentString(`
    query CatRunsPage($id: ID!) {
  deployment(id: $id) {
    testRuns {
      summary {
        status
        passPercent
      }
      cases {
        status
        attempts {
          id
        }
        latestAttempt {
          id
        }
        testCase {
          key
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatRunsPageQuery, CatRunsPageQueryVariables>;
export const CatWalkthroughDeploymentDocument = new TypedDocumentString(`
    query CatWalkthroughDeployment($id: ID!) {
  deployment(id: $id) {
    ...DeploymentFields
    closeOut {
      approvedBy
      approvedOn
    }
  }
}
    fragment DeploymentFields on Deployment {
  id
  version
  phase
  status
  targetGoLive
  phaseEnteredOn
  court {
    name
    county
    ccporProfile
  }
  participatingLeas {
    name
  }
  health {
    status
    daysToGoLive
    reasons {
      code
      count
      message
    }
  }
  phasesWithShortWindows
  tasksPastDueAtCreation {
    number
  }
  tasks {
    id
    number
    key
    title
    phase
    status
    dueDate
    pinned
    pastDueAtCreation
    offsetDays
    version
    evidence
    completedOn
  }
  dependencies {
    id
    kind
    status
    dueDate
    waitingOn
    daysWaiting
    note
    version
  }
}`) as unknown as TypedDocumentString<CatWalkthroughDeploymentQuery, CatWalkthroughDeploymentQueryVariables>;
export const CatWalkthroughDeployment2Document = new TypedDocumentString(`
    query CatWalkthroughDeployment2($id: ID!) {
  deployment(id: $id) {
    readiness {
      status
      blockers {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatWalkthroughDeployment2Query, CatWalkthroughDeployment2QueryVariables>;
export const CatWalkthroughRequestAccountDocument = new TypedDocumentString(`
    mutation CatWalkthroughRequestAccount($i: RequestAccountInput!) {
  requestAccount(input: $i) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CatWalkthroughRequestAccountMutation, CatWalkthroughRequestAccountMutationVariables>;
export const CatWalkthroughTestRunDocument = new TypedDocumentString(`
    query CatWalkthroughTestRun($id: ID!) {
  testRun(id: $id) {
    signOffs {
      party
      status
      staleBecause
    }
  }
}
    `) as unknown as TypedDocumentString<CatWalkthroughTestRunQuery, CatWalkthroughTestRunQueryVariables>;
export const CatWalkthroughReportIncidentDocument = new TypedDocumentString(`
    mutation CatWalkthroughReportIncident($i: ReportIncidentInput!) {
  reportIncident(input: $i) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<CatWalkthroughReportIncidentMutation, CatWalkthroughReportIncidentMutationVariables>;
export const ConfirmIdentityAgainDocument = new TypedDocumentString(`
    mutation ConfirmIdentityAgain($i: ConfirmIdentityInput!) {
  confirmIdentity(input: $i)
}
    `) as unknown as TypedDocumentString<ConfirmIdentityAgainMutation, ConfirmIdentityAgainMutationVariables>;
export const ConfirmChangePasswordDocument = new TypedDocumentString(`
    mutation ConfirmChangePassword($i: ChangePasswordInput!) {
  changePassword(input: $i)
}
    `) as unknown as TypedDocumentString<ConfirmChangePasswordMutation, ConfirmChangePasswordMutationVariables>;
export const ConfirmStartMfaDocument = new TypedDocumentString(`
    mutation ConfirmStartMfa {
  startMfaEnrolment(input: {}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<ConfirmStartMfaMutation, ConfirmStartMfaMutationVariables>;
export const ConfirmMfaCodesDocument = new TypedDocumentString(`
    mutation ConfirmMfaCodes($i: ConfirmMfaEnrolmentInput!) {
  confirmMfaEnrolment(input: $i) {
    codes
  }
}
    `) as unknown as TypedDocumentString<ConfirmMfaCodesMutation, ConfirmMfaCodesMutationVariables>;
export const ConfirmCreateTokenDocument = new TypedDocumentString(`
    mutation ConfirmCreateToken($i: CreateApiTokenInput!) {
  createApiToken(input: $i) {
    token
    apiToken {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmCreateTokenMutation, ConfirmCreateTokenMutationVariables>;
export const ConfirmSignInDocument = new TypedDocumentString(`
    mutation ConfirmSignIn($i: SignInInput!) {
  signIn(input: $i) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmSignInMutation, ConfirmSignInMutationVariables>;
export const ConfirmMyTokensDocument = new TypedDocumentString(`
    query ConfirmMyTokens {
  myApiTokens {
    id
  }
}
    `) as unknown as TypedDocumentString<ConfirmMyTokensQuery, ConfirmMyTokensQueryVariables>;
export const ConfirmSecurityEventsDocument = new TypedDocumentString(`
    query ConfirmSecurityEvents($f: AuditEventFilter) {
  auditEvents(first: 100, filter: $f) {
    nodes {
      actor
      after
      entityId
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmSecurityEventsQuery, ConfirmSecurityEventsQueryVariables>;
export const ConfirmResetPasswordDocument = new TypedDocumentString(`
    mutation ConfirmResetPassword($i: UserActionInput!) {
  resetPassword(input: $i) {
    url
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<ConfirmResetPasswordMutation, ConfirmResetPasswordMutationVariables>;
export const ConfirmCompleteResetDocument = new TypedDocumentString(`
    mutation ConfirmCompleteReset($i: CompletePasswordResetInput!) {
  completePasswordReset(input: $i)
}
    `) as unknown as TypedDocumentString<ConfirmCompleteResetMutation, ConfirmCompleteResetMutationVariables>;
export const ConfirmUnlockDocument = new TypedDocumentString(`
    mutation ConfirmUnlock($i: UserActionInput!) {
  unlockUser(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConfirmUnlockMutation, ConfirmUnlockMutationVariables>;
export const CourtProfileCourtDocument = new TypedDocumentString(`
    query CourtProfileCourt($id: ID!) {
  organization(id: $id) {
    id
    ccporProfile
    version
    updatedBy
  }
}
    `) as unknown as TypedDocumentString<CourtProfileCourtQuery, CourtProfileCourtQueryVariables>;
export const CourtProfileSetDocument = new TypedDocumentString(`
    mutation CourtProfileSet($i: SetCourtProfileInput!) {
  setCourtProfile(input: $i) {
    id
    ccporProfile
    version
  }
}
    `) as unknown as TypedDocumentString<CourtProfileSetMutation, CourtProfileSetMutationVariables>;
export const CourtProfileDependenciesDocument = new TypedDocumentString(`
    query CourtProfileDependencies($id: ID!) {
  deployment(id: $id) {
    dependencies {
      id
      kind
      status
      note
      version
    }
  }
}
    `) as unknown as TypedDocumentString<CourtProfileDependenciesQuery, CourtProfileDependenciesQueryVariables>;
export const CourtProfileUpdateDependencyDocument = new TypedDocumentString(`
    mutation CourtProfileUpdateDependency($i: UpdateDependencyInput!) {
  updateDependency(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<CourtProfileUpdateDependencyMutation, CourtProfileUpdateDependencyMutationVariables>;
export const CourtProfileSignOffsDocument = new TypedDocumentString(`
    query CourtProfileSignOffs($id: ID!) {
  testRun(id: $id) {
    signOffs {
      party
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CourtProfileSignOffsQuery, CourtProfileSignOffsQueryVariables>;
export const CourtProfileAuditDocument = new TypedDocumentString(`
    query CourtProfileAudit($id: ID!) {
  auditEvents(first: 10, filter: {entityId: $id}) {
    nodes {
      operation
      entityType
      actor
    }
  }
}
    `) as unknown as TypedDocumentString<CourtProfileAuditQuery, CourtProfileAuditQueryVariables>;
export const CreateDeploymentDeploymentsDocument = new TypedDocumentString(`
    query CreateDeploymentDeployments {
  deployments(first: 100) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CreateDeploymentDeploymentsQuery, CreateDeploymentDeploymentsQueryVariables>;
export const CreateDeploymentCreateDeploymentDocument = new TypedDocumentString(`
    mutation CreateDeploymentCreateDeployment($i: CreateDeploymentInput!) {
  createDeployment(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateDeploymentCreateDeploymentMutation, CreateDeploymentCreateDeploymentMutationVariables>;
export const CreateDeploymentCreateDeployment2Document = new TypedDocumentString(`
    mutation CreateDeploymentCreateDeployment2($i: CreateDeploymentInput!) {
  createDeployment(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateDeploymentCreateDeployment2Mutation, CreateDeploymentCreateDeployment2MutationVariables>;
export const CreateDeploymentCreateDeployment3Document = new TypedDocumentString(`
    mutation CreateDeploymentCreateDeployment3($i: CreateDeploymentInput!) {
  createDeployment(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateDeploymentCreateDeployment3Mutation, CreateDeploymentCreateDeployment3MutationVariables>;
export const CreateDeploymentCreateDeployment4Document = new TypedDocumentString(`
    mutation CreateDeploymentCreateDeployment4($i: CreateDeploymentInput!) {
  createDeployment(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateDeploymentCreateDeployment4Mutation, CreateDeploymentCreateDeployment4MutationVariables>;
export const CreateDeploymentCreateDeployment5Document = new TypedDocumentString(`
    mutation CreateDeploymentCreateDeployment5($i: CreateDeploymentInput!) {
  createDeployment(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateDeploymentCreateDeployment5Mutation, CreateDeploymentCreateDeployment5MutationVariables>;
export const CreateDeploymentCreateDeployment6Document = new TypedDocumentString(`
    mutation CreateDeploymentCreateDeployment6($i: CreateDeploymentInput!) {
  createDeployment(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateDeploymentCreateDeployment6Mutation, CreateDeploymentCreateDeployment6MutationVariables>;
export const CreateDeploymentCreateDeployment7Document = new TypedDocumentString(`
    mutation CreateDeploymentCreateDeployment7($i: CreateDeploymentInput!) {
  createDeployment(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateDeploymentCreateDeployment7Mutation, CreateDeploymentCreateDeployment7MutationVariables>;
export const CreateDeploymentDeployments2Document = new TypedDocumentString(`
    query CreateDeploymentDeployments2 {
  deployments(first: 1, filter: {county: ["Fresno"]}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateDeploymentDeployments2Query, CreateDeploymentDeployments2QueryVariables>;
export const CreateDeploymentDeploymentDocument = new TypedDocumentString(`
    query CreateDeploymentDeployment($id: ID!) {
  deployment(id: $id) {
    ...DeploymentFields
  }
}
    fragment DeploymentFields on Deployment {
  id
  version
  phase
  status
  targetGoLive
  phaseEnteredOn
  court {
    name
    county
    ccporProfile
  }
  participatingLeas {
    name
  }
  health {
    status
    daysToGoLive
    reasons {
      code
      count
      message
    }
  }
  phasesWithShortWindows
  tasksPastDueAtCreation {
    number
  }
  tasks {
    id
    number
    key
    title
    phase
    status
    dueDate
    pinned
    pastDueAtCreation
    offsetDays
    version
    evidence
    completedOn
  }
  dependencies {
    id
    kind
    status
    dueDate
    waitingOn
    daysWaiting
    note
    version
  }
}`) as unknown as TypedDocumentString<CreateDeploymentDeploymentQuery, CreateDeploymentDeploymentQueryVariables>;
export const CreateDeploymentDeployment2Document = new TypedDocumentString(`
    query CreateDeploymentDeployment2 {
  deployment(id: "0d3b1a51-0000-4000-8000-000000000000") {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateDeploymentDeployment2Query, CreateDeploymentDeployment2QueryVariables>;
export const BoundedMeetingDocument = new TypedDocumentString(`
    mutation BoundedMeeting($i: RecordMeetingInput!) {
  recordMeeting(input: $i) {
    id
    meetingOn
  }
}
    `) as unknown as TypedDocumentString<BoundedMeetingMutation, BoundedMeetingMutationVariables>;
export const BoundedDocumentDocument = new TypedDocumentString(`
    mutation BoundedDocument($i: RecordDocumentInput!) {
  recordDocument(input: $i) {
    id
    exchangedOn
  }
}
    `) as unknown as TypedDocumentString<BoundedDocumentMutation, BoundedDocumentMutationVariables>;
export const BoundedIncidentDocument = new TypedDocumentString(`
    mutation BoundedIncident($i: ReportIncidentInput!) {
  reportIncident(input: $i) {
    id
    reportedAt
  }
}
    `) as unknown as TypedDocumentString<BoundedIncidentMutation, BoundedIncidentMutationVariables>;
export const BoundedTrainingDocument = new TypedDocumentString(`
    mutation BoundedTraining($i: ScheduleTrainingInput!) {
  scheduleTraining(input: $i) {
    id
    scheduledOn
    version
  }
}
    `) as unknown as TypedDocumentString<BoundedTrainingMutation, BoundedTrainingMutationVariables>;
export const BoundedTrainingHeldDocument = new TypedDocumentString(`
    mutation BoundedTrainingHeld($i: RecordTrainingHeldInput!) {
  recordTrainingHeld(input: $i) {
    id
    heldOn
  }
}
    `) as unknown as TypedDocumentString<BoundedTrainingHeldMutation, BoundedTrainingHeldMutationVariables>;
export const BoundedDeploymentDocument = new TypedDocumentString(`
    mutation BoundedDeployment($i: CreateDeploymentInput!) {
  createDeployment(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoundedDeploymentMutation, BoundedDeploymentMutationVariables>;
export const BoundedMoveDocument = new TypedDocumentString(`
    mutation BoundedMove($i: MoveTaskInput!) {
  moveTask(input: $i) {
    id
    dueDate
  }
}
    `) as unknown as TypedDocumentString<BoundedMoveMutation, BoundedMoveMutationVariables>;
export const DefectsOfRunDocument = new TypedDocumentString(`
    query DefectsOfRun($id: ID!) {
  testRun(id: $id) {
    defects {
      id
    }
    cases {
      attempts {
        id
        defects {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DefectsOfRunQuery, DefectsOfRunQueryVariables>;
export const DefectsRunDeploymentDocument = new TypedDocumentString(`
    query DefectsRunDeployment($id: ID!) {
  testRun(id: $id) {
    deployment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DefectsRunDeploymentQuery, DefectsRunDeploymentQueryVariables>;
export const DeploymentImportPreviewDeploymentImportDocument = new TypedDocumentString(`
    query DeploymentImportPreviewDeploymentImport($csv: String!) {
  previewDeploymentImport(csv: $csv) {
    validCount
    invalidCount
    rows {
      line
      court
      courtId
      courtName
      targetGoLive
      phase
      status
      wave
      leaNames
      problems {
        field
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeploymentImportPreviewDeploymentImportQuery, DeploymentImportPreviewDeploymentImportQueryVariables>;
export const DeploymentImportImportDeploymentsDocument = new TypedDocumentString(`
    mutation DeploymentImportImportDeployments($i: ImportDeploymentsInput!) {
  importDeployments(input: $i) {
    created {
      ...DeploymentFields
      actualGoLive
      wave
    }
    skipped {
      line
      court
      problems {
        field
        message
      }
    }
  }
}
    fragment DeploymentFields on Deployment {
  id
  version
  phase
  status
  targetGoLive
  phaseEnteredOn
  court {
    name
    county
    ccporProfile
  }
  participatingLeas {
    name
  }
  health {
    status
    daysToGoLive
    reasons {
      code
      count
      message
    }
  }
  phasesWithShortWindows
  tasksPastDueAtCreation {
    number
  }
  tasks {
    id
    number
    key
    title
    phase
    status
    dueDate
    pinned
    pastDueAtCreation
    offsetDays
    version
    evidence
    completedOn
  }
  dependencies {
    id
    kind
    status
    dueDate
    waitingOn
    daysWaiting
    note
    version
  }
}`) as unknown as TypedDocumentString<DeploymentImportImportDeploymentsMutation, DeploymentImportImportDeploymentsMutationVariables>;
export const DeploymentImportDeploymentsDocument = new TypedDocumentString(`
    query DeploymentImportDeployments {
  deployments(first: 100) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DeploymentImportDeploymentsQuery, DeploymentImportDeploymentsQueryVariables>;
export const DeploymentsListPageDocument = new TypedDocumentString(`
    query DeploymentsListPage($first: Int!, $after: String, $filter: DeploymentFilter) {
  deployments(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      id
      targetGoLive
      wave
      court {
        county
      }
      health {
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeploymentsListPageQuery, DeploymentsListPageQueryVariables>;
export const DeploymentsListWithTasksDocument = new TypedDocumentString(`
    query DeploymentsListWithTasks($first: Int!) {
  deployments(first: $first) {
    totalCount
    nodes {
      court {
        name
      }
      participatingLeas {
        name
      }
      health {
        status
        reasons {
          code
        }
      }
      tasks {
        number
        status
        prerequisites {
          number
        }
      }
      dependencies {
        kind
        daysWaiting
      }
      nextDueTasks {
        number
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeploymentsListWithTasksQuery, DeploymentsListWithTasksQueryVariables>;
export const DeploymentsListTasksDueBeforeDocument = new TypedDocumentString(`
    query DeploymentsListTasksDueBefore {
  tasksDue(first: 100, filter: {dueTo: "2026-10-31"}) {
    totalCount
    nodes {
      number
      dueDate
      deployment {
        court {
          county
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeploymentsListTasksDueBeforeQuery, DeploymentsListTasksDueBeforeQueryVariables>;
export const DeploymentsListTasksDueInJanuaryDocument = new TypedDocumentString(`
    query DeploymentsListTasksDueInJanuary {
  tasksDue(
    first: 100
    filter: {dueFrom: "2027-01-01", dueTo: "2027-01-20", party: [CCPOR_TEAM]}
  ) {
    totalCount
    nodes {
      number
      dueDate
    }
  }
}
    `) as unknown as TypedDocumentString<DeploymentsListTasksDueInJanuaryQuery, DeploymentsListTasksDueInJanuaryQueryVariables>;
export const HealthOfDeploymentDocument = new TypedDocumentString(`
    query HealthOfDeployment($id: ID!) {
  deployment(id: $id) {
    health {
      status
      daysToGoLive
      reasons {
        code
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HealthOfDeploymentQuery, HealthOfDeploymentQueryVariables>;
export const HealthAtRiskCountDocument = new TypedDocumentString(`
    query HealthAtRiskCount {
  deployments(first: 10, filter: {health: [AT_RISK]}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<HealthAtRiskCountQuery, HealthAtRiskCountQueryVariables>;
export const HealthCompleteTaskDocument = new TypedDocumentString(`
    mutation HealthCompleteTask($i: TaskActionInput!) {
  completeTask(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<HealthCompleteTaskMutation, HealthCompleteTaskMutationVariables>;
export const HealthUpdateDependencyDocument = new TypedDocumentString(`
    mutation HealthUpdateDependency($i: UpdateDependencyInput!) {
  updateDependency(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<HealthUpdateDependencyMutation, HealthUpdateDependencyMutationVariables>;
export const HealthDependencyWaitsDocument = new TypedDocumentString(`
    query HealthDependencyWaits($id: ID!) {
  deployment(id: $id) {
    health {
      status
    }
    dependencies {
      kind
      waitingOn
      daysWaiting
    }
  }
}
    `) as unknown as TypedDocumentString<HealthDependencyWaitsQuery, HealthDependencyWaitsQueryVariables>;
export const HealthChangeStatusDocument = new TypedDocumentString(`
    mutation HealthChangeStatus($i: ChangeDeploymentStatusInput!) {
  changeDeploymentStatus(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<HealthChangeStatusMutation, HealthChangeStatusMutationVariables>;
export const HostileWaiveDocument = new TypedDocumentString(`
    mutation HostileWaive($i: WaiveTaskInput!) {
  waiveTask(input: $i) {
    ...HostileTaskFields
  }
}
    fragment HostileTaskFields on Task {
  id
  number
  status
  reason
  version
}`) as unknown as TypedDocumentString<HostileWaiveMutation, HostileWaiveMutationVariables>;
export const HostileTasksDocument = new TypedDocumentString(`
    query HostileTasks($id: ID!) {
  deployment(id: $id) {
    tasks {
      ...HostileTaskFields
    }
  }
}
    fragment HostileTaskFields on Task {
  id
  number
  status
  reason
  version
}`) as unknown as TypedDocumentString<HostileTasksQuery, HostileTasksQueryVariables>;
export const HostileRecordMeetingDocument = new TypedDocumentString(`
    mutation HostileRecordMeeting($i: RecordMeetingInput!) {
  recordMeeting(input: $i) {
    ...HostileMeetingFields
  }
}
    fragment HostileMeetingFields on Meeting {
  id
  title
  notes
  attendees
  meetingOn
}`) as unknown as TypedDocumentString<HostileRecordMeetingMutation, HostileRecordMeetingMutationVariables>;
export const HostileMeetingsDocument = new TypedDocumentString(`
    query HostileMeetings($id: ID!) {
  deployment(id: $id) {
    meetings {
      ...HostileMeetingFields
    }
  }
}
    fragment HostileMeetingFields on Meeting {
  id
  title
  notes
  attendees
  meetingOn
}`) as unknown as TypedDocumentString<HostileMeetingsQuery, HostileMeetingsQueryVariables>;
export const HostileUpdateDependencyDocument = new TypedDocumentString(`
    mutation HostileUpdateDependency($i: UpdateDependencyInput!) {
  updateDependency(input: $i) {
    ...HostileDependencyFields
  }
}
    fragment HostileDependencyFields on Dependency {
  id
  kind
  status
  note
  owner
  externalReference
  version
}`) as unknown as TypedDocumentString<HostileUpdateDependencyMutation, HostileUpdateDependencyMutationVariables>;
export const HostileDependenciesDocument = new TypedDocumentString(`
    query HostileDependencies($id: ID!) {
  deployment(id: $id) {
    dependencies {
      ...HostileDependencyFields
    }
  }
}
    fragment HostileDependencyFields on Dependency {
  id
  kind
  status
  note
  owner
  externalReference
  version
}`) as unknown as TypedDocumentString<HostileDependenciesQuery, HostileDependenciesQueryVariables>;
export const HostileCreateUserDocument = new TypedDocumentString(`
    mutation HostileCreateUser($i: CreateUserInput!) {
  createUser(input: $i) {
    user {
      id
      email
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<HostileCreateUserMutation, HostileCreateUserMutationVariables>;
export const HostileUsersDocument = new TypedDocumentString(`
    query HostileUsers($n: Int!, $s: String) {
  users(first: $n, filter: {search: $s}) {
    totalCount
    nodes {
      email
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<HostileUsersQuery, HostileUsersQueryVariables>;
export const HostileDeploymentsDocument = new TypedDocumentString(`
    query HostileDeployments($n: Int!) {
  deployments(first: $n) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<HostileDeploymentsQuery, HostileDeploymentsQueryVariables>;
export const HostileChangesDocument = new TypedDocumentString(`
    query HostileChanges($id: ID!) {
  auditEvents(first: 100, filter: {entityId: $id, kind: CHANGE}) {
    nodes {
      operation
    }
  }
}
    `) as unknown as TypedDocumentString<HostileChangesQuery, HostileChangesQueryVariables>;
export const HostileCreateDeploymentDocument = new TypedDocumentString(`
    mutation HostileCreateDeployment($i: CreateDeploymentInput!) {
  createDeployment(input: $i) {
    id
    targetGoLive
  }
}
    `) as unknown as TypedDocumentString<HostileCreateDeploymentMutation, HostileCreateDeploymentMutationVariables>;
export const HostileMoveTaskDocument = new TypedDocumentString(`
    mutation HostileMoveTask($i: MoveTaskInput!) {
  moveTask(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<HostileMoveTaskMutation, HostileMoveTaskMutationVariables>;
export const IncidentsReportDocument = new TypedDocumentString(`
    mutation IncidentsReport($i: ReportIncidentInput!) {
  reportIncident(input: $i) {
    id
    status
    severity
    version
    reportedBy
  }
}
    `) as unknown as TypedDocumentString<IncidentsReportMutation, IncidentsReportMutationVariables>;
export const IncidentsUpdateDocument = new TypedDocumentString(`
    mutation IncidentsUpdate($i: UpdateIncidentInput!) {
  updateIncident(input: $i) {
    id
    status
    severity
    resolution
    resolvedAt
    version
  }
}
    `) as unknown as TypedDocumentString<IncidentsUpdateMutation, IncidentsUpdateMutationVariables>;
export const IncidentsCloseOutDocument = new TypedDocumentString(`
    mutation IncidentsCloseOut($i: ApproveCloseOutInput!) {
  approveCloseOut(input: $i) {
    status
    version
  }
}
    `) as unknown as TypedDocumentString<IncidentsCloseOutMutation, IncidentsCloseOutMutationVariables>;
export const IncidentsOfDeploymentDocument = new TypedDocumentString(`
    query IncidentsOfDeployment($id: ID!) {
  deployment(id: $id) {
    incidents {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IncidentsOfDeploymentQuery, IncidentsOfDeploymentQueryVariables>;
export const IncidentsCloseOutRecordDocument = new TypedDocumentString(`
    query IncidentsCloseOutRecord($id: ID!) {
  deployment(id: $id) {
    closeOut {
      approvedBy
      approverRole
      statement
    }
    tasks {
      key
      status
    }
  }
}
    `) as unknown as TypedDocumentString<IncidentsCloseOutRecordQuery, IncidentsCloseOutRecordQueryVariables>;
export const LifecycleTemplateVersionsDocument = new TypedDocumentString(`
    query LifecycleTemplateVersions {
  lifecycleTemplates {
    id
    version
    name
    publishedAt
    deploymentCount
  }
}
    `) as unknown as TypedDocumentString<LifecycleTemplateVersionsQuery, LifecycleTemplateVersionsQueryVariables>;
export const LifecycleTemplateCreateDraftDocument = new TypedDocumentString(`
    mutation LifecycleTemplateCreateDraft($i: CreateLifecycleTemplateDraftInput!) {
  createLifecycleTemplateDraft(input: $i) {
    id
    version
    name
    publishedAt
    tasks {
      number
      ...LifecycleTemplateTaskFields
    }
  }
}
    fragment LifecycleTemplateTaskFields on TemplateTask {
  key
  title
  phase
  party
  kind
  offsetDays
  required
  prerequisiteNumbers
}`) as unknown as TypedDocumentString<LifecycleTemplateCreateDraftMutation, LifecycleTemplateCreateDraftMutationVariables>;
export const LifecycleTemplateSaveDraftDocument = new TypedDocumentString(`
    mutation LifecycleTemplateSaveDraft($i: SaveLifecycleTemplateDraftInput!) {
  saveLifecycleTemplateDraft(input: $i) {
    id
    name
    publishedAt
    tasks {
      number
      lane
      ...LifecycleTemplateTaskFields
    }
  }
}
    fragment LifecycleTemplateTaskFields on TemplateTask {
  key
  title
  phase
  party
  kind
  offsetDays
  required
  prerequisiteNumbers
}`) as unknown as TypedDocumentString<LifecycleTemplateSaveDraftMutation, LifecycleTemplateSaveDraftMutationVariables>;
export const LifecycleTemplatePublishDocument = new TypedDocumentString(`
    mutation LifecycleTemplatePublish($i: PublishLifecycleTemplateInput!) {
  publishLifecycleTemplate(input: $i) {
    id
    version
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<LifecycleTemplatePublishMutation, LifecycleTemplatePublishMutationVariables>;
export const LifecycleTemplateDeploymentTasksDocument = new TypedDocumentString(`
    query LifecycleTemplateDeploymentTasks($id: ID!) {
  deployment(id: $id) {
    tasks {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleTemplateDeploymentTasksQuery, LifecycleTemplateDeploymentTasksQueryVariables>;
export const LifecycleTemplateCurrentDocument = new TypedDocumentString(`
    query LifecycleTemplateCurrent {
  currentLifecycleTemplate {
    version
  }
}
    `) as unknown as TypedDocumentString<LifecycleTemplateCurrentQuery, LifecycleTemplateCurrentQueryVariables>;
export const LifecycleTemplateDraftTasksDocument = new TypedDocumentString(`
    query LifecycleTemplateDraftTasks($id: ID!) {
  lifecycleTemplate(id: $id) {
    name
    tasks {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleTemplateDraftTasksQuery, LifecycleTemplateDraftTasksQueryVariables>;
export const MailScheduleTrainingDocument = new TypedDocumentString(`
    mutation MailScheduleTraining($i: ScheduleTrainingInput!) {
  scheduleTraining(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<MailScheduleTrainingMutation, MailScheduleTrainingMutationVariables>;
export const MailMailboxDocument = new TypedDocumentString(`
    query MailMailbox($first: Int!, $after: String, $filter: MailboxFilter) {
  mailbox(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      messageId
      kind
      toAddress
      subject
      body
      link
      status
      attempts
      lastError
      sentAt
    }
  }
}
    `) as unknown as TypedDocumentString<MailMailboxQuery, MailMailboxQueryVariables>;
export const MailSettingsDocument = new TypedDocumentString(`
    mutation MailSettings($i: UpdateMyMailSettingsInput!) {
  updateMyMailSettings(input: $i) {
    id
    version
    timeZone
    mailPreferences {
      kind
      delivery
    }
  }
}
    `) as unknown as TypedDocumentString<MailSettingsMutation, MailSettingsMutationVariables>;
export const MailMeDocument = new TypedDocumentString(`
    query MailMe {
  me {
    id
    version
    timeZone
    mailPreferences {
      kind
      delivery
    }
  }
}
    `) as unknown as TypedDocumentString<MailMeQuery, MailMeQueryVariables>;
export const MailUnsubscribeDocument = new TypedDocumentString(`
    mutation MailUnsubscribe($i: UnsubscribeMailInput!) {
  unsubscribeMail(input: $i) {
    kinds
    digest
  }
}
    `) as unknown as TypedDocumentString<MailUnsubscribeMutation, MailUnsubscribeMutationVariables>;
export const MaintainedRunRatesDocument = new TypedDocumentString(`
    query MaintainedRunRates {
  catRunRatesReport(first: 100) {
    totalCount
    nodes {
      runId
      status
      total
      passed
      failed
      blocked
      untested
    }
  }
}
    `) as unknown as TypedDocumentString<MaintainedRunRatesQuery, MaintainedRunRatesQueryVariables>;
export const AttachmentsRecordDocumentDocument = new TypedDocumentString(`
    mutation AttachmentsRecordDocument($input: RecordDocumentInput!) {
  recordDocument(input: $input) {
    id
    title
    attachments {
      sha256
      fileName
      contentType
      size
    }
  }
}
    `) as unknown as TypedDocumentString<AttachmentsRecordDocumentMutation, AttachmentsRecordDocumentMutationVariables>;
export const AttachmentsRecordMeetingDocument = new TypedDocumentString(`
    mutation AttachmentsRecordMeeting($input: RecordMeetingInput!) {
  recordMeeting(input: $input) {
    id
    attachments {
      sha256
      fileName
    }
  }
}
    `) as unknown as TypedDocumentString<AttachmentsRecordMeetingMutation, AttachmentsRecordMeetingMutationVariables>;
export const AttachmentsRecordsDocument = new TypedDocumentString(`
    query AttachmentsRecords($id: ID!) {
  deployment(id: $id) {
    documents {
      title
      attachments {
        sha256
        fileName
      }
    }
    meetings {
      title
      attachments {
        sha256
        fileName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttachmentsRecordsQuery, AttachmentsRecordsQueryVariables>;
export const NothingPublishedCreateDeploymentDocument = new TypedDocumentString(`
    mutation NothingPublishedCreateDeployment($i: CreateDeploymentInput!) {
  createDeployment(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<NothingPublishedCreateDeploymentMutation, NothingPublishedCreateDeploymentMutationVariables>;
export const NothingPublishedLifecycleDraftDocument = new TypedDocumentString(`
    mutation NothingPublishedLifecycleDraft($i: CreateLifecycleTemplateDraftInput!) {
  createLifecycleTemplateDraft(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<NothingPublishedLifecycleDraftMutation, NothingPublishedLifecycleDraftMutationVariables>;
export const NothingPublishedStartRunDocument = new TypedDocumentString(`
    mutation NothingPublishedStartRun($i: StartTestRunInput!) {
  startTestRun(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<NothingPublishedStartRunMutation, NothingPublishedStartRunMutationVariables>;
export const NothingPublishedScannerRequirementsDocument = new TypedDocumentString(`
    query NothingPublishedScannerRequirements {
  scannerRequirements {
    version
  }
}
    `) as unknown as TypedDocumentString<NothingPublishedScannerRequirementsQuery, NothingPublishedScannerRequirementsQueryVariables>;
export const NotificationsFeedDocument = new TypedDocumentString(`
    query NotificationsFeed($first: Int) {
  notifications(first: $first) {
    unreadCount
    readUpTo
    items {
      id
      kind
      at
      deploymentId
      courtName
      summary
      actor
      unread
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsFeedQuery, NotificationsFeedQueryVariables>;
export const NotificationsMarkReadDocument = new TypedDocumentString(`
    mutation NotificationsMarkRead($i: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $i) {
    readUpTo
  }
}
    `) as unknown as TypedDocumentString<NotificationsMarkReadMutation, NotificationsMarkReadMutationVariables>;
export const NotificationsStartTaskDocument = new TypedDocumentString(`
    mutation NotificationsStartTask($i: TaskActionInput!) {
  startTask(input: $i) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<NotificationsStartTaskMutation, NotificationsStartTaskMutationVariables>;
export const NotificationsAssignStaffDocument = new TypedDocumentString(`
    mutation NotificationsAssignStaff($i: AssignDeploymentStaffInput!) {
  assignDeploymentStaff(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationsAssignStaffMutation, NotificationsAssignStaffMutationVariables>;
export const NotificationsRecordMeetingDocument = new TypedDocumentString(`
    mutation NotificationsRecordMeeting($i: RecordMeetingInput!) {
  recordMeeting(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationsRecordMeetingMutation, NotificationsRecordMeetingMutationVariables>;
export const NotificationsScheduleTrainingDocument = new TypedDocumentString(`
    mutation NotificationsScheduleTraining($i: ScheduleTrainingInput!) {
  scheduleTraining(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationsScheduleTrainingMutation, NotificationsScheduleTrainingMutationVariables>;
export const CalendarFeedCreateDocument = new TypedDocumentString(`
    mutation CalendarFeedCreate($input: MutationIdInput!) {
  createCalendarFeed(input: $input) {
    path
    feed {
      id
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarFeedCreateMutation, CalendarFeedCreateMutationVariables>;
export const CalendarFeedMineDocument = new TypedDocumentString(`
    query CalendarFeedMine {
  myCalendarFeed {
    id
  }
}
    `) as unknown as TypedDocumentString<CalendarFeedMineQuery, CalendarFeedMineQueryVariables>;
export const CalendarFeedRevokeDocument = new TypedDocumentString(`
    mutation CalendarFeedRevoke($input: MutationIdInput!) {
  revokeCalendarFeed(input: $input)
}
    `) as unknown as TypedDocumentString<CalendarFeedRevokeMutation, CalendarFeedRevokeMutationVariables>;
export const OnSiteCaptureProgressDocument = new TypedDocumentString(`
    query OnSiteCaptureProgress($id: ID!) {
  deployment(id: $id) {
    tasks {
      id
      key
      status
      evidence
      version
    }
    dependencies {
      kind
      status
      metOn
    }
    scannerSummary {
      assessed
      meeting
      toConfigure
      toReplace
    }
  }
}
    `) as unknown as TypedDocumentString<OnSiteCaptureProgressQuery, OnSiteCaptureProgressQueryVariables>;
export const OnSiteCompleteTaskDocument = new TypedDocumentString(`
    mutation OnSiteCompleteTask($i: TaskActionInput!) {
  completeTask(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<OnSiteCompleteTaskMutation, OnSiteCompleteTaskMutationVariables>;
export const OnSiteStartResponseDocument = new TypedDocumentString(`
    mutation OnSiteStartResponse($i: StartResponseInput!) {
  startResponse(input: $i) {
    ...OnSiteResponseFields
  }
}
    fragment OnSiteResponseFields on QuestionnaireResponse {
  id
  status
  version
  reviewComment
}`) as unknown as TypedDocumentString<OnSiteStartResponseMutation, OnSiteStartResponseMutationVariables>;
export const OnSiteSaveResponseDocument = new TypedDocumentString(`
    mutation OnSiteSaveResponse($i: SaveResponseInput!) {
  saveResponse(input: $i) {
    ...OnSiteResponseFields
  }
}
    fragment OnSiteResponseFields on QuestionnaireResponse {
  id
  status
  version
  reviewComment
}`) as unknown as TypedDocumentString<OnSiteSaveResponseMutation, OnSiteSaveResponseMutationVariables>;
export const OnSiteSubmitResponseDocument = new TypedDocumentString(`
    mutation OnSiteSubmitResponse($i: SubmitResponseInput!) {
  submitResponse(input: $i) {
    ...OnSiteResponseFields
  }
}
    fragment OnSiteResponseFields on QuestionnaireResponse {
  id
  status
  version
  reviewComment
}`) as unknown as TypedDocumentString<OnSiteSubmitResponseMutation, OnSiteSubmitResponseMutationVariables>;
export const OnSiteReturnResponseDocument = new TypedDocumentString(`
    mutation OnSiteReturnResponse($i: ReviewResponseInput!) {
  returnResponse(input: $i) {
    ...OnSiteResponseFields
  }
}
    fragment OnSiteResponseFields on QuestionnaireResponse {
  id
  status
  version
  reviewComment
}`) as unknown as TypedDocumentString<OnSiteReturnResponseMutation, OnSiteReturnResponseMutationVariables>;
export const OnSiteAcceptResponseDocument = new TypedDocumentString(`
    mutation OnSiteAcceptResponse($i: ReviewResponseInput!) {
  acceptResponse(input: $i) {
    ...OnSiteResponseFields
  }
}
    fragment OnSiteResponseFields on QuestionnaireResponse {
  id
  status
  version
  reviewComment
}`) as unknown as TypedDocumentString<OnSiteAcceptResponseMutation, OnSiteAcceptResponseMutationVariables>;
export const OnSiteCompleteAssessmentDocument = new TypedDocumentString(`
    mutation OnSiteCompleteAssessment($i: CompleteScannerAssessmentInput!) {
  completeScannerAssessment(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<OnSiteCompleteAssessmentMutation, OnSiteCompleteAssessmentMutationVariables>;
export const OnSiteResolveConflictDocument = new TypedDocumentString(`
    mutation OnSiteResolveConflict($i: ResolveConflictInput!) {
  resolveConflict(input: $i) {
    status
    resolvedVersion
  }
}
    `) as unknown as TypedDocumentString<OnSiteResolveConflictMutation, OnSiteResolveConflictMutationVariables>;
export const OnSiteRequestAccountDocument = new TypedDocumentString(`
    mutation OnSiteRequestAccount($i: RequestAccountInput!) {
  requestAccount(input: $i) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<OnSiteRequestAccountMutation, OnSiteRequestAccountMutationVariables>;
export const OnSiteChangeAccountRequestDocument = new TypedDocumentString(`
    mutation OnSiteChangeAccountRequest($i: ChangeAccountRequestStatusInput!) {
  changeAccountRequestStatus(input: $i) {
    status
    version
  }
}
    `) as unknown as TypedDocumentString<OnSiteChangeAccountRequestMutation, OnSiteChangeAccountRequestMutationVariables>;
export const OnSiteScheduleTrainingDocument = new TypedDocumentString(`
    mutation OnSiteScheduleTraining($i: ScheduleTrainingInput!) {
  scheduleTraining(input: $i) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<OnSiteScheduleTrainingMutation, OnSiteScheduleTrainingMutationVariables>;
export const OnSiteRecordTrainingHeldDocument = new TypedDocumentString(`
    mutation OnSiteRecordTrainingHeld($i: RecordTrainingHeldInput!) {
  recordTrainingHeld(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<OnSiteRecordTrainingHeldMutation, OnSiteRecordTrainingHeldMutationVariables>;
export const OnSiteAssessmentWorkstationsDocument = new TypedDocumentString(`
    query OnSiteAssessmentWorkstations($id: ID!) {
  scannerAssessment(id: $id) {
    workstations {
      id
      drivers
      notes
      version
    }
  }
}
    `) as unknown as TypedDocumentString<OnSiteAssessmentWorkstationsQuery, OnSiteAssessmentWorkstationsQueryVariables>;
export const OnSiteConflictHistoryDocument = new TypedDocumentString(`
    query OnSiteConflictHistory($id: ID!) {
  conflicts(filter: {entityId: $id}) {
    nodes {
      status
      resolution
      attempted
      server
      resolvedValues
      resolvedBy
    }
  }
}
    `) as unknown as TypedDocumentString<OnSiteConflictHistoryQuery, OnSiteConflictHistoryQueryVariables>;
export const PersistedPhaseCountsDocument = new TypedDocumentString(`
    query PersistedPhaseCounts {
  deploymentCountsReport {
    phase
    status
    health
    deployments
  }
}
    `) as unknown as TypedDocumentString<PersistedPhaseCountsQuery, PersistedPhaseCountsQueryVariables>;
export const PersistedWhoAmIDocument = new TypedDocumentString(`
    query PersistedWhoAmI {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<PersistedWhoAmIQuery, PersistedWhoAmIQueryVariables>;
export const PersistedGoLiveMonthsDocument = new TypedDocumentString(`
    query PersistedGoLiveMonths {
  goLivesByMonthReport {
    month
    planned
    actual
  }
}
    `) as unknown as TypedDocumentString<PersistedGoLiveMonthsQuery, PersistedGoLiveMonthsQueryVariables>;
export const PersistedCreateTokenDocument = new TypedDocumentString(`
    mutation PersistedCreateToken {
  createApiToken(input: {name: "Power Query"}) {
    token
  }
}
    `) as unknown as TypedDocumentString<PersistedCreateTokenMutation, PersistedCreateTokenMutationVariables>;
export const ProductionSignInDocument = new TypedDocumentString(`
    mutation ProductionSignIn($i: SignInInput!) {
  signIn(input: $i) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ProductionSignInMutation, ProductionSignInMutationVariables>;
export const ProductionSchemaNameDocument = new TypedDocumentString(`
    query ProductionSchemaName {
  __schema {
    queryType {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ProductionSchemaNameQuery, ProductionSchemaNameQueryVariables>;
export const ProductionDeploymentCountDocument = new TypedDocumentString(`
    query ProductionDeploymentCount {
  deployments(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ProductionDeploymentCountQuery, ProductionDeploymentCountQueryVariables>;
export const PublishRequirementsDocument = new TypedDocumentString(`
    mutation PublishRequirements($i: PublishScannerRequirementsInput!) {
  publishScannerRequirements(input: $i) {
    version
    publishedBy
    requirements {
      key
      category
      minimum
      anyOf
    }
  }
}
    `) as unknown as TypedDocumentString<PublishRequirementsMutation, PublishRequirementsMutationVariables>;
export const PublishRequirementsCurrentDocument = new TypedDocumentString(`
    query PublishRequirementsCurrent($v: Int) {
  scannerRequirements(version: $v) {
    version
    requirements {
      key
      category
      description
      fact
      operator
      minimum
      anyOf
    }
  }
}
    `) as unknown as TypedDocumentString<PublishRequirementsCurrentQuery, PublishRequirementsCurrentQueryVariables>;
export const PublishRequirementsDependenciesDocument = new TypedDocumentString(`
    query PublishRequirementsDependencies($id: ID!) {
  deployment(id: $id) {
    dependencies {
      kind
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PublishRequirementsDependenciesQuery, PublishRequirementsDependenciesQueryVariables>;
export const QueryLimitsSignInDocument = new TypedDocumentString(`
    mutation QueryLimitsSignIn($i: SignInInput!) {
  signIn(input: $i) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<QueryLimitsSignInMutation, QueryLimitsSignInMutationVariables>;
export const QueryLimitsDeploymentsPageDocument = new TypedDocumentString(`
    query QueryLimitsDeploymentsPage($n: Int!) {
  deployments(first: $n) {
    totalCount
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<QueryLimitsDeploymentsPageQuery, QueryLimitsDeploymentsPageQueryVariables>;
export const QueryLimitsOrganizationsPageDocument = new TypedDocumentString(`
    query QueryLimitsOrganizationsPage($n: Int!) {
  organizations(first: $n) {
    totalCount
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<QueryLimitsOrganizationsPageQuery, QueryLimitsOrganizationsPageQueryVariables>;
export const QueryLimitsUsersPageDocument = new TypedDocumentString(`
    query QueryLimitsUsersPage($n: Int!) {
  users(first: $n) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<QueryLimitsUsersPageQuery, QueryLimitsUsersPageQueryVariables>;
export const QuestionnaireStartResponseDocument = new TypedDocumentString(`
    mutation QuestionnaireStartResponse($i: StartResponseInput!) {
  startResponse(input: $i) {
    ...QuestionnaireResponseFields
  }
}
    fragment QuestionnaireResponseFields on QuestionnaireResponse {
  id
  status
  answers
  version
  reviewComment
  submittedBy
  reviewedBy
  taskId
  filledOnSite
  questionnaire {
    key
    version
  }
}`) as unknown as TypedDocumentString<QuestionnaireStartResponseMutation, QuestionnaireStartResponseMutationVariables>;
export const QuestionnaireSaveResponseDocument = new TypedDocumentString(`
    mutation QuestionnaireSaveResponse($i: SaveResponseInput!) {
  saveResponse(input: $i) {
    ...QuestionnaireResponseFields
  }
}
    fragment QuestionnaireResponseFields on QuestionnaireResponse {
  id
  status
  answers
  version
  reviewComment
  submittedBy
  reviewedBy
  taskId
  filledOnSite
  questionnaire {
    key
    version
  }
}`) as unknown as TypedDocumentString<QuestionnaireSaveResponseMutation, QuestionnaireSaveResponseMutationVariables>;
export const QuestionnaireSubmitResponseDocument = new TypedDocumentString(`
    mutation QuestionnaireSubmitResponse($i: SubmitResponseInput!) {
  submitResponse(input: $i) {
    ...QuestionnaireResponseFields
  }
}
    fragment QuestionnaireResponseFields on QuestionnaireResponse {
  id
  status
  answers
  version
  reviewComment
  submittedBy
  reviewedBy
  taskId
  filledOnSite
  questionnaire {
    key
    version
  }
}`) as unknown as TypedDocumentString<QuestionnaireSubmitResponseMutation, QuestionnaireSubmitResponseMutationVariables>;
export const QuestionnaireAcceptResponseDocument = new TypedDocumentString(`
    mutation QuestionnaireAcceptResponse($i: ReviewResponseInput!) {
  acceptResponse(input: $i) {
    ...QuestionnaireResponseFields
  }
}
    fragment QuestionnaireResponseFields on QuestionnaireResponse {
  id
  status
  answers
  version
  reviewComment
  submittedBy
  reviewedBy
  taskId
  filledOnSite
  questionnaire {
    key
    version
  }
}`) as unknown as TypedDocumentString<QuestionnaireAcceptResponseMutation, QuestionnaireAcceptResponseMutationVariables>;
export const QuestionnaireReturnResponseDocument = new TypedDocumentString(`
    mutation QuestionnaireReturnResponse($i: ReviewResponseInput!) {
  returnResponse(input: $i) {
    ...QuestionnaireResponseFields
  }
}
    fragment QuestionnaireResponseFields on QuestionnaireResponse {
  id
  status
  answers
  version
  reviewComment
  submittedBy
  reviewedBy
  taskId
  filledOnSite
  questionnaire {
    key
    version
  }
}`) as unknown as TypedDocumentString<QuestionnaireReturnResponseMutation, QuestionnaireReturnResponseMutationVariables>;
export const QuestionnaireDeploymentTasksDocument = new TypedDocumentString(`
    query QuestionnaireDeploymentTasks($id: ID!) {
  deployment(id: $id) {
    tasks {
      id
      key
      status
      evidence
      version
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionnaireDeploymentTasksQuery, QuestionnaireDeploymentTasksQueryVariables>;
export const QuestionnairePublishDocument = new TypedDocumentString(`
    mutation QuestionnairePublish($i: PublishQuestionnaireInput!) {
  publishQuestionnaire(input: $i) {
    key
    version
    taskKey
    questions {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionnairePublishMutation, QuestionnairePublishMutationVariables>;
export const QuestionnairesSeededDocument = new TypedDocumentString(`
    query QuestionnairesSeeded {
  questionnaires {
    key
    version
    title
    taskKey
    questions {
      key
      type
      required
      unit
      min
      max
      choices {
        value
      }
      visibleWhen {
        questionKey
        equals
      }
      questions {
        key
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionnairesSeededQuery, QuestionnairesSeededQueryVariables>;
export const QuestionnaireUnknownVersionDocument = new TypedDocumentString(`
    query QuestionnaireUnknownVersion {
  questionnaire(key: "SCOPE", version: 7) {
    id
  }
}
    `) as unknown as TypedDocumentString<QuestionnaireUnknownVersionQuery, QuestionnaireUnknownVersionQueryVariables>;
export const QuestionnaireCompleteTaskDocument = new TypedDocumentString(`
    mutation QuestionnaireCompleteTask($i: TaskActionInput!) {
  completeTask(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<QuestionnaireCompleteTaskMutation, QuestionnaireCompleteTaskMutationVariables>;
export const QuestionnaireResponseByIdDocument = new TypedDocumentString(`
    query QuestionnaireResponseById($id: ID!) {
  questionnaireResponse(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<QuestionnaireResponseByIdQuery, QuestionnaireResponseByIdQueryVariables>;
export const QuestionnaireTrainingVersion1Document = new TypedDocumentString(`
    query QuestionnaireTrainingVersion1 {
  questionnaire(key: "TRAINING", version: 1) {
    questions {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionnaireTrainingVersion1Query, QuestionnaireTrainingVersion1QueryVariables>;
export const ReadinessGoLiveWaitDocument = new TypedDocumentString(`
    mutation ReadinessGoLiveWait($i: UpdateDependencyInput!) {
  updateDependency(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<ReadinessGoLiveWaitMutation, ReadinessGoLiveWaitMutationVariables>;
export const ReadinessWaitOnDojDocument = new TypedDocumentString(`
    mutation ReadinessWaitOnDoj($i: UpdateDependencyInput!) {
  updateDependency(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<ReadinessWaitOnDojMutation, ReadinessWaitOnDojMutationVariables>;
export const ReadinessGoLiveDeploymentReadinessDocument = new TypedDocumentString(`
    query ReadinessGoLiveDeploymentReadiness($id: ID!) {
  deploymentReadiness(deploymentId: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<ReadinessGoLiveDeploymentReadinessQuery, ReadinessGoLiveDeploymentReadinessQueryVariables>;
export const ReadinessGoLivePageDocument = new TypedDocumentString(`
    query ReadinessGoLivePage($county: [String!]) {
  deployments(first: 10, filter: {county: $county}) {
    nodes {
      id
      readiness {
        status
        asOf
        acceptanceRun {
          id
        }
        blockers {
          code
          what
          why
          recordType
          recordId
          party
          daysOpen
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadinessGoLivePageQuery, ReadinessGoLivePageQueryVariables>;
export const ReadinessGoLiveDeploymentDocument = new TypedDocumentString(`
    query ReadinessGoLiveDeployment($id: ID!) {
  deployment(id: $id) {
    status
    phase
    version
    tasks {
      key
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ReadinessGoLiveDeploymentQuery, ReadinessGoLiveDeploymentQueryVariables>;
export const ReadinessGoLiveChangeDeploymentStatusDocument = new TypedDocumentString(`
    mutation ReadinessGoLiveChangeDeploymentStatus($i: ChangeDeploymentStatusInput!) {
  changeDeploymentStatus(input: $i) {
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ReadinessGoLiveChangeDeploymentStatusMutation, ReadinessGoLiveChangeDeploymentStatusMutationVariables>;
export const ReadinessGoLiveRescheduleGoLiveDocument = new TypedDocumentString(`
    mutation ReadinessGoLiveRescheduleGoLive($i: RescheduleGoLiveInput!) {
  rescheduleGoLive(input: $i) {
    toGoLive
  }
}
    `) as unknown as TypedDocumentString<ReadinessGoLiveRescheduleGoLiveMutation, ReadinessGoLiveRescheduleGoLiveMutationVariables>;
export const ReadinessGoLiveReopenTaskDocument = new TypedDocumentString(`
    mutation ReadinessGoLiveReopenTask($i: TaskActionInput!) {
  reopenTask(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<ReadinessGoLiveReopenTaskMutation, ReadinessGoLiveReopenTaskMutationVariables>;
export const ReadinessGoLiveTasksDocument = new TypedDocumentString(`
    query ReadinessGoLiveTasks($id: ID!) {
  deployment(id: $id) {
    version
    tasks {
      id
      number
      key
      phase
      status
      reason
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ReadinessGoLiveTasksQuery, ReadinessGoLiveTasksQueryVariables>;
export const ReplayCreateDeploymentDocument = new TypedDocumentString(`
    mutation ReplayCreateDeployment($i: CreateDeploymentInput!) {
  createDeployment(input: $i) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ReplayCreateDeploymentMutation, ReplayCreateDeploymentMutationVariables>;
export const ReplayUpdateDependencyDocument = new TypedDocumentString(`
    mutation ReplayUpdateDependency($i: UpdateDependencyInput!) {
  updateDependency(input: $i) {
    id
    status
    waitingOn
    version
    updatedBy
  }
}
    `) as unknown as TypedDocumentString<ReplayUpdateDependencyMutation, ReplayUpdateDependencyMutationVariables>;
export const ReplayDeploymentCountDocument = new TypedDocumentString(`
    query ReplayDeploymentCount {
  deployments(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ReplayDeploymentCountQuery, ReplayDeploymentCountQueryVariables>;
export const ReplayCompleteTaskDocument = new TypedDocumentString(`
    mutation ReplayCompleteTask($i: TaskActionInput!) {
  completeTask(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<ReplayCompleteTaskMutation, ReplayCompleteTaskMutationVariables>;
export const ReplayDependenciesDocument = new TypedDocumentString(`
    query ReplayDependencies($id: ID!) {
  deployment(id: $id) {
    dependencies {
      id
      status
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ReplayDependenciesQuery, ReplayDependenciesQueryVariables>;
export const ReplayPlanCasesDocument = new TypedDocumentString(`
    query ReplayPlanCases {
  testPlan {
    cases {
      id
      requiresCarpos
    }
  }
}
    `) as unknown as TypedDocumentString<ReplayPlanCasesQuery, ReplayPlanCasesQueryVariables>;
export const ReplayStartRunDocument = new TypedDocumentString(`
    mutation ReplayStartRun($i: StartTestRunInput!) {
  startTestRun(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReplayStartRunMutation, ReplayStartRunMutationVariables>;
export const ReplaySyncDocument = new TypedDocumentString(`
    mutation ReplaySync($i: RecordTestResultsInput!) {
  recordTestResults(input: $i) {
    applied
    replayed
    refused
  }
}
    `) as unknown as TypedDocumentString<ReplaySyncMutation, ReplaySyncMutationVariables>;
export const ReplayAssignStaffDocument = new TypedDocumentString(`
    mutation ReplayAssignStaff($i: AssignDeploymentStaffInput!) {
  assignDeploymentStaff(input: $i) {
    version
  }
}
    `) as unknown as TypedDocumentString<ReplayAssignStaffMutation, ReplayAssignStaffMutationVariables>;
export const ReplayDeploymentVersionDocument = new TypedDocumentString(`
    query ReplayDeploymentVersion($id: ID!) {
  deployment(id: $id) {
    version
  }
}
    `) as unknown as TypedDocumentString<ReplayDeploymentVersionQuery, ReplayDeploymentVersionQueryVariables>;
export const ReportsUpdateDependencyDocument = new TypedDocumentString(`
    mutation ReportsUpdateDependency($i: UpdateDependencyInput!) {
  updateDependency(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<ReportsUpdateDependencyMutation, ReportsUpdateDependencyMutationVariables>;
export const ReportsReadinessBlockersDocument = new TypedDocumentString(`
    query ReportsReadinessBlockers($id: ID!) {
  deploymentReadiness(deploymentId: $id) {
    blockers {
      code
      what
      why
      recordType
      recordId
      party
      daysOpen
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsReadinessBlockersQuery, ReportsReadinessBlockersQueryVariables>;
export const ReportsCreateTokenDocument = new TypedDocumentString(`
    mutation ReportsCreateToken {
  createApiToken(input: {name: "Power Query"}) {
    token
  }
}
    `) as unknown as TypedDocumentString<ReportsCreateTokenMutation, ReportsCreateTokenMutationVariables>;
export const ReportsOwnScannerInventoryDocument = new TypedDocumentString(`
    query ReportsOwnScannerInventory {
  scannerInventory {
    make
    workstations
  }
}
    `) as unknown as TypedDocumentString<ReportsOwnScannerInventoryQuery, ReportsOwnScannerInventoryQueryVariables>;
export const ReportsOverdueBackwardsDocument = new TypedDocumentString(`
    query ReportsOverdueBackwards {
  overdueTasksReport(filter: {goLiveFrom: "2027-05-01", goLiveTo: "2027-01-01"}) {
    tasks
  }
}
    `) as unknown as TypedDocumentString<ReportsOverdueBackwardsQuery, ReportsOverdueBackwardsQueryVariables>;
export const ReportsCaseRatesPageDocument = new TypedDocumentString(`
    query ReportsCaseRatesPage($first: Int, $after: String) {
  catCaseRatesReport(first: $first, after: $after) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ReportsCaseRatesPageQuery, ReportsCaseRatesPageQueryVariables>;
export const ReportsRunPassPercentDocument = new TypedDocumentString(`
    query ReportsRunPassPercent($id: ID!) {
  testRun(id: $id) {
    summary {
      passPercent
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsRunPassPercentQuery, ReportsRunPassPercentQueryVariables>;
export const ReportsDeploymentsDocument = new TypedDocumentString(`
    query ReportsDeployments($f: DeploymentFilter) {
  deployments(first: 10, filter: $f) {
    totalCount
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsDeploymentsQuery, ReportsDeploymentsQueryVariables>;
export const RescheduleGoLivePreviewPastDueDocument = new TypedDocumentString(`
    query RescheduleGoLivePreviewPastDue($deploymentId: ID!, $targetGoLive: LocalDate!) {
  previewReschedule(deploymentId: $deploymentId, targetGoLive: $targetGoLive) {
    pastDue {
      task {
        number
      }
      dueDate
      newly
    }
  }
}
    `) as unknown as TypedDocumentString<RescheduleGoLivePreviewPastDueQuery, RescheduleGoLivePreviewPastDueQueryVariables>;
export const RescheduleGoLiveRescheduleGoLiveDocument = new TypedDocumentString(`
    mutation RescheduleGoLiveRescheduleGoLive($input: RescheduleGoLiveInput!) {
  rescheduleGoLive(input: $input) {
    fromGoLive
    toGoLive
    moved {
      task {
        number
      }
      from
      to
    }
    pinned {
      number
    }
    pastDue {
      task {
        number
      }
      dueDate
      newly
    }
    phasesWithShortWindows
    deployment {
      ...DeploymentFields
    }
  }
}
    fragment DeploymentFields on Deployment {
  id
  version
  phase
  status
  targetGoLive
  phaseEnteredOn
  court {
    name
    county
    ccporProfile
  }
  participatingLeas {
    name
  }
  health {
    status
    daysToGoLive
    reasons {
      code
      count
      message
    }
  }
  phasesWithShortWindows
  tasksPastDueAtCreation {
    number
  }
  tasks {
    id
    number
    key
    title
    phase
    status
    dueDate
    pinned
    pastDueAtCreation
    offsetDays
    version
    evidence
    completedOn
  }
  dependencies {
    id
    kind
    status
    dueDate
    waitingOn
    daysWaiting
    note
    version
  }
}`) as unknown as TypedDocumentString<RescheduleGoLiveRescheduleGoLiveMutation, RescheduleGoLiveRescheduleGoLiveMutationVariables>;
export const RescheduleGoLiveDeploymentDocument = new TypedDocumentString(`
    query RescheduleGoLiveDeployment($id: ID!) {
  deployment(id: $id) {
    ...DeploymentFields
  }
}
    fragment DeploymentFields on Deployment {
  id
  version
  phase
  status
  targetGoLive
  phaseEnteredOn
  court {
    name
    county
    ccporProfile
  }
  participatingLeas {
    name
  }
  health {
    status
    daysToGoLive
    reasons {
      code
      count
      message
    }
  }
  phasesWithShortWindows
  tasksPastDueAtCreation {
    number
  }
  tasks {
    id
    number
    key
    title
    phase
    status
    dueDate
    pinned
    pastDueAtCreation
    offsetDays
    version
    evidence
    completedOn
  }
  dependencies {
    id
    kind
    status
    dueDate
    waitingOn
    daysWaiting
    note
    version
  }
}`) as unknown as TypedDocumentString<RescheduleGoLiveDeploymentQuery, RescheduleGoLiveDeploymentQueryVariables>;
export const RescheduleGoLiveCompleteTaskDocument = new TypedDocumentString(`
    mutation RescheduleGoLiveCompleteTask($i: TaskActionInput!) {
  completeTask(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<RescheduleGoLiveCompleteTaskMutation, RescheduleGoLiveCompleteTaskMutationVariables>;
export const RescheduleGoLiveMoveTaskDocument = new TypedDocumentString(`
    mutation RescheduleGoLiveMoveTask($i: MoveTaskInput!) {
  moveTask(input: $i) {
    pinned
    dueDate
  }
}
    `) as unknown as TypedDocumentString<RescheduleGoLiveMoveTaskMutation, RescheduleGoLiveMoveTaskMutationVariables>;
export const RescheduleGoLivePreviewRescheduleDocument = new TypedDocumentString(`
    query RescheduleGoLivePreviewReschedule($id: ID!, $date: LocalDate!) {
  previewReschedule(deploymentId: $id, targetGoLive: $date) {
    moved {
      task {
        number
      }
    }
    pinned {
      number
    }
  }
}
    `) as unknown as TypedDocumentString<RescheduleGoLivePreviewRescheduleQuery, RescheduleGoLivePreviewRescheduleQueryVariables>;
export const RescheduleGoLiveMoveTask2Document = new TypedDocumentString(`
    mutation RescheduleGoLiveMoveTask2($i: MoveTaskInput!) {
  moveTask(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<RescheduleGoLiveMoveTask2Mutation, RescheduleGoLiveMoveTask2MutationVariables>;
export const ConflictsResolveDocument = new TypedDocumentString(`
    mutation ConflictsResolve($i: ResolveConflictInput!) {
  resolveConflict(input: $i) {
    ...ConflictFields
  }
}
    fragment ConflictFields on Conflict {
  id
  operation
  entityType
  entityId
  deploymentId
  attempted
  server
  baseVersion
  serverVersion
  createdBy
  status
  resolution
  resolvedValues
  resolvedVersion
  resolvedBy
  resolvedAt
}`) as unknown as TypedDocumentString<ConflictsResolveMutation, ConflictsResolveMutationVariables>;
export const ConflictsListDocument = new TypedDocumentString(`
    query ConflictsList($f: ConflictFilter, $n: Int!, $a: String) {
  conflicts(filter: $f, first: $n, after: $a) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ConflictFields
    }
  }
}
    fragment ConflictFields on Conflict {
  id
  operation
  entityType
  entityId
  deploymentId
  attempted
  server
  baseVersion
  serverVersion
  createdBy
  status
  resolution
  resolvedValues
  resolvedVersion
  resolvedBy
  resolvedAt
}`) as unknown as TypedDocumentString<ConflictsListQuery, ConflictsListQueryVariables>;
export const ConflictsCurrentDocument = new TypedDocumentString(`
    query ConflictsCurrent($f: ConflictFilter) {
  conflicts(filter: $f, first: 5) {
    nodes {
      id
      current {
        version
        values
        updatedBy
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConflictsCurrentQuery, ConflictsCurrentQueryVariables>;
export const ConflictsDependenciesDocument = new TypedDocumentString(`
    query ConflictsDependencies($id: ID!) {
  deployment(id: $id) {
    dependencies {
      kind
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ConflictsDependenciesQuery, ConflictsDependenciesQueryVariables>;
export const ConflictsUpdateDependencyDocument = new TypedDocumentString(`
    mutation ConflictsUpdateDependency($i: UpdateDependencyInput!) {
  updateDependency(input: $i) {
    version
  }
}
    `) as unknown as TypedDocumentString<ConflictsUpdateDependencyMutation, ConflictsUpdateDependencyMutationVariables>;
export const ConflictsRequestAccountDocument = new TypedDocumentString(`
    mutation ConflictsRequestAccount($i: RequestAccountInput!) {
  requestAccount(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConflictsRequestAccountMutation, ConflictsRequestAccountMutationVariables>;
export const ConflictsChangeRequestDocument = new TypedDocumentString(`
    mutation ConflictsChangeRequest($i: ChangeAccountRequestStatusInput!) {
  changeAccountRequestStatus(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<ConflictsChangeRequestMutation, ConflictsChangeRequestMutationVariables>;
export const ConflictsUpdateDeploymentDocument = new TypedDocumentString(`
    mutation ConflictsUpdateDeployment($i: UpdateDeploymentInput!) {
  updateDeployment(input: $i) {
    wave
    version
  }
}
    `) as unknown as TypedDocumentString<ConflictsUpdateDeploymentMutation, ConflictsUpdateDeploymentMutationVariables>;
export const ConflictsDeploymentDocument = new TypedDocumentString(`
    query ConflictsDeployment($id: ID!) {
  deployment(id: $id) {
    wave
    version
  }
}
    `) as unknown as TypedDocumentString<ConflictsDeploymentQuery, ConflictsDeploymentQueryVariables>;
export const ScannerAssessmentStartDocument = new TypedDocumentString(`
    mutation ScannerAssessmentStart($i: StartScannerAssessmentInput!) {
  startScannerAssessment(input: $i) {
    id
    status
    assessor
    location {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ScannerAssessmentStartMutation, ScannerAssessmentStartMutationVariables>;
export const ScannerAssessmentCompleteDocument = new TypedDocumentString(`
    mutation ScannerAssessmentComplete($i: CompleteScannerAssessmentInput!) {
  completeScannerAssessment(input: $i) {
    id
    status
    completedOn
    version
  }
}
    `) as unknown as TypedDocumentString<ScannerAssessmentCompleteMutation, ScannerAssessmentCompleteMutationVariables>;
export const ScannerAssessmentProgressDocument = new TypedDocumentString(`
    query ScannerAssessmentProgress($id: ID!) {
  deployment(id: $id) {
    tasks {
      key
      status
      evidence
    }
    dependencies {
      kind
      status
      metOn
    }
    scannerSummary {
      assessed
      meeting
      toConfigure
      toReplace
    }
    scannerAssessments {
      id
      status
      workstations {
        label
        verdict
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScannerAssessmentProgressQuery, ScannerAssessmentProgressQueryVariables>;
export const ScannerAssessmentOrganizationLocationsDocument = new TypedDocumentString(`
    query ScannerAssessmentOrganizationLocations($id: ID!) {
  organization(id: $id) {
    locations {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ScannerAssessmentOrganizationLocationsQuery, ScannerAssessmentOrganizationLocationsQueryVariables>;
export const ScannerAssessmentRecordWorkstationDocument = new TypedDocumentString(`
    mutation ScannerAssessmentRecordWorkstation($i: RecordScannerWorkstationInput!) {
  recordScannerWorkstation(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScannerAssessmentRecordWorkstationMutation, ScannerAssessmentRecordWorkstationMutationVariables>;
export const ScannerAssessmentInventoryDocument = new TypedDocumentString(`
    query ScannerAssessmentInventory {
  scannerInventory {
    make
    model
    verdict
    workstations
    deployments
  }
}
    `) as unknown as TypedDocumentString<ScannerAssessmentInventoryQuery, ScannerAssessmentInventoryQueryVariables>;
export const ScannerAssessmentInventoryOfCanonDocument = new TypedDocumentString(`
    query ScannerAssessmentInventoryOfCanon {
  scannerInventory(filter: {make: "canon", verdict: [REPLACE]}) {
    make
    model
    verdict
    workstations
    deployments
  }
}
    `) as unknown as TypedDocumentString<ScannerAssessmentInventoryOfCanonQuery, ScannerAssessmentInventoryOfCanonQueryVariables>;
export const ScannerAssessmentCapturePageDocument = new TypedDocumentString(`
    query ScannerAssessmentCapturePage($n: Int!) {
  deployments(first: $n) {
    nodes {
      scannerSummary {
        assessed
      }
      scannerAssessments {
        workstations {
          verdict
        }
        location {
          name
        }
      }
      questionnaireResponses {
        status
        questionnaire {
          key
        }
      }
      trainingSessions {
        status
      }
      accountRequests {
        status
        organization {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScannerAssessmentCapturePageQuery, ScannerAssessmentCapturePageQueryVariables>;
export const ScannerRequirementVersionsListDocument = new TypedDocumentString(`
    query ScannerRequirementVersionsList {
  scannerRequirementVersions {
    version
    publishedBy
    verdictChanges {
      workstationId
      label
      deploymentId
      courtName
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<ScannerRequirementVersionsListQuery, ScannerRequirementVersionsListQueryVariables>;
export const ScannerRequirementVersionsPublishDocument = new TypedDocumentString(`
    mutation ScannerRequirementVersionsPublish($i: PublishScannerRequirementsInput!) {
  publishScannerRequirements(input: $i) {
    version
    verdictChanges {
      label
      courtName
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<ScannerRequirementVersionsPublishMutation, ScannerRequirementVersionsPublishMutationVariables>;
export const ScannerRequirementVersionsCurrentDocument = new TypedDocumentString(`
    query ScannerRequirementVersionsCurrent {
  scannerRequirements {
    requirements {
      key
      category
      description
      fact
      operator
      minimum
      anyOf
    }
  }
}
    `) as unknown as TypedDocumentString<ScannerRequirementVersionsCurrentQuery, ScannerRequirementVersionsCurrentQueryVariables>;
export const ScannerRequirementVersionsAuditDocument = new TypedDocumentString(`
    query ScannerRequirementVersionsAudit($f: AuditEventFilter) {
  auditEvents(first: 10, filter: $f) {
    nodes {
      operation
      entityType
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<ScannerRequirementVersionsAuditQuery, ScannerRequirementVersionsAuditQueryVariables>;
export const SchemaWideDeploymentDocument = new TypedDocumentString(`
    query SchemaWideDeployment($id: ID!) {
  deployment(id: $id) {
    id
    version
    phase
    status
    court {
      id
      locations {
        id
      }
    }
    participatingLeas {
      id
    }
    tasks {
      id
      number
      key
      kind
      party
      phase
      status
      version
      pinned
      prerequisites {
        number
      }
    }
    dependencies {
      id
      kind
      status
      version
    }
  }
}
    `) as unknown as TypedDocumentString<SchemaWideDeploymentQuery, SchemaWideDeploymentQueryVariables>;
export const SchemaWideCompleteDocument = new TypedDocumentString(`
    mutation SchemaWideComplete($i: TaskActionInput!) {
  completeTask(input: $i) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<SchemaWideCompleteMutation, SchemaWideCompleteMutationVariables>;
export const SchemaWideMoveDocument = new TypedDocumentString(`
    mutation SchemaWideMove($input: MoveTaskInput!) {
  moveTask(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SchemaWideMoveMutation, SchemaWideMoveMutationVariables>;
export const SchemaWideStatusDocument = new TypedDocumentString(`
    mutation SchemaWideStatus($input: ChangeDeploymentStatusInput!) {
  changeDeploymentStatus(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SchemaWideStatusMutation, SchemaWideStatusMutationVariables>;
export const SchemaWideRescheduleDocument = new TypedDocumentString(`
    mutation SchemaWideReschedule($input: RescheduleGoLiveInput!) {
  rescheduleGoLive(input: $input) {
    reschedule {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SchemaWideRescheduleMutation, SchemaWideRescheduleMutationVariables>;
export const SchemaWideAssessmentDocument = new TypedDocumentString(`
    mutation SchemaWideAssessment($i: StartScannerAssessmentInput!) {
  startScannerAssessment(input: $i) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SchemaWideAssessmentMutation, SchemaWideAssessmentMutationVariables>;
export const SchemaWideAssessmentVersionDocument = new TypedDocumentString(`
    query SchemaWideAssessmentVersion($id: ID!) {
  scannerAssessment(id: $id) {
    version
  }
}
    `) as unknown as TypedDocumentString<SchemaWideAssessmentVersionQuery, SchemaWideAssessmentVersionQueryVariables>;
export const SchemaWideWorkstationDocument = new TypedDocumentString(`
    mutation SchemaWideWorkstation($i: RecordScannerWorkstationInput!) {
  recordScannerWorkstation(input: $i) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SchemaWideWorkstationMutation, SchemaWideWorkstationMutationVariables>;
export const SchemaWideUpdateWsDocument = new TypedDocumentString(`
    mutation SchemaWideUpdateWs($i: UpdateScannerWorkstationInput!) {
  updateScannerWorkstation(input: $i) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SchemaWideUpdateWsMutation, SchemaWideUpdateWsMutationVariables>;
export const SchemaWidePublishQuestionnaireDocument = new TypedDocumentString(`
    mutation SchemaWidePublishQuestionnaire($input: PublishQuestionnaireInput!) {
  publishQuestionnaire(input: $input) {
    key
  }
}
    `) as unknown as TypedDocumentString<SchemaWidePublishQuestionnaireMutation, SchemaWidePublishQuestionnaireMutationVariables>;
export const SchemaWideStartResponseDocument = new TypedDocumentString(`
    mutation SchemaWideStartResponse($i: StartResponseInput!) {
  startResponse(input: $i) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SchemaWideStartResponseMutation, SchemaWideStartResponseMutationVariables>;
export const SchemaWideSubmitDocument = new TypedDocumentString(`
    mutation SchemaWideSubmit($i: SubmitResponseInput!) {
  submitResponse(input: $i) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SchemaWideSubmitMutation, SchemaWideSubmitMutationVariables>;
export const SchemaWideTrainingDocument = new TypedDocumentString(`
    mutation SchemaWideTraining($i: ScheduleTrainingInput!) {
  scheduleTraining(input: $i) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SchemaWideTrainingMutation, SchemaWideTrainingMutationVariables>;
export const SchemaWideRequestDocument = new TypedDocumentString(`
    mutation SchemaWideRequest($i: RequestAccountInput!) {
  requestAccount(input: $i) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SchemaWideRequestMutation, SchemaWideRequestMutationVariables>;
export const SchemaWideFailDocument = new TypedDocumentString(`
    mutation SchemaWideFail($i: RecordTestResultInput!) {
  recordTestResult(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<SchemaWideFailMutation, SchemaWideFailMutationVariables>;
export const SchemaWideDefectDocument = new TypedDocumentString(`
    mutation SchemaWideDefect($i: RaiseDefectInput!) {
  raiseDefect(input: $i) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SchemaWideDefectMutation, SchemaWideDefectMutationVariables>;
export const SchemaWideIncidentDocument = new TypedDocumentString(`
    mutation SchemaWideIncident($i: ReportIncidentInput!) {
  reportIncident(input: $i) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SchemaWideIncidentMutation, SchemaWideIncidentMutationVariables>;
export const SchemaWideCourtDocument = new TypedDocumentString(`
    query SchemaWideCourt($county: String!) {
  organizations(first: 2, filter: {county: $county, kind: COURT}) {
    nodes {
      id
      version
      ccporProfile
    }
  }
}
    `) as unknown as TypedDocumentString<SchemaWideCourtQuery, SchemaWideCourtQueryVariables>;
export const SchemaWideFeedDocument = new TypedDocumentString(`
    mutation SchemaWideFeed {
  createCalendarFeed(input: {}) {
    feed {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SchemaWideFeedMutation, SchemaWideFeedMutationVariables>;
export const SchemaWideTemplatesDocument = new TypedDocumentString(`
    query SchemaWideTemplates {
  lifecycleTemplates {
    id
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<SchemaWideTemplatesQuery, SchemaWideTemplatesQueryVariables>;
export const SchemaWideCurrentTemplateDocument = new TypedDocumentString(`
    query SchemaWideCurrentTemplate {
  currentLifecycleTemplate {
    id
  }
}
    `) as unknown as TypedDocumentString<SchemaWideCurrentTemplateQuery, SchemaWideCurrentTemplateQueryVariables>;
export const SchemaWideTemplateTasksDocument = new TypedDocumentString(`
    query SchemaWideTemplateTasks($id: ID!) {
  lifecycleTemplate(id: $id) {
    tasks {
      key
      kind
      offsetDays
      party
      phase
      prerequisiteNumbers
      required
      title
    }
  }
}
    `) as unknown as TypedDocumentString<SchemaWideTemplateTasksQuery, SchemaWideTemplateTasksQueryVariables>;
export const SchemaWideTemplateDraftDocument = new TypedDocumentString(`
    mutation SchemaWideTemplateDraft($input: CreateLifecycleTemplateDraftInput!) {
  createLifecycleTemplateDraft(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SchemaWideTemplateDraftMutation, SchemaWideTemplateDraftMutationVariables>;
export const SchemaWidePublishTemplateDocument = new TypedDocumentString(`
    mutation SchemaWidePublishTemplate($input: PublishLifecycleTemplateInput!) {
  publishLifecycleTemplate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SchemaWidePublishTemplateMutation, SchemaWidePublishTemplateMutationVariables>;
export const SchemaWideDraftDocument = new TypedDocumentString(`
    query SchemaWideDraft {
  testPlanDraft {
    id
    version
    name
    cases {
      key
      area
      criticality
      title
      preconditions
      steps
      expectedResult
      requiresCarpos
    }
  }
}
    `) as unknown as TypedDocumentString<SchemaWideDraftQuery, SchemaWideDraftQueryVariables>;
export const SchemaWideStartDraftDocument = new TypedDocumentString(`
    mutation SchemaWideStartDraft($input: StartTestPlanDraftInput!) {
  startTestPlanDraft(input: $input) {
    id
    version
    name
    cases {
      key
      area
      criticality
      title
      preconditions
      steps
      expectedResult
      requiresCarpos
    }
  }
}
    `) as unknown as TypedDocumentString<SchemaWideStartDraftMutation, SchemaWideStartDraftMutationVariables>;
export const SchemaWideDiscardDraftDocument = new TypedDocumentString(`
    mutation SchemaWideDiscardDraft($input: TestPlanDraftActionInput!) {
  discardTestPlanDraft(input: $input)
}
    `) as unknown as TypedDocumentString<SchemaWideDiscardDraftMutation, SchemaWideDiscardDraftMutationVariables>;
export const SchemaWideConfirmDocument = new TypedDocumentString(`
    mutation SchemaWideConfirm($input: ConfirmIdentityInput!) {
  confirmIdentity(input: $input)
}
    `) as unknown as TypedDocumentString<SchemaWideConfirmMutation, SchemaWideConfirmMutationVariables>;
export const SchemaWideEnrolDocument = new TypedDocumentString(`
    mutation SchemaWideEnrol {
  startMfaEnrolment(input: {}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<SchemaWideEnrolMutation, SchemaWideEnrolMutationVariables>;
export const SchemaWideTokenDocument = new TypedDocumentString(`
    mutation SchemaWideToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    apiToken {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SchemaWideTokenMutation, SchemaWideTokenMutationVariables>;
export const SchemaWideRequirementsDocument = new TypedDocumentString(`
    query SchemaWideRequirements {
  scannerRequirements {
    requirements {
      key
      category
      description
      fact
      operator
      minimum
      anyOf
    }
  }
}
    `) as unknown as TypedDocumentString<SchemaWideRequirementsQuery, SchemaWideRequirementsQueryVariables>;
export const WorldDeploymentDocument = new TypedDocumentString(`
    query WorldDeployment($id: ID!) {
  deployment(id: $id) {
    court {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WorldDeploymentQuery, WorldDeploymentQueryVariables>;
export const WorldGoLiveDocument = new TypedDocumentString(`
    mutation WorldGoLive($i: GoLiveInput!) {
  goLive(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorldGoLiveMutation, WorldGoLiveMutationVariables>;
export const WorldAssignDocument = new TypedDocumentString(`
    mutation WorldAssign($i: AssignDeploymentStaffInput!) {
  assignDeploymentStaff(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorldAssignMutation, WorldAssignMutationVariables>;
export const ScopedUpdateWorkstationDocument = new TypedDocumentString(`
    mutation ScopedUpdateWorkstation($i: UpdateScannerWorkstationInput!) {
  updateScannerWorkstation(input: $i) {
    version
  }
}
    `) as unknown as TypedDocumentString<ScopedUpdateWorkstationMutation, ScopedUpdateWorkstationMutationVariables>;
export const ScopedConflictsDocument = new TypedDocumentString(`
    query ScopedConflicts($f: ConflictFilter) {
  conflicts(first: 100, filter: $f) {
    totalCount
    nodes {
      id
      deploymentId
      attempted
    }
  }
}
    `) as unknown as TypedDocumentString<ScopedConflictsQuery, ScopedConflictsQueryVariables>;
export const ScopedRecordWorkstationDocument = new TypedDocumentString(`
    mutation ScopedRecordWorkstation($i: RecordScannerWorkstationInput!) {
  recordScannerWorkstation(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScopedRecordWorkstationMutation, ScopedRecordWorkstationMutationVariables>;
export const ScopedAssignStaffDocument = new TypedDocumentString(`
    mutation ScopedAssignStaff($i: AssignDeploymentStaffInput!) {
  assignDeploymentStaff(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScopedAssignStaffMutation, ScopedAssignStaffMutationVariables>;
export const ScopedContactDetailsDocument = new TypedDocumentString(`
    query ScopedContactDetails($id: ID!, $run: ID!) {
  deployment(id: $id) {
    accountRequests {
      personName
      email
    }
    meetings {
      attendees
    }
    trainingSessions {
      trainer
      attendees {
        name
        role
      }
    }
    dependencies {
      owner
    }
  }
  testRun(id: $run) {
    cases {
      attempts {
        tester
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScopedContactDetailsQuery, ScopedContactDetailsQueryVariables>;
export const ScopedCreateFeedDocument = new TypedDocumentString(`
    mutation ScopedCreateFeed($i: MutationIdInput!) {
  createCalendarFeed(input: $i) {
    path
  }
}
    `) as unknown as TypedDocumentString<ScopedCreateFeedMutation, ScopedCreateFeedMutationVariables>;
export const ScopedStartRunDocument = new TypedDocumentString(`
    mutation ScopedStartRun($i: StartTestRunInput!) {
  startTestRun(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScopedStartRunMutation, ScopedStartRunMutationVariables>;
export const SignInBurstDocument = new TypedDocumentString(`
    mutation SignInBurst($i: SignInInput!) {
  signIn(input: $i) {
    user {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<SignInBurstMutation, SignInBurstMutationVariables>;
export const SignInBurstEventsDocument = new TypedDocumentString(`
    query SignInBurstEvents {
  auditEvents(first: 100, filter: {kind: SECURITY}) {
    nodes {
      actor
      operation
      after
    }
  }
}
    `) as unknown as TypedDocumentString<SignInBurstEventsQuery, SignInBurstEventsQueryVariables>;
export const SignInMeDocument = new TypedDocumentString(`
    query SignInMe {
  me {
    email
    role
  }
}
    `) as unknown as TypedDocumentString<SignInMeQuery, SignInMeQueryVariables>;
export const SignInAttemptDocument = new TypedDocumentString(`
    mutation SignInAttempt($i: SignInInput!) {
  signIn(input: $i) {
    user {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<SignInAttemptMutation, SignInAttemptMutationVariables>;
export const SignInAuditEventsDocument = new TypedDocumentString(`
    query SignInAuditEvents($f: AuditEventFilter) {
  auditEvents(first: 100, filter: $f) {
    totalCount
    nodes {
      actor
      operation
      after
    }
  }
}
    `) as unknown as TypedDocumentString<SignInAuditEventsQuery, SignInAuditEventsQueryVariables>;
export const SignInDeploymentCountDocument = new TypedDocumentString(`
    query SignInDeploymentCount($n: Int!) {
  deployments(first: $n) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SignInDeploymentCountQuery, SignInDeploymentCountQueryVariables>;
export const SignInLockedUsersDocument = new TypedDocumentString(`
    query SignInLockedUsers($s: String) {
  users(first: 100, filter: {search: $s}) {
    nodes {
      id
      lockedUntil
    }
  }
}
    `) as unknown as TypedDocumentString<SignInLockedUsersQuery, SignInLockedUsersQueryVariables>;
export const SignInUnlockDocument = new TypedDocumentString(`
    mutation SignInUnlock($i: UserActionInput!) {
  unlockUser(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<SignInUnlockMutation, SignInUnlockMutationVariables>;
export const SignInChangePasswordDocument = new TypedDocumentString(`
    mutation SignInChangePassword($i: ChangePasswordInput!) {
  changePassword(input: $i)
}
    `) as unknown as TypedDocumentString<SignInChangePasswordMutation, SignInChangePasswordMutationVariables>;
export const SignInSignOutDocument = new TypedDocumentString(`
    mutation SignInSignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignInSignOutMutation, SignInSignOutMutationVariables>;
export const SignInStartMfaDocument = new TypedDocumentString(`
    mutation SignInStartMfa($input: MutationIdInput!) {
  startMfaEnrolment(input: $input) {
    secret
    otpauthUri
  }
}
    `) as unknown as TypedDocumentString<SignInStartMfaMutation, SignInStartMfaMutationVariables>;
export const SignInConfirmMfaDocument = new TypedDocumentString(`
    mutation SignInConfirmMfa($i: ConfirmMfaEnrolmentInput!) {
  confirmMfaEnrolment(input: $i) {
    codes
  }
}
    `) as unknown as TypedDocumentString<SignInConfirmMfaMutation, SignInConfirmMfaMutationVariables>;
export const SignInCourtDocument = new TypedDocumentString(`
    query SignInCourt($county: String) {
  organizations(first: 1, filter: {kind: COURT, county: $county}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SignInCourtQuery, SignInCourtQueryVariables>;
export const SignInCreateTokenDocument = new TypedDocumentString(`
    mutation SignInCreateToken {
  createApiToken(input: {name: "Power BI"}) {
    token
    apiToken {
      id
      prefix
    }
  }
}
    `) as unknown as TypedDocumentString<SignInCreateTokenMutation, SignInCreateTokenMutationVariables>;
export const SignInMyTokensDocument = new TypedDocumentString(`
    query SignInMyTokens {
  myApiTokens {
    id
    name
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<SignInMyTokensQuery, SignInMyTokensQueryVariables>;
export const SignInRevokeTokenDocument = new TypedDocumentString(`
    mutation SignInRevokeToken($i: RevokeApiTokenInput!) {
  revokeApiToken(input: $i) {
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<SignInRevokeTokenMutation, SignInRevokeTokenMutationVariables>;
export const SignInCreateUserDocument = new TypedDocumentString(`
    mutation SignInCreateUser($i: CreateUserInput!) {
  createUser(input: $i) {
    user {
      id
      email
      role
    }
    passwordLink {
      url
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<SignInCreateUserMutation, SignInCreateUserMutationVariables>;
export const SignInCompleteResetDocument = new TypedDocumentString(`
    mutation SignInCompleteReset($i: CompletePasswordResetInput!) {
  completePasswordReset(input: $i)
}
    `) as unknown as TypedDocumentString<SignInCompleteResetMutation, SignInCompleteResetMutationVariables>;
export const SignInUpdateUserDocument = new TypedDocumentString(`
    mutation SignInUpdateUser($i: UpdateUserInput!) {
  updateUser(input: $i) {
    active
  }
}
    `) as unknown as TypedDocumentString<SignInUpdateUserMutation, SignInUpdateUserMutationVariables>;
export const SignInCreateDeploymentDocument = new TypedDocumentString(`
    mutation SignInCreateDeployment($i: CreateDeploymentInput!) {
  createDeployment(input: $i) {
    id
    tasks {
      id
      number
      version
    }
  }
}
    `) as unknown as TypedDocumentString<SignInCreateDeploymentMutation, SignInCreateDeploymentMutationVariables>;
export const SignInWaiveDocument = new TypedDocumentString(`
    mutation SignInWaive($i: WaiveTaskInput!) {
  waiveTask(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<SignInWaiveMutation, SignInWaiveMutationVariables>;
export const SignInTrailDocument = new TypedDocumentString(`
    query SignInTrail($f: AuditEventFilter) {
  auditEvents(first: 10, filter: $f) {
    nodes {
      kind
      actor
      role
      operation
      entityType
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<SignInTrailQuery, SignInTrailQueryVariables>;
export const SignInReopenDocument = new TypedDocumentString(`
    mutation SignInReopen($i: TaskActionInput!) {
  reopenTask(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<SignInReopenMutation, SignInReopenMutationVariables>;
export const SignInEverythingDocument = new TypedDocumentString(`
    query SignInEverything {
  auditEvents(first: 100) {
    nodes {
      before
      after
      actor
    }
  }
}
    `) as unknown as TypedDocumentString<SignInEverythingQuery, SignInEverythingQueryVariables>;
export const SignOffsOfRunDocument = new TypedDocumentString(`
    query SignOffsOfRun($id: ID!) {
  testRun(id: $id) {
    signOffs {
      id
      status
      staleBecause
    }
  }
}
    `) as unknown as TypedDocumentString<SignOffsOfRunQuery, SignOffsOfRunQueryVariables>;
export const TaskLifecycleStartDocument = new TypedDocumentString(`
    mutation TaskLifecycleStart($i: TaskActionInput!) {
  startTask(input: $i) {
    ...TaskLifecycleFields
  }
}
    fragment TaskLifecycleFields on Task {
  id
  number
  status
  reason
  evidence
  completedOn
  version
  updatedBy
}`) as unknown as TypedDocumentString<TaskLifecycleStartMutation, TaskLifecycleStartMutationVariables>;
export const TaskLifecycleCompleteDocument = new TypedDocumentString(`
    mutation TaskLifecycleComplete($i: TaskActionInput!) {
  completeTask(input: $i) {
    ...TaskLifecycleFields
  }
}
    fragment TaskLifecycleFields on Task {
  id
  number
  status
  reason
  evidence
  completedOn
  version
  updatedBy
}`) as unknown as TypedDocumentString<TaskLifecycleCompleteMutation, TaskLifecycleCompleteMutationVariables>;
export const TaskLifecycleWaiveDocument = new TypedDocumentString(`
    mutation TaskLifecycleWaive($i: WaiveTaskInput!) {
  waiveTask(input: $i) {
    ...TaskLifecycleFields
  }
}
    fragment TaskLifecycleFields on Task {
  id
  number
  status
  reason
  evidence
  completedOn
  version
  updatedBy
}`) as unknown as TypedDocumentString<TaskLifecycleWaiveMutation, TaskLifecycleWaiveMutationVariables>;
export const TaskLifecycleReopenDocument = new TypedDocumentString(`
    mutation TaskLifecycleReopen($i: TaskActionInput!) {
  reopenTask(input: $i) {
    ...TaskLifecycleFields
  }
}
    fragment TaskLifecycleFields on Task {
  id
  number
  status
  reason
  evidence
  completedOn
  version
  updatedBy
}`) as unknown as TypedDocumentString<TaskLifecycleReopenMutation, TaskLifecycleReopenMutationVariables>;
export const TaskLifecycleDeploymentDocument = new TypedDocumentString(`
    query TaskLifecycleDeployment($id: ID!) {
  deployment(id: $id) {
    ...DeploymentFields
  }
}
    fragment DeploymentFields on Deployment {
  id
  version
  phase
  status
  targetGoLive
  phaseEnteredOn
  court {
    name
    county
    ccporProfile
  }
  participatingLeas {
    name
  }
  health {
    status
    daysToGoLive
    reasons {
      code
      count
      message
    }
  }
  phasesWithShortWindows
  tasksPastDueAtCreation {
    number
  }
  tasks {
    id
    number
    key
    title
    phase
    status
    dueDate
    pinned
    pastDueAtCreation
    offsetDays
    version
    evidence
    completedOn
  }
  dependencies {
    id
    kind
    status
    dueDate
    waitingOn
    daysWaiting
    note
    version
  }
}`) as unknown as TypedDocumentString<TaskLifecycleDeploymentQuery, TaskLifecycleDeploymentQueryVariables>;
export const TaskLifecycleRecordMeetingDocument = new TypedDocumentString(`
    mutation TaskLifecycleRecordMeeting($i: RecordMeetingInput!) {
  recordMeeting(input: $i) {
    id
    taskId
    held
  }
}
    `) as unknown as TypedDocumentString<TaskLifecycleRecordMeetingMutation, TaskLifecycleRecordMeetingMutationVariables>;
export const TaskLifecycleRecordDocumentDocument = new TypedDocumentString(`
    mutation TaskLifecycleRecordDocument($i: RecordDocumentInput!) {
  recordDocument(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<TaskLifecycleRecordDocumentMutation, TaskLifecycleRecordDocumentMutationVariables>;
export const TaskLifecycleRecordMeeting2Document = new TypedDocumentString(`
    mutation TaskLifecycleRecordMeeting2($i: RecordMeetingInput!) {
  recordMeeting(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<TaskLifecycleRecordMeeting2Mutation, TaskLifecycleRecordMeeting2MutationVariables>;
export const TaskLifecycleRecordDocument2Document = new TypedDocumentString(`
    mutation TaskLifecycleRecordDocument2($i: RecordDocumentInput!) {
  recordDocument(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<TaskLifecycleRecordDocument2Mutation, TaskLifecycleRecordDocument2MutationVariables>;
export const TaskLifecycleDeployment2Document = new TypedDocumentString(`
    query TaskLifecycleDeployment2($id: ID!) {
  deployment(id: $id) {
    meetings {
      id
    }
    documents {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TaskLifecycleDeployment2Query, TaskLifecycleDeployment2QueryVariables>;
export const TaskLifecycleAdvancePhaseDocument = new TypedDocumentString(`
    mutation TaskLifecycleAdvancePhase($i: AdvancePhaseInput!) {
  advancePhase(input: $i) {
    phase
    phaseEnteredOn
    version
  }
}
    `) as unknown as TypedDocumentString<TaskLifecycleAdvancePhaseMutation, TaskLifecycleAdvancePhaseMutationVariables>;
export const TaskLifecycleAdvancePhase2Document = new TypedDocumentString(`
    mutation TaskLifecycleAdvancePhase2($i: AdvancePhaseInput!) {
  advancePhase(input: $i) {
    phase
  }
}
    `) as unknown as TypedDocumentString<TaskLifecycleAdvancePhase2Mutation, TaskLifecycleAdvancePhase2MutationVariables>;
export const TaskLifecycleAdvancePhase3Document = new TypedDocumentString(`
    mutation TaskLifecycleAdvancePhase3($i: AdvancePhaseInput!) {
  advancePhase(input: $i) {
    phase
  }
}
    `) as unknown as TypedDocumentString<TaskLifecycleAdvancePhase3Mutation, TaskLifecycleAdvancePhase3MutationVariables>;
export const TaskLifecycleChangeDeploymentStatusDocument = new TypedDocumentString(`
    mutation TaskLifecycleChangeDeploymentStatus($i: ChangeDeploymentStatusInput!) {
  changeDeploymentStatus(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<TaskLifecycleChangeDeploymentStatusMutation, TaskLifecycleChangeDeploymentStatusMutationVariables>;
export const TrainingScheduleDocument = new TypedDocumentString(`
    mutation TrainingSchedule($i: ScheduleTrainingInput!) {
  scheduleTraining(input: $i) {
    ...TrainingSessionFields
  }
}
    fragment TrainingSessionFields on TrainingSession {
  id
  scheduledOn
  mode
  module
  audience
  trainer
  attendees {
    name
    role
  }
  status
  heldOn
  version
}`) as unknown as TypedDocumentString<TrainingScheduleMutation, TrainingScheduleMutationVariables>;
export const TrainingUpdateDocument = new TypedDocumentString(`
    mutation TrainingUpdate($i: UpdateTrainingSessionInput!) {
  updateTrainingSession(input: $i) {
    ...TrainingSessionFields
  }
}
    fragment TrainingSessionFields on TrainingSession {
  id
  scheduledOn
  mode
  module
  audience
  trainer
  attendees {
    name
    role
  }
  status
  heldOn
  version
}`) as unknown as TypedDocumentString<TrainingUpdateMutation, TrainingUpdateMutationVariables>;
export const TrainingHoldDocument = new TypedDocumentString(`
    mutation TrainingHold($i: RecordTrainingHeldInput!) {
  recordTrainingHeld(input: $i) {
    ...TrainingSessionFields
  }
}
    fragment TrainingSessionFields on TrainingSession {
  id
  scheduledOn
  mode
  module
  audience
  trainer
  attendees {
    name
    role
  }
  status
  heldOn
  version
}`) as unknown as TypedDocumentString<TrainingHoldMutation, TrainingHoldMutationVariables>;
export const TrainingTasksDocument = new TypedDocumentString(`
    query TrainingTasks($id: ID!) {
  deployment(id: $id) {
    tasks {
      key
      status
      evidence
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingTasksQuery, TrainingTasksQueryVariables>;
export const TrainingSessionsOfDocument = new TypedDocumentString(`
    query TrainingSessionsOf($id: ID!) {
  deployment(id: $id) {
    trainingSessions {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingSessionsOfQuery, TrainingSessionsOfQueryVariables>;
export const UndoRescheduleRescheduleGoLiveDocument = new TypedDocumentString(`
    mutation UndoRescheduleRescheduleGoLive($input: RescheduleGoLiveInput!) {
  rescheduleGoLive(input: $input) {
    reschedule {
      id
      fromGoLive
      toGoLive
      createdBy
      undoneAt
    }
    deployment {
      id
      version
      targetGoLive
    }
  }
}
    `) as unknown as TypedDocumentString<UndoRescheduleRescheduleGoLiveMutation, UndoRescheduleRescheduleGoLiveMutationVariables>;
export const UndoRescheduleUndoRescheduleDocument = new TypedDocumentString(`
    mutation UndoRescheduleUndoReschedule($input: UndoRescheduleInput!) {
  undoReschedule(input: $input) {
    fromGoLive
    toGoLive
    moved {
      task {
        number
      }
      from
      to
    }
    pinned {
      number
    }
    pastDue {
      task {
        number
      }
      newly
    }
    reschedule {
      id
      undoneAt
      undoneBy
    }
    deployment {
      ...DeploymentFields
      lastReschedule {
        id
        undoneAt
      }
    }
  }
}
    fragment DeploymentFields on Deployment {
  id
  version
  phase
  status
  targetGoLive
  phaseEnteredOn
  court {
    name
    county
    ccporProfile
  }
  participatingLeas {
    name
  }
  health {
    status
    daysToGoLive
    reasons {
      code
      count
      message
    }
  }
  phasesWithShortWindows
  tasksPastDueAtCreation {
    number
  }
  tasks {
    id
    number
    key
    title
    phase
    status
    dueDate
    pinned
    pastDueAtCreation
    offsetDays
    version
    evidence
    completedOn
  }
  dependencies {
    id
    kind
    status
    dueDate
    waitingOn
    daysWaiting
    note
    version
  }
}`) as unknown as TypedDocumentString<UndoRescheduleUndoRescheduleMutation, UndoRescheduleUndoRescheduleMutationVariables>;
export const UndoRescheduleMoveTaskDocument = new TypedDocumentString(`
    mutation UndoRescheduleMoveTask($i: MoveTaskInput!) {
  moveTask(input: $i) {
    dueDate
    pinned
  }
}
    `) as unknown as TypedDocumentString<UndoRescheduleMoveTaskMutation, UndoRescheduleMoveTaskMutationVariables>;
export const UndoRescheduleDeploymentDocument = new TypedDocumentString(`
    query UndoRescheduleDeployment($id: ID!) {
  deployment(id: $id) {
    ...DeploymentFields
    lastReschedule {
      id
      fromGoLive
      toGoLive
      undoneAt
    }
  }
}
    fragment DeploymentFields on Deployment {
  id
  version
  phase
  status
  targetGoLive
  phaseEnteredOn
  court {
    name
    county
    ccporProfile
  }
  participatingLeas {
    name
  }
  health {
    status
    daysToGoLive
    reasons {
      code
      count
      message
    }
  }
  phasesWithShortWindows
  tasksPastDueAtCreation {
    number
  }
  tasks {
    id
    number
    key
    title
    phase
    status
    dueDate
    pinned
    pastDueAtCreation
    offsetDays
    version
    evidence
    completedOn
  }
  dependencies {
    id
    kind
    status
    dueDate
    waitingOn
    daysWaiting
    note
    version
  }
}`) as unknown as TypedDocumentString<UndoRescheduleDeploymentQuery, UndoRescheduleDeploymentQueryVariables>;
export const UndoRescheduleCompleteTaskDocument = new TypedDocumentString(`
    mutation UndoRescheduleCompleteTask($i: TaskActionInput!) {
  completeTask(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<UndoRescheduleCompleteTaskMutation, UndoRescheduleCompleteTaskMutationVariables>;
export const UndoRescheduleCompleteTask2Document = new TypedDocumentString(`
    mutation UndoRescheduleCompleteTask2($i: TaskActionInput!) {
  completeTask(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<UndoRescheduleCompleteTask2Mutation, UndoRescheduleCompleteTask2MutationVariables>;
export const UndoRescheduleAssignableStaffDocument = new TypedDocumentString(`
    query UndoRescheduleAssignableStaff {
  assignableStaff {
    id
    displayName
    role
  }
}
    `) as unknown as TypedDocumentString<UndoRescheduleAssignableStaffQuery, UndoRescheduleAssignableStaffQueryVariables>;
export const UndoRescheduleAssignableStaff2Document = new TypedDocumentString(`
    query UndoRescheduleAssignableStaff2 {
  assignableStaff {
    id
  }
}
    `) as unknown as TypedDocumentString<UndoRescheduleAssignableStaff2Query, UndoRescheduleAssignableStaff2QueryVariables>;
export const UndoRescheduleCreateDeploymentDocument = new TypedDocumentString(`
    mutation UndoRescheduleCreateDeployment($input: CreateDeploymentInput!) {
  createDeployment(input: $input) {
    id
    coordinator {
      id
      role
    }
    fieldStaff {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<UndoRescheduleCreateDeploymentMutation, UndoRescheduleCreateDeploymentMutationVariables>;
export const UndoRescheduleDeployment2Document = new TypedDocumentString(`
    query UndoRescheduleDeployment2($id: ID!) {
  deployment(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<UndoRescheduleDeployment2Query, UndoRescheduleDeployment2QueryVariables>;
export const UploadDenialsDocument = new TypedDocumentString(`
    query UploadDenials {
  auditEvents(first: 100, filter: {operation: "PERMISSION_DENIED"}) {
    nodes {
      actor
      after
    }
  }
}
    `) as unknown as TypedDocumentString<UploadDenialsQuery, UploadDenialsQueryVariables>;
export const AdminWalkCreateApiTokenDocument = new TypedDocumentString(`
    mutation AdminWalkCreateApiToken {
  createApiToken(input: {name: "Power BI wave report"}) {
    token
  }
}
    `) as unknown as TypedDocumentString<AdminWalkCreateApiTokenMutation, AdminWalkCreateApiTokenMutationVariables>;
export const AppUpdateScannerAssessmentDocument = new TypedDocumentString(`
    query AppUpdateScannerAssessment($id: ID!) {
  scannerAssessment(id: $id) {
    workstations {
      label
    }
  }
}
    `) as unknown as TypedDocumentString<AppUpdateScannerAssessmentQuery, AppUpdateScannerAssessmentQueryVariables>;
export const CspFirstDeploymentDocument = new TypedDocumentString(`
    query CspFirstDeployment {
  deployments(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CspFirstDeploymentQuery, CspFirstDeploymentQueryVariables>;
export const CoordinatorWalkDeploymentsDocument = new TypedDocumentString(`
    query CoordinatorWalkDeployments {
  deployments(first: 100) {
    nodes {
      court {
        id
      }
    }
  }
  organizations(first: 100, filter: {kind: COURT}) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CoordinatorWalkDeploymentsQuery, CoordinatorWalkDeploymentsQueryVariables>;
export const CoordinatorWalkDeploymentDocument = new TypedDocumentString(`
    query CoordinatorWalkDeployment($id: ID!) {
  deployment(id: $id) {
    wave
    targetGoLive
    participatingLeas {
      name
    }
    coordinator {
      displayName
    }
    fieldStaff {
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<CoordinatorWalkDeploymentQuery, CoordinatorWalkDeploymentQueryVariables>;
export const CsvImportCourtsDocument = new TypedDocumentString(`
    query CsvImportCourts {
  deployments(first: 100) {
    nodes {
      court {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CsvImportCourtsQuery, CsvImportCourtsQueryVariables>;
export const CsvImportFresnoDocument = new TypedDocumentString(`
    query CsvImportFresno {
  deployments(first: 100, filter: {county: ["Fresno"]}) {
    nodes {
      phase
      status
      wave
      tasks {
        phase
        status
        evidence
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CsvImportFresnoQuery, CsvImportFresnoQueryVariables>;
export const DefectsCatPlansDeploymentsDocument = new TypedDocumentString(`
    query DefectsCatPlansDeployments {
  deployments(first: 1, filter: {county: ["San Diego"]}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DefectsCatPlansDeploymentsQuery, DefectsCatPlansDeploymentsQueryVariables>;
export const DefectsCatPlansDefectsDocument = new TypedDocumentString(`
    query DefectsCatPlansDefects($id: ID!) {
  deployment(id: $id) {
    defects {
      id
      status
      fixedInBuild
    }
  }
}
    `) as unknown as TypedDocumentString<DefectsCatPlansDefectsQuery, DefectsCatPlansDefectsQueryVariables>;
export const DefectsCatPlansTestPlanDocument = new TypedDocumentString(`
    query DefectsCatPlansTestPlan {
  testPlan {
    version
    cases {
      key
      title
      steps
    }
  }
}
    `) as unknown as TypedDocumentString<DefectsCatPlansTestPlanQuery, DefectsCatPlansTestPlanQueryVariables>;
export const DefectsCatPlansVersion1Document = new TypedDocumentString(`
    query DefectsCatPlansVersion1 {
  testPlan(version: 1) {
    cases {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<DefectsCatPlansVersion1Query, DefectsCatPlansVersion1QueryVariables>;
export const DraftsWorkstationsDocument = new TypedDocumentString(`
    query DraftsWorkstations($a: ID!) {
  scannerAssessment(id: $a) {
    workstations {
      label
      opticalResolutionDpi
      photoShas
    }
  }
}
    `) as unknown as TypedDocumentString<DraftsWorkstationsQuery, DraftsWorkstationsQueryVariables>;
export const FieldVisitTestRunDocument = new TypedDocumentString(`
    query FieldVisitTestRun($r: ID!) {
  testRun(id: $r) {
    cases {
      attempts {
        status
        photos
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FieldVisitTestRunQuery, FieldVisitTestRunQueryVariables>;
export const FieldVisitScannerAssessmentDocument = new TypedDocumentString(`
    query FieldVisitScannerAssessment($a: ID!) {
  scannerAssessment(id: $a) {
    workstations {
      label
      photoShas
    }
  }
}
    `) as unknown as TypedDocumentString<FieldVisitScannerAssessmentQuery, FieldVisitScannerAssessmentQueryVariables>;
export const GraphiqlCountsDocument = new TypedDocumentString(`
    query GraphiqlCounts {
  deploymentCountsReport {
    deployments
  }
}
    `) as unknown as TypedDocumentString<GraphiqlCountsQuery, GraphiqlCountsQueryVariables>;
export const OfflineCatTestRunDocument = new TypedDocumentString(`
    query OfflineCatTestRun($id: ID!) {
  testRun(id: $id) {
    cases {
      attempts {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfflineCatTestRunQuery, OfflineCatTestRunQueryVariables>;
export const OfflineScannerScannerAssessmentDocument = new TypedDocumentString(`
    query OfflineScannerScannerAssessment($id: ID!) {
  scannerAssessment(id: $id) {
    workstations {
      label
      verdict
    }
  }
}
    `) as unknown as TypedDocumentString<OfflineScannerScannerAssessmentQuery, OfflineScannerScannerAssessmentQueryVariables>;
export const PartnerWalkDeploymentsDocument = new TypedDocumentString(`
    query PartnerWalkDeployments {
  deployments(first: 20, filter: {county: ["Los Angeles"]}) {
    nodes {
      id
      court {
        id
      }
      participatingLeas {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerWalkDeploymentsQuery, PartnerWalkDeploymentsQueryVariables>;
export const PartnerWalkQuestionnaireResponseDocument = new TypedDocumentString(`
    query PartnerWalkQuestionnaireResponse($id: ID!) {
  questionnaireResponse(id: $id) {
    status
    answers
    version
  }
}
    `) as unknown as TypedDocumentString<PartnerWalkQuestionnaireResponseQuery, PartnerWalkQuestionnaireResponseQueryVariables>;
export const PartnerWalkCourtSignOffsDocument = new TypedDocumentString(`
    query PartnerWalkCourtSignOffs($id: ID!) {
  testRun(id: $id) {
    signOffs {
      party
      organizationId
      signerName
      signerRole
      status
      recordedBy
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerWalkCourtSignOffsQuery, PartnerWalkCourtSignOffsQueryVariables>;
export const PartnerWalkLeaSignOffsDocument = new TypedDocumentString(`
    query PartnerWalkLeaSignOffs($id: ID!) {
  testRun(id: $id) {
    signOffs {
      party
      organizationId
      signerName
      recordedBy
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerWalkLeaSignOffsQuery, PartnerWalkLeaSignOffsQueryVariables>;
export const PartnerWalkLiveDeploymentsDocument = new TypedDocumentString(`
    query PartnerWalkLiveDeployments {
  deployments(first: 20, filter: {status: [LIVE]}) {
    nodes {
      id
      court {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerWalkLiveDeploymentsQuery, PartnerWalkLiveDeploymentsQueryVariables>;
export const PartnerWalkIncidentsDocument = new TypedDocumentString(`
    query PartnerWalkIncidents($id: ID!) {
  deployment(id: $id) {
    incidents {
      severity
      status
      resolution
      reportedBy
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerWalkIncidentsQuery, PartnerWalkIncidentsQueryVariables>;
export const PartnerWalkCloseOutDocument = new TypedDocumentString(`
    query PartnerWalkCloseOut($id: ID!) {
  deployment(id: $id) {
    status
    closeOut {
      approvedBy
      approverRole
      recordedBy
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerWalkCloseOutQuery, PartnerWalkCloseOutQueryVariables>;
export const PortfolioCountsDocument = new TypedDocumentString(`
    query PortfolioCounts {
  deploymentCountsReport {
    phase
    health
    deployments
  }
  goLivesByMonthReport {
    month
    planned
    actual
  }
  catRunRatesReport(first: 100) {
    totalCount
    nodes {
      passPercent
    }
  }
  deploymentTimelineReport(first: 100) {
    totalCount
  }
  readinessBlockersReport(first: 20) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PortfolioCountsQuery, PortfolioCountsQueryVariables>;
export const PortfolioDeploymentsDocument = new TypedDocumentString(`
    query PortfolioDeployments {
  deployments(first: 1, filter: {phase: [IMPLEMENT]}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PortfolioDeploymentsQuery, PortfolioDeploymentsQueryVariables>;
export const PrintReportIncidentDocument = new TypedDocumentString(`
    mutation PrintReportIncident($i: ReportIncidentInput!) {
  reportIncident(input: $i) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PrintReportIncidentMutation, PrintReportIncidentMutationVariables>;
export const PrintResolveIncidentDocument = new TypedDocumentString(`
    mutation PrintResolveIncident($i: UpdateIncidentInput!) {
  updateIncident(input: $i) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PrintResolveIncidentMutation, PrintResolveIncidentMutationVariables>;
export const PrintCloseOutDocument = new TypedDocumentString(`
    mutation PrintCloseOut($i: ApproveCloseOutInput!) {
  approveCloseOut(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<PrintCloseOutMutation, PrintCloseOutMutationVariables>;
export const PrintCourtOfDocument = new TypedDocumentString(`
    query PrintCourtOf($id: ID!) {
  deployment(id: $id) {
    court {
      name
    }
    participatingLeas {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PrintCourtOfQuery, PrintCourtOfQueryVariables>;
export const SessionLockAssessmentsDocument = new TypedDocumentString(`
    query SessionLockAssessments($id: ID!) {
  deployment(id: $id) {
    scannerAssessments {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SessionLockAssessmentsQuery, SessionLockAssessmentsQueryVariables>;
export const SessionLockLocationsDocument = new TypedDocumentString(`
    query SessionLockLocations($id: ID!) {
  deployment(id: $id) {
    court {
      locations {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SessionLockLocationsQuery, SessionLockLocationsQueryVariables>;
export const SharedTabletAssessmentsDocument = new TypedDocumentString(`
    query SharedTabletAssessments($id: ID!) {
  deployment(id: $id) {
    scannerAssessments {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SharedTabletAssessmentsQuery, SharedTabletAssessmentsQueryVariables>;
export const TrainingControlsVisitedDocument = new TypedDocumentString(`
    query TrainingControlsVisited {
  deployments(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingControlsVisitedQuery, TrainingControlsVisitedQueryVariables>;
export const TrainingControlsScheduleDocument = new TypedDocumentString(`
    mutation TrainingControlsSchedule($i: ScheduleTrainingInput!) {
  scheduleTraining(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<TrainingControlsScheduleMutation, TrainingControlsScheduleMutationVariables>;
export const TwoTabletsConflictScannerAssessmentDocument = new TypedDocumentString(`
    query TwoTabletsConflictScannerAssessment($id: ID!) {
  scannerAssessment(id: $id) {
    notes
    version
  }
}
    `) as unknown as TypedDocumentString<TwoTabletsConflictScannerAssessmentQuery, TwoTabletsConflictScannerAssessmentQueryVariables>;
export const TwoTabletsConflictResolvedDocument = new TypedDocumentString(`
    query TwoTabletsConflictResolved($id: ID!) {
  scannerAssessment(id: $id) {
    notes
    version
  }
  conflicts(first: 10, filter: {entityId: $id}) {
    nodes {
      status
      resolution
      attempted
      server
      createdBy
      serverUpdatedBy
      resolvedBy
    }
  }
}
    `) as unknown as TypedDocumentString<TwoTabletsConflictResolvedQuery, TwoTabletsConflictResolvedQueryVariables>;
export const TwoTabletsTasksDocument = new TypedDocumentString(`
    query TwoTabletsTasks($id: ID!) {
  deployment(id: $id) {
    tasks {
      number
      status
    }
  }
}
    `) as unknown as TypedDocumentString<TwoTabletsTasksQuery, TwoTabletsTasksQueryVariables>;
export const TwoTabletsDependenciesDocument = new TypedDocumentString(`
    query TwoTabletsDependencies($id: ID!) {
  deployment(id: $id) {
    dependencies {
      kind
      status
    }
  }
}
    `) as unknown as TypedDocumentString<TwoTabletsDependenciesQuery, TwoTabletsDependenciesQueryVariables>;
export const TwoTabletsDeploymentOfDocument = new TypedDocumentString(`
    query TwoTabletsDeploymentOf($c: [String!]) {
  deployments(first: 1, filter: {county: $c}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TwoTabletsDeploymentOfQuery, TwoTabletsDeploymentOfQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($i: SignInInput!) {
  signIn(input: $i) {
    user {
      id
      email
      role
    }
    recoveryCodes
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const CourtLocationsDocument = new TypedDocumentString(`
    query CourtLocations($id: ID!) {
  deployment(id: $id) {
    court {
      locations {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CourtLocationsQuery, CourtLocationsQueryVariables>;
export const StartAssessmentFixtureDocument = new TypedDocumentString(`
    mutation StartAssessmentFixture($i: StartScannerAssessmentInput!) {
  startScannerAssessment(input: $i) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<StartAssessmentFixtureMutation, StartAssessmentFixtureMutationVariables>;
export const RecordWorkstationDocument = new TypedDocumentString(`
    mutation RecordWorkstation($i: RecordScannerWorkstationInput!) {
  recordScannerWorkstation(input: $i) {
    ...WorkstationFields
  }
}
    fragment WorkstationFields on ScannerWorkstation {
  id
  assessmentId
  deploymentId
  label
  make
  model
  serialNumber
  connection
  drivers
  opticalResolutionDpi
  duplex
  automaticDocumentFeeder
  colour
  operatingSystem
  browser
  scanProfileSet
  testScanOutcome
  photoShas
  notes
  verdict
  missedRequirements {
    key
    category
  }
  requirementsVersion
  version
  updatedBy
}`) as unknown as TypedDocumentString<RecordWorkstationMutation, RecordWorkstationMutationVariables>;
export const UpdateWorkstationDocument = new TypedDocumentString(`
    mutation UpdateWorkstation($i: UpdateScannerWorkstationInput!) {
  updateScannerWorkstation(input: $i) {
    ...WorkstationFields
  }
}
    fragment WorkstationFields on ScannerWorkstation {
  id
  assessmentId
  deploymentId
  label
  make
  model
  serialNumber
  connection
  drivers
  opticalResolutionDpi
  duplex
  automaticDocumentFeeder
  colour
  operatingSystem
  browser
  scanProfileSet
  testScanOutcome
  photoShas
  notes
  verdict
  missedRequirements {
    key
    category
  }
  requirementsVersion
  version
  updatedBy
}`) as unknown as TypedDocumentString<UpdateWorkstationMutation, UpdateWorkstationMutationVariables>;
export const PlanCasesDocument = new TypedDocumentString(`
    query PlanCases {
  testPlan {
    cases {
      id
      key
      title
      area
      criticality
      requiresCarpos
    }
  }
}
    `) as unknown as TypedDocumentString<PlanCasesQuery, PlanCasesQueryVariables>;
export const StartRunDocument = new TypedDocumentString(`
    mutation StartRun($i: StartTestRunInput!) {
  startTestRun(input: $i) {
    ...RunFields
  }
}
    fragment RunFields on TestRun {
  id
  purpose
  environment
  startedBy
  planId
  summary {
    status
    total
    untested
    passed
    failed
    blocked
    retest
    notApplicable
    passPercent
    openDefects {
      critical
      major
      minor
    }
  }
  cases {
    status
    testCase {
      id
      key
      area
      criticality
      requiresCarpos
    }
    latestAttempt {
      id
      status
    }
    attempts {
      id
      status
      tester
      notes
    }
  }
}`) as unknown as TypedDocumentString<StartRunMutation, StartRunMutationVariables>;
export const ReadRunDocument = new TypedDocumentString(`
    query ReadRun($id: ID!) {
  testRun(id: $id) {
    ...RunFields
  }
}
    fragment RunFields on TestRun {
  id
  purpose
  environment
  startedBy
  planId
  summary {
    status
    total
    untested
    passed
    failed
    blocked
    retest
    notApplicable
    passPercent
    openDefects {
      critical
      major
      minor
    }
  }
  cases {
    status
    testCase {
      id
      key
      area
      criticality
      requiresCarpos
    }
    latestAttempt {
      id
      status
    }
    attempts {
      id
      status
      tester
      notes
    }
  }
}`) as unknown as TypedDocumentString<ReadRunQuery, ReadRunQueryVariables>;
export const RecordResultDocument = new TypedDocumentString(`
    mutation RecordResult($i: RecordTestResultInput!) {
  recordTestResult(input: $i) {
    ...AttemptFields
  }
}
    fragment AttemptFields on TestResult {
  id
  runId
  caseId
  status
  actualResult
  notes
  tester
  build
  testedAt
  photos
  mutationId
  recordedBy
}`) as unknown as TypedDocumentString<RecordResultMutation, RecordResultMutationVariables>;
export const RecordResultsDocument = new TypedDocumentString(`
    mutation RecordResults($i: RecordTestResultsInput!) {
  recordTestResults(input: $i) {
    applied
    replayed
    refused
    results {
      mutationId
      replayed
      attempt {
        id
        caseId
        status
      }
      error {
        code
        message
        details
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecordResultsMutation, RecordResultsMutationVariables>;
export const ReadinessDocument = new TypedDocumentString(`
    query Readiness($id: ID!) {
  deploymentReadiness(deploymentId: $id) {
    status
    asOf
    acceptanceRun {
      id
    }
    blockers {
      code
      what
      why
      recordType
      recordId
      party
      daysOpen
    }
  }
}
    `) as unknown as TypedDocumentString<ReadinessQuery, ReadinessQueryVariables>;
export const CompleteTaskFixtureDocument = new TypedDocumentString(`
    mutation CompleteTaskFixture($i: TaskActionInput!) {
  completeTask(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<CompleteTaskFixtureMutation, CompleteTaskFixtureMutationVariables>;
export const MeetDependencyDocument = new TypedDocumentString(`
    mutation MeetDependency($i: UpdateDependencyInput!) {
  updateDependency(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<MeetDependencyMutation, MeetDependencyMutationVariables>;
export const SignOffRunDocument = new TypedDocumentString(`
    mutation SignOffRun($i: SignOffRunInput!) {
  signOffRun(input: $i) {
    id
    party
    organizationId
    signerName
    signerRole
    statement
    status
    staleBecause
    runStatusAtSigning
    recordedBy
  }
}
    `) as unknown as TypedDocumentString<SignOffRunMutation, SignOffRunMutationVariables>;
export const RunPartiesDocument = new TypedDocumentString(`
    query RunParties($id: ID!) {
  testRun(id: $id) {
    deployment {
      court {
        id
      }
      participatingLeas {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunPartiesQuery, RunPartiesQueryVariables>;
export const CourtOfDocument = new TypedDocumentString(`
    query CourtOf($id: ID!) {
  deployment(id: $id) {
    court {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CourtOfQuery, CourtOfQueryVariables>;
export const RaiseDefectDocument = new TypedDocumentString(`
    mutation RaiseDefect($i: RaiseDefectInput!) {
  raiseDefect(input: $i) {
    id
    status
    severity
    version
    runId
    attempts {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RaiseDefectMutation, RaiseDefectMutationVariables>;
export const UpdateDefectDocument = new TypedDocumentString(`
    mutation UpdateDefect($i: UpdateDefectInput!) {
  updateDefect(input: $i) {
    id
    status
    note
    fixedInBuild
    version
    attempts {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateDefectMutation, UpdateDefectMutationVariables>;
export const GoLiveDocument = new TypedDocumentString(`
    mutation GoLive($i: GoLiveInput!) {
  goLive(input: $i) {
    id
    status
    phase
    actualGoLive
    phaseEnteredOn
    version
    tasks {
      key
      status
      completedOn
      evidence
    }
  }
}
    `) as unknown as TypedDocumentString<GoLiveMutation, GoLiveMutationVariables>;
export const ScheduleTrainingFixtureDocument = new TypedDocumentString(`
    mutation ScheduleTrainingFixture($i: ScheduleTrainingInput!) {
  scheduleTraining(input: $i) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ScheduleTrainingFixtureMutation, ScheduleTrainingFixtureMutationVariables>;
export const TrainingHeldFixtureDocument = new TypedDocumentString(`
    mutation TrainingHeldFixture($i: RecordTrainingHeldInput!) {
  recordTrainingHeld(input: $i) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TrainingHeldFixtureMutation, TrainingHeldFixtureMutationVariables>;
export const StartResponseFixtureDocument = new TypedDocumentString(`
    mutation StartResponseFixture($i: StartResponseInput!) {
  startResponse(input: $i) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StartResponseFixtureMutation, StartResponseFixtureMutationVariables>;
export const SubmitResponseFixtureDocument = new TypedDocumentString(`
    mutation SubmitResponseFixture($i: SubmitResponseInput!) {
  submitResponse(input: $i) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SubmitResponseFixtureMutation, SubmitResponseFixtureMutationVariables>;
export const AcceptResponseFixtureDocument = new TypedDocumentString(`
    mutation AcceptResponseFixture($i: ReviewResponseInput!) {
  acceptResponse(input: $i) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AcceptResponseFixtureMutation, AcceptResponseFixtureMutationVariables>;
export const OrganizationsOfDocument = new TypedDocumentString(`
    query OrganizationsOf($county: String) {
  organizations(first: 10, filter: {county: $county}) {
    nodes {
      id
      kind
      name
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationsOfQuery, OrganizationsOfQueryVariables>;
export const CreateDeploymentFixtureDocument = new TypedDocumentString(`
    mutation CreateDeploymentFixture($input: CreateDeploymentInput!) {
  createDeployment(input: $input) {
    ...DeploymentFields
  }
}
    fragment DeploymentFields on Deployment {
  id
  version
  phase
  status
  targetGoLive
  phaseEnteredOn
  court {
    name
    county
    ccporProfile
  }
  participatingLeas {
    name
  }
  health {
    status
    daysToGoLive
    reasons {
      code
      count
      message
    }
  }
  phasesWithShortWindows
  tasksPastDueAtCreation {
    number
  }
  tasks {
    id
    number
    key
    title
    phase
    status
    dueDate
    pinned
    pastDueAtCreation
    offsetDays
    version
    evidence
    completedOn
  }
  dependencies {
    id
    kind
    status
    dueDate
    waitingOn
    daysWaiting
    note
    version
  }
}`) as unknown as TypedDocumentString<CreateDeploymentFixtureMutation, CreateDeploymentFixtureMutationVariables>;
export const VersionsOfDocument = new TypedDocumentString(`
    query VersionsOf($id: ID!) {
  deployment(id: $id) {
    id
    version
    tasks {
      id
      version
    }
    dependencies {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<VersionsOfQuery, VersionsOfQueryVariables>;