import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { DateColumn, JsonColumn } from '../../db/columns';
import { BelongsTo, CreatedAtField, IdField, LongTextField, ReferenceField, ShortTextField } from '../../db/record-fields';
import { Deployment } from '../deployment/deployment.entity';
import { MeetingKind } from '../../../rules/enums';
import { ContactDetail } from '../access/contact-details';

export { MeetingKind };

registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  description: 'Which meeting of the process.',
  valuesConfig: {
    MANAGEMENT_AWARENESS: { description: 'Management awareness briefing.' },
    INTRODUCTION: { description: 'Introduction & overview meeting.' },
    MONTHLY: { description: 'Monthly meeting with interested courts and LEAs (Planning and Scope).' },
    KICK_OFF: { description: 'Deployment kick-off meeting.' },
    DEPENDENCY_REVIEW: { description: 'Review of onboarding dependencies.' },
    SCHEDULING: { description: 'Establishing the training, CAT and go-live schedules.' },
    OTHER: { description: 'Any other meeting or communication.' },
  },
});

@Entity('meeting')
@ObjectType({ description: 'A meeting of the process, recorded against a deployment.' })
export class Meeting {
  @IdField()
  id!: string;

  @ReferenceField('The deployment it belongs to.')
  deploymentId!: string;

  @BelongsTo(() => Deployment, 'deploymentId', { onDelete: 'CASCADE' })
  deployment!: Deployment;

  @Field(() => MeetingKind, { description: 'Which meeting of the process.' })
  @Column({ type: 'varchar', length: 24 })
  kind!: MeetingKind;

  @ShortTextField('Title.')
  title!: string;

  @Field(() => LocalDateResolver, { description: 'Date of the meeting (planned or held).' })
  @DateColumn()
  meetingOn!: string;

  @Field(() => Boolean, { description: 'Whether the meeting has taken place.' })
  @Column({ type: 'boolean' })
  held!: boolean;

  @Field(() => [String], { description: 'Names of the attendees.' })
  @JsonColumn()
  @ContactDetail('name')
  attendees!: string[];

  @LongTextField('Notes or minutes.', { nullable: true })
  notes!: string | null;

  @Field(() => ID, { nullable: true, description: 'The task this meeting fulfils; holding the meeting completes it.' })
  @Column({ type: 'uuid', nullable: true })
  taskId!: string | null;

  @ShortTextField('Who recorded the meeting.')
  recordedBy!: string;

  @CreatedAtField('When it was recorded.')
  createdAt!: Date;
}
