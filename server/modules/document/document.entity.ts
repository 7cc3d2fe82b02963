import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { DateColumn } from '../../db/columns';
import { BelongsTo, CreatedAtField, IdField, ReferenceField, ShortTextField } from '../../db/record-fields';
import { Deployment } from '../deployment/deployment.entity';
import { DocumentDirection } from '../../../rules/enums';

export { DocumentDirection };

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
  @IdField()
  id!: string;

  @ReferenceField('The deployment it belongs to.')
  deploymentId!: string;

  @BelongsTo(() => Deployment, 'deploymentId', { onDelete: 'CASCADE' })
  deployment!: Deployment;

  @ShortTextField('Title, e.g. "Participation letter".')
  title!: string;

  @Field(() => DocumentDirection, { description: 'Sent or received.' })
  @Column({ type: 'varchar', length: 8 })
  direction!: DocumentDirection;

  @Field(() => LocalDateResolver, { description: 'Date it was sent or received.' })
  @DateColumn()
  exchangedOn!: string;

  @ShortTextField('Reference, e.g. a DOJ form number.', { nullable: true })
  reference!: string | null;

  @Field(() => ID, { nullable: true, description: 'The task this document fulfils; recording it completes the task.' })
  @Column({ type: 'uuid', nullable: true })
  taskId!: string | null;

  @ShortTextField('Who recorded the document.')
  recordedBy!: string;

  @CreatedAtField('When it was recorded.')
  createdAt!: Date;
}
