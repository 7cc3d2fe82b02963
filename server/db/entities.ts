import { AccountRequest } from '../modules/account-request/account-request.entity';
import { Deployment } from '../modules/deployment/deployment.entity';
import { Dependency } from '../modules/dependency/dependency.entity';
import { Document } from '../modules/document/document.entity';
import { FileBlob, FileUpload } from '../modules/file/file-blob.entity';
import { LifecycleTemplate, TemplateTask } from '../modules/lifecycle-template/lifecycle-template.entity';
import { Meeting } from '../modules/meeting/meeting.entity';
import { Contact, Location, Organization } from '../modules/organization/organization.entity';
import { Questionnaire, QuestionnaireResponse } from '../modules/questionnaire/questionnaire.entity';
import { ScannerAssessment, ScannerRequirementSet, ScannerWorkstation } from '../modules/scanner/scanner.entity';
import { Conflict, ProcessedMutation } from '../modules/sync/sync.entity';
import { Task } from '../modules/task/task.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { ApiToken, PasswordReset, Session, SignInCounter, User } from '../modules/user/user.entity';
import { TrainingSession } from '../modules/training/training.entity';
import { Defect } from '../modules/defect/defect.entity';
import { SignOff } from '../modules/sign-off/sign-off.entity';
import { CloseOut, Incident } from '../modules/incident/incident.entity';
import { TestCase, TestPlan } from '../modules/test-plan/test-plan.entity';
import { CaseLatestAttempt, RunCaseCount, TestResult, TestRun } from '../modules/test-run/test-run.entity';
import { PersistedQuery } from '../modules/persisted-query/persisted-query.entity';
import { Reschedule } from '../modules/deployment/reschedule.entity';
import { Attachment } from '../modules/attachment/attachment.entity';
import { CalendarFeed, NotificationReadMarker } from '../modules/notification/notification.entity';
import { MailDigest, OutboundMail } from '../modules/mail/mail.entity';
import { TestPlanDraft } from '../modules/test-plan/test-plan-draft.entity';
import { Comment, CommentRevision } from '../modules/comment/comment.entity';
import { DeploymentReadiness, ReadinessBlocker } from '../modules/readiness/readiness.entity';
import { DeploymentHealth, OpenTaskDue, PortfolioTally, TaskDueTally } from '../modules/deployment/health.entity';

/** Every entity, in one list, so migrations, the data source and the outcome store agree. */
export const ENTITIES = [
  Organization, Location, Contact, LifecycleTemplate, TemplateTask, Deployment, Task, Dependency, Meeting, Document,
  ProcessedMutation, Conflict, User, Session, ApiToken, PasswordReset, SignInCounter, AuditEvent, FileBlob, ScannerRequirementSet, ScannerAssessment, ScannerWorkstation,
  Questionnaire, QuestionnaireResponse, TrainingSession, AccountRequest, TestPlan, TestCase, TestRun, TestResult, CaseLatestAttempt, RunCaseCount, Defect, SignOff, Incident, CloseOut,
  PersistedQuery, NotificationReadMarker, CalendarFeed, TestPlanDraft,
  Reschedule, Attachment, FileUpload, Comment, CommentRevision, OutboundMail, MailDigest, DeploymentReadiness, ReadinessBlocker, DeploymentHealth, PortfolioTally, OpenTaskDue, TaskDueTally,
];
