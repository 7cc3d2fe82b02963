import { Deployment } from '../modules/deployment/deployment.entity';
import { Dependency } from '../modules/dependency/dependency.entity';
import { Document } from '../modules/document/document.entity';
import { LifecycleTemplate, TemplateTask } from '../modules/lifecycle-template/lifecycle-template.entity';
import { Meeting } from '../modules/meeting/meeting.entity';
import { Contact, Location, Organization } from '../modules/organization/organization.entity';
import { Conflict, ProcessedMutation } from '../modules/sync/sync.entity';
import { Task } from '../modules/task/task.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { ApiToken, PasswordReset, Session, SignInCounter, User } from '../modules/user/user.entity';

/** Every entity, in one list, so migrations, the data source and the outcome store agree. */
export const ENTITIES = [
  Organization, Location, Contact, LifecycleTemplate, TemplateTask, Deployment, Task, Dependency, Meeting, Document,
  ProcessedMutation, Conflict, User, Session, ApiToken, PasswordReset, SignInCounter, AuditEvent,
];
