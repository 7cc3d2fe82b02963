import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { InstantColumn, JsonColumn } from '../../db/columns';
import { Lane, Party, Phase, TaskKind } from './lifecycle.enums';

@Entity('lifecycle_template')
@ObjectType({ description: 'A versioned list of the tasks every deployment goes through. Deployments keep the version they started with.' })
export class LifecycleTemplate {
  @Field(() => ID, { description: 'Unique id.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => Int, { description: 'Version number, starting at 1.' })
  @Index({ unique: true })
  @Column({ type: 'integer' })
  version!: number;

  @Field(() => String, { description: 'Name of the template.' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the version was published; null while it is a draft.' })
  @InstantColumn({ nullable: true })
  publishedAt!: Date | null;

  @OneToMany(() => TemplateTask, (t) => t.template)
  tasks!: TemplateTask[];
}

@Entity('template_task')
@Index(['templateId', 'number'], { unique: true })
@ObjectType({ description: 'One task of a lifecycle template.' })
export class TemplateTask {
  @Field(() => ID, { description: 'Unique id.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  templateId!: string;

  @ManyToOne(() => LifecycleTemplate, (t) => t.tasks, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'templateId' })
  template!: LifecycleTemplate;

  @Field(() => Int, { description: 'Position in the template (1-based), used to name prerequisites.' })
  @Column({ type: 'integer' })
  number!: number;

  @Field(() => String, { description: 'Stable key, e.g. SCANNER_ASSESSMENT.' })
  @Column({ type: 'varchar', length: 60 })
  key!: string;

  @Field(() => String, { description: 'What the task is.' })
  @Column({ type: 'varchar', length: 200 })
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

  @Field(() => Int, { description: 'Due date in days from go-live (negative: before go-live).' })
  @Column({ type: 'integer' })
  offsetDays!: number;

  @Field(() => Boolean, { description: 'Whether the phase gate waits for this task.' })
  @Column({ type: 'boolean' })
  required!: boolean;

  @Field(() => [Int], { description: 'Numbers of the tasks that must be done first.' })
  @JsonColumn()
  prerequisiteNumbers!: number[];
}
