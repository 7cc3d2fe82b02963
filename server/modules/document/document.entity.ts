import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DateColumn, instantType } from '../../db/columns';
import { Deployment } from '../deployment/deployment.entity';

export enum DocumentDirection {
  SENT = 'SENT',
  RECEIVED = 'RECEIVED',
}
registerEnumType(DocumentDirection, {
  name: 'DocumentDirection',
  description: 'Whether the CCPOR team sent the document or received it from the court or LEA.',
  valuesConfig: {
    SENT: { description: 'Sent by the CCPOR team.' },
    RECEIVED: { description: 'Returned by the court or LEA.' },
  },
});

@Entity('document')
@ObjectType({ description: 'A document of the process (letter, guide, form, plan), sent or received.' })
export class Document {
  @Field(() => ID, { description: 'Unique id.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'The deployment it belongs to.' })
  @Index()
  @Column({ type: 'uuid' })
  deploymentId!: string;

  @ManyToOne(() => Deployment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deploymentId' })
  deployment!: Deployment;

  @Field(() => String, { description: 'Title, e.g. "Participation letter".' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => DocumentDirection, { description: 'Sent or received.' })
  @Column({ type: 'varchar', length: 8 })
  direction!: DocumentDirection;

  @Field(() => LocalDateResolver, { description: 'Date it was sent or received.' })
  @DateColumn()
  exchangedOn!: string;

  @Field(() => String, { nullable: true, description: 'Reference, e.g. a DOJ form number.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  reference!: string | null;

  @Field(() => ID, { nullable: true, description: 'The task this document fulfils; recording it completes the task.' })
  @Column({ type: 'uuid', nullable: true })
  taskId!: string | null;

  @Field(() => String, { description: 'Who recorded the document.' })
  @Column({ type: 'varchar', length: 200 })
  recordedBy!: string;

  @Field(() => DateTimeResolver, { description: 'When it was recorded.' })
  @CreateDateColumn({ type: instantType() })
  createdAt!: Date;
}
