import { Field, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';
import { ShortTextField } from '../../db/record-fields';
import { Lane, Party, Phase, TaskKind } from './lifecycle.enums';

/**
 * What a task is, the same in a template and in each deployment's copy of it: a deployment's task
 * is created from its template's task and keeps these as they were. `@ObjectType()` lets both
 * inherit the fields; the class itself is no type of the schema, as no field returns it.
 */
@ObjectType()
export abstract class TaskDefinition {
  @ShortTextField('What the task is.')
  title!: string;

  @Field(() => Phase, { description: 'Phase the task belongs to.' })
  @Column({ type: 'varchar', length: 16 })
  phase!: Phase;

  @Field(() => Lane, { description: 'Swim lane of the task.' })
  @Column({ type: 'varchar', length: 16 })
  lane!: Lane;

  @Field(() => Party, { description: 'Party that owns the task.' })
  @Column({ type: 'varchar', length: 16 })
  party!: Party;

  @Field(() => TaskKind, { description: 'Kind of activity.' })
  @Column({ type: 'varchar', length: 16 })
  kind!: TaskKind;

  @Field(() => Boolean, { description: 'Whether the phase gate waits for this task.' })
  @Column({ type: 'boolean' })
  required!: boolean;
}
