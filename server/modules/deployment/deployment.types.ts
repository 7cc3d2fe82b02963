import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/pagination';
import { Phase } from '../lifecycle-template/lifecycle.enums';
import { Task } from '../task/task.entity';
import { Role } from '../user/user.entity';
import { Deployment } from './deployment.entity';
import { Reschedule } from './reschedule.entity';

export const DeploymentConnection = Connection(Deployment, 'A page of deployments, ordered by target go-live.');

@ObjectType({ description: 'One task whose due date a go-live move changes.' })
export class TaskMove {
  @Field(() => Task, { description: 'The task.' })
  task!: Task;

  @Field(() => LocalDateResolver, { description: 'Due date before the move.' })
  from!: string;

  @Field(() => LocalDateResolver, { description: 'Due date after the move.' })
  to!: string;
}

@ObjectType({ description: 'An open task that is past due after a go-live move.' })
export class PastDueTask {
  @Field(() => Task, { description: 'The task.' })
  task!: Task;

  @Field(() => LocalDateResolver, { description: 'Its due date after the move.' })
  dueDate!: string;

  @Field(() => Boolean, { description: 'Whether the move makes it past due (false: it was overdue already and stays so).' })
  newly!: boolean;
}

@ObjectType({ description: 'What a go-live move changes (or would change, in a preview).' })
export class RescheduleReport {
  @Field(() => Deployment, { description: 'The deployment (as saved, or unchanged in a preview).' })
  deployment!: Deployment;

  @Field(() => LocalDateResolver, { description: 'Target go-live before the move.' })
  fromGoLive!: string;

  @Field(() => LocalDateResolver, { description: 'Target go-live after the move.' })
  toGoLive!: string;

  @Field(() => [TaskMove], { description: 'Open tasks whose due date moves.' })
  moved!: TaskMove[];

  @Field(() => [Task], { description: 'Open tasks moved by hand earlier: they stay where they are.' })
  pinned!: Task[];

  @Field(() => [PastDueTask], { description: 'Every open task due before today after the move, with its date then: newly past due or still overdue.' })
  pastDue!: PastDueTask[];

  @Field(() => [Phase], { description: 'Phases whose window becomes (or stays) too short.' })
  phasesWithShortWindows!: Phase[];

  @Field(() => Reschedule, { nullable: true, description: 'The saved move, to undo with undoReschedule; null in a preview.' })
  reschedule!: Reschedule | null;
}

@ObjectType({ description: 'A member of the CCPOR team who can be assigned to deployments (no contact details).' })
export class StaffMember {
  @Field(() => ID, { description: 'User id.' })
  id!: string;

  @Field(() => String, { description: 'Name shown to others.' })
  displayName!: string;

  @Field(() => Role, { description: 'COORDINATOR or ADMIN (may lead a deployment) or FIELD_STAFF (site visits).' })
  role!: Role;
}
