import { ArrayMaxSize, IsArray, IsOptional } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
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
}
