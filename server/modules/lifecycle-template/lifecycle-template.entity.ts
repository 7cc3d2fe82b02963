import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { InstantColumn, JsonColumn } from '../../db/columns';
import { IdField, ShortTextField } from '../../db/record-fields';
import { TaskDefinition } from './task-definition';

@Entity('lifecycle_template')
@ObjectType({ description: 'A versioned list of the tasks every deployment goes through. Deployments keep the version they started with.' })
export class LifecycleTemplate {
  @IdField()
  id!: string;

  @Field(() => Int, { description: 'Version number, starting at 1.' })
  @Index({ unique: true })
  @Column({ type: 'integer' })
  version!: number;

  @ShortTextField('Name of the template.')
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
export class TemplateTask extends TaskDefinition {
  @IdField()
  id!: string;

  @Column({ type: 'uuid' })
  templateId!: string;

  @ManyToOne(() => LifecycleTemplate, (t) => t.tasks, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'templateId' })
  template!: LifecycleTemplate;

  @Field(() => Int, { description: 'Position in the template (1-based), used to name prerequisites.' })
  @Column({ type: 'integer' })
  number!: number;

  @ShortTextField('Stable key, e.g. SCANNER_ASSESSMENT.', { length: 60 })
  key!: string;

  @Field(() => Int, { description: 'Due date in days from go-live (negative: before go-live).' })
  @Column({ type: 'integer' })
  offsetDays!: number;

  @Field(() => [Int], { description: 'Numbers of the tasks that must be done first.' })
  @JsonColumn()
  prerequisiteNumbers!: number[];
}
