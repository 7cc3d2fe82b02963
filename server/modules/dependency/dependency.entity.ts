import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { DateColumn } from '../../db/columns';
import { BelongsTo, IdField, ShortTextField, UpdatedAtField, VersionField } from '../../db/record-fields';
import { Deployment } from '../deployment/deployment.entity';
import { Party } from '../lifecycle-template/lifecycle.enums';
import { DependencyKind, DependencyStatus } from '../../../rules/enums';
import { ContactDetail } from '../access/contact-details';

export { DependencyKind, DependencyStatus };
export { OPEN_DEPENDENCY_STATUSES } from '../../../rules/statuses';

registerEnumType(DependencyKind, {
  name: 'DependencyKind',
  description: 'An onboarding dependency every deployment has.',
  valuesConfig: {
    CCTC_CONNECTIVITY: { description: 'Connectivity to the CCTC datacenter.' },
    DOJ_CLETS_CARPOS: { description: 'CA DOJ CLETS/CARPOS registration and approval through the CCPOR gateway.' },
    INFRASTRUCTURE_ASSESSMENT: { description: 'Infrastructure / security / network capacity assessment.' },
    SCANNER_SETUP: { description: 'Scanner set-up.' },
    USER_PROFILES_ACCESS: { description: 'User & court profiles and access.' },
    TRAINING_TESTING: { description: 'Training & testing.' },
    RESOURCE_PLANNING: { description: 'Resource planning.' },
  },
});

registerEnumType(DependencyStatus, {
  name: 'DependencyStatus',
  description: 'Progress of an onboarding dependency.',
  valuesConfig: {
    NOT_STARTED: { description: 'Nothing has happened yet.' },
    IN_PROGRESS: { description: 'Being worked on.' },
    WAITING: { description: 'Waiting on a named party.' },
    MET: { description: 'Satisfied.' },
    NOT_APPLICABLE: { description: "Does not apply (e.g. CLETS/CARPOS for an images-only court); the reason is kept." },
  },
});

/** The onboarding dependencies, each due this many days from go-live, and who usually carries it (docs/domain.md#dependencies). */
export const DEFAULT_DEPENDENCIES: { kind: DependencyKind; title: string; offsetDays: number; owner: Party }[] = [
  { kind: DependencyKind.CCTC_CONNECTIVITY, title: 'Connectivity to the CCTC datacenter', offsetDays: -30, owner: Party.CCTC },
  { kind: DependencyKind.DOJ_CLETS_CARPOS, title: 'CA DOJ CLETS/CARPOS registration and approval through the CCPOR gateway', offsetDays: -30, owner: Party.DOJ },
  { kind: DependencyKind.INFRASTRUCTURE_ASSESSMENT, title: 'Infrastructure / security / network capacity assessment', offsetDays: -45, owner: Party.COURT },
  { kind: DependencyKind.SCANNER_SETUP, title: 'Scanner set-up', offsetDays: -21, owner: Party.COURT },
  { kind: DependencyKind.USER_PROFILES_ACCESS, title: 'User & court profiles and access', offsetDays: -14, owner: Party.COURT },
  { kind: DependencyKind.TRAINING_TESTING, title: 'Training & testing', offsetDays: -7, owner: Party.CCPOR_TEAM },
  { kind: DependencyKind.RESOURCE_PLANNING, title: 'Resource planning', offsetDays: -45, owner: Party.COURT },
];

@Entity('dependency')
@Index(['deploymentId', 'kind'], { unique: true })
// The waiting dependencies report walks the waits from the oldest.
@Index(['status', 'waitingSince', 'id'])
@ObjectType({ description: 'An onboarding dependency of a deployment.' })
export class Dependency {
  @IdField()
  id!: string;

  @Field(() => ID, { description: 'The deployment the dependency belongs to.' })
  @Column({ type: 'uuid' })
  deploymentId!: string;

  @BelongsTo(() => Deployment, 'deploymentId', { onDelete: 'CASCADE' })
  deployment!: Deployment;

  @Field(() => DependencyKind, { description: 'Which dependency.' })
  @Column({ type: 'varchar', length: 32 })
  kind!: DependencyKind;

  @ShortTextField('What the dependency is.')
  title!: string;

  @Field(() => Int, { description: 'Due in days from go-live (negative: before).' })
  @Column({ type: 'integer' })
  offsetDays!: number;

  @Field(() => LocalDateResolver, { description: 'Due date: go-live plus the offset.' })
  @DateColumn()
  dueDate!: string;

  @Field(() => DependencyStatus, { description: 'Progress.' })
  @Column({ type: 'varchar', length: 16 })
  status!: DependencyStatus;

  @Field(() => Party, { description: 'Party responsible for the dependency.' })
  @Column({ type: 'varchar', length: 16 })
  ownerParty!: Party;

  @ShortTextField('Person responsible.', { nullable: true })
  @ContactDetail('name')
  owner!: string | null;

  @Field(() => Party, { nullable: true, description: 'Party being waited on, while WAITING.' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  waitingOn!: Party | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the wait began, while WAITING.' })
  @DateColumn({ nullable: true })
  waitingSince!: string | null;

  @Field(() => Party, { nullable: true, description: 'While MET: the party it waited on until it was met, one completed wait that go-live projections learn from (null if it was met without a wait).' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  waitedOn!: Party | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'While MET: the date that completed wait began (its length runs to `metOn`).' })
  @DateColumn({ nullable: true })
  waitedSince!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date work began.' })
  @DateColumn({ nullable: true })
  startedOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date it was met.' })
  @DateColumn({ nullable: true })
  metOn!: string | null;

  @ShortTextField('Reference in an outside system, e.g. a DOJ ticket number.', { nullable: true })
  externalReference!: string | null;

  @ShortTextField('Why it is not applicable, while NOT_APPLICABLE (a note on another status is a shared comment on the dependency: comments).', { length: 500, nullable: true })
  note!: string | null;

  @ShortTextField('Who last changed the dependency.', { nullable: true })
  updatedBy!: string | null;

  @UpdatedAtField('When the dependency last changed.')
  updatedAt!: Date;

  @VersionField()
  version!: number;
}
