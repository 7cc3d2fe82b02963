import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinTable, ManyToMany } from 'typeorm';
import { DateColumn } from '../../db/columns';
import { BelongsTo, CreatedAtField, IdField, ShortTextField, UpdatedAtField, VersionField } from '../../db/record-fields';
import { Phase } from '../lifecycle-template/lifecycle.enums';
import { LifecycleTemplate } from '../lifecycle-template/lifecycle-template.entity';
import { Organization } from '../organization/organization.entity';
import { User } from '../user/user.entity';
import { DeploymentStatus } from '../../../rules/enums';

export { DeploymentStatus };

registerEnumType(DeploymentStatus, {
  name: 'DeploymentStatus',
  description: "Where a court's onboarding stands as a whole.",
  valuesConfig: {
    INTERESTED: { description: 'The court has expressed interest.' },
    COMMITTED: { description: 'The court has committed to deploy.' },
    IN_PROGRESS: { description: 'Implementation is under way.' },
    LIVE: { description: 'The court went live on CCPOR.' },
    CLOSED: { description: 'Close-out approved; the deployment is complete.' },
    ON_HOLD: { description: 'Paused; the schedule still stands.' },
    WITHDRAWN: { description: 'The court withdrew; nothing more will happen.' },
  },
});

@Entity('deployment')
@ObjectType({ description: "One court's onboarding onto CCPOR, with its participating LEAs." })
export class Deployment {
  @IdField()
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  courtId!: string;

  @BelongsTo(() => Organization, 'courtId')
  court!: Organization;

  @ManyToMany(() => Organization)
  @JoinTable({ name: 'deployment_lea', joinColumn: { name: 'deploymentId' }, inverseJoinColumn: { name: 'organizationId' } })
  participatingLeas!: Organization[];

  @Column({ type: 'uuid' })
  templateId!: string;

  /** The CCPOR coordinator who leads this deployment. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  coordinatorId!: string | null;

  /** Field staff assigned to the site visits; they see only their assigned deployments. */
  @ManyToMany(() => User)
  @JoinTable({ name: 'deployment_field_staff', joinColumn: { name: 'deploymentId' }, inverseJoinColumn: { name: 'userId' } })
  fieldStaff!: User[];

  @BelongsTo(() => LifecycleTemplate, 'templateId')
  template!: LifecycleTemplate;

  @Field(() => Int, { nullable: true, description: 'Deployment wave the court belongs to.' })
  @Index()
  @Column({ type: 'integer', nullable: true })
  wave!: number | null;

  @Field(() => LocalDateResolver, { description: 'Target go-live date (day 0 of the schedule).' })
  @Index()
  @DateColumn()
  targetGoLive!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the court actually went live.' })
  @DateColumn({ nullable: true })
  actualGoLive!: string | null;

  @Field(() => Phase, { description: 'Current phase, advanced by a coordinator through the phase gate.' })
  @Index()
  @Column({ type: 'varchar', length: 16 })
  phase!: Phase;

  @Field(() => LocalDateResolver, { description: 'Date the current phase was entered.' })
  @DateColumn()
  phaseEnteredOn!: string;

  @Field(() => DeploymentStatus, { description: 'Overall status.' })
  @Index()
  @Column({ type: 'varchar', length: 16 })
  status!: DeploymentStatus;

  @Field(() => LocalDateResolver, { description: 'Date the deployment was created (California time).' })
  @DateColumn()
  plannedOn!: string;

  @VersionField()
  version!: number;

  @CreatedAtField('When the deployment was created.')
  createdAt!: Date;

  @UpdatedAtField('When the deployment record last changed.')
  updatedAt!: Date;

  @ShortTextField('Who last changed the deployment record.', { nullable: true })
  updatedBy!: string | null;
}
