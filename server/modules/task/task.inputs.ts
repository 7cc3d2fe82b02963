import { Text } from '../../graphql/text';
import { DateBound } from '../../graphql/date-bounds';

import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { UpdateMutationInput } from '../sync/sync.inputs';
import { IdInput, OptionalIdInput } from '../../graphql/input-fields';
import { MAX_LENGTH, MIN_SAID, figure } from '../../../rules/limits';

@InputType({ description: 'A change of one task’s progress.' })
export class TaskActionInput extends UpdateMutationInput {
  @IdInput('The task.')
  taskId!: string;
}

@InputType({ description: 'Waives a task that this deployment does not need.' })
export class WaiveTaskInput extends TaskActionInput {
  @Field(() => String, { description: `Why the task is not needed (${MIN_SAID} to ${figure(MAX_LENGTH.reason)} characters).` })
  @Text(MIN_SAID, MAX_LENGTH.reason)
  reason!: string;
}

@InputType({ description: 'Moves a task’s due date by hand; the task then stays put when go-live moves.' })
export class MoveTaskInput extends TaskActionInput {
  @Field(() => LocalDateResolver, { description: 'The new due date.' })
  @DateBound('planned')
  dueDate!: string;
}

@InputType({ description: 'Names the person who answers for a task, or clears it.' })
export class AssignTaskInput extends TaskActionInput {
  @OptionalIdInput('The person who takes the task (one of taskAssignees); null leaves it unassigned.')
  assigneeId?: string | null;
}
