import { Deployment } from '../modules/deployment/deployment.entity';
import { Dependency } from '../modules/dependency/dependency.entity';
import { Document } from '../modules/document/document.entity';
import { LifecycleTemplate, TemplateTask } from '../modules/lifecycle-template/lifecycle-template.entity';
import { Meeting } from '../modules/meeting/meeting.entity';
import { Contact, Location, Organization } from '../modules/organization/organization.entity';
import { Conflict, ProcessedMutation } from '../modules/sync/sync.entity';
import { Task } from '../modules/task/task.entity';
import { Defect } from '../modules/defect/defect.entity';
import { SignOff } from '../modules/sign-off/sign-off.entity';
import { CloseOut, Incident } from '../modules/incident/incident.entity';
import { TestCase, TestPlan } from '../modules/test-plan/test-plan.entity';
import { TestResult, TestRun } from '../modules/test-run/test-run.entity';

/** Every entity, in one list, so migrations, the data source and the outcome store agree. */
export const ENTITIES = [
  Organization, Location, Contact, LifecycleTemplate, TemplateTask, Deployment, Task, Dependency, Meeting, Document,
  ProcessedMutation, Conflict, TestPlan, TestCase, TestRun, TestResult, Defect, SignOff, Incident, CloseOut,
];
