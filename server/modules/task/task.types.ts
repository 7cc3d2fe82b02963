import { ArrayMaxSize, IsArray, IsBoolean, IsOptional } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Role } from '../user/user.entity';
import { Connection } from '../../graphql/pagination';
import { Party, Phase } from '../lifecycle-template/lifecycle.enums';
import { Task } from './task.entity';

export const TaskConnection = Connection(Task, 'A page of tasks, by due date.');

@InputType({ description: 'Which open tasks to list across deployments.' })
export class TasksDueFilter {
  @Field(() => LocalDateResolver, { nullable: true, description: 'Due on or after this date (omit for everything overdue too).' })
  dueFrom?: string | null;

  @Field(() => LocalDateResolver, { description: 'Due on or before this date.' })
  dueTo!: string;

  @Field(() => [Party], { nullable: true, description: 'Only tasks owned by these parties.' })
  @IsOptional() @IsArray() @ArrayMaxSize(5)
  party?: Party[] | null;

  @Field(() => [Phase], { nullable: true, description: 'Only tasks of these phases.' })
  @IsOptional() @IsArray() @ArrayMaxSize(5)
  phase?: Phase[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only my tasks: those assigned to me, and the unassigned tasks of my organization’s party (on the CCPOR team: of the deployments I coordinate or visit).',
  })
  @IsOptional() @IsBoolean()
  mine?: boolean | null;
}

@ObjectType({ description: 'A person a task is assigned to, or who may take it (no contact details).' })
export class TaskAssignee {
  @Field(() => ID, { description: 'Their account.' })
  id!: string;

  @Field(() => String, { description: 'Their name.' })
  displayName!: string;

  @Field(() => Role, { description: 'Their role: a partner of the responsible organization, or of the CCPOR team.' })
  role!: Role;
}
