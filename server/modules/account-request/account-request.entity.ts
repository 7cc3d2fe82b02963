import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { BelongsTo, CreatedAtField, IdField, ReferenceField, ShortTextField, UpdatedAtField, VersionField } from '../../db/record-fields';
import { Deployment } from '../deployment/deployment.entity';
import { CcporRole, AccountRequestStatus } from '../../../rules/enums';
import { ContactDetail } from '../access/contact-details';

export { CcporRole, AccountRequestStatus };
export { SETTLED_ACCOUNT_STATUSES } from '../../../rules/statuses';
export { ACCOUNT_TRANSITIONS } from '../../../rules/transitions';

registerEnumType(CcporRole, {
  name: 'CcporRole',
  description: 'The role a person gets in CCPOR itself.',
  valuesConfig: {
    QUERY_ONLY: { description: 'Searches and views orders.' },
    COURT: { description: 'Scans, adds, modifies, serves and cancels orders, and reads DOJ messages.' },
    SUPERVISOR: { description: 'Court user who also oversees the work of others.' },
    ADMINISTRATOR: { description: 'Manages the court’s or agency’s CCPOR users.' },
  },
});

registerEnumType(AccountRequestStatus, {
  name: 'AccountRequestStatus',
  description: 'Where a CCPOR account request stands: REQUESTED → APPROVED → ACTIVE, or REJECTED with a reason.',
  valuesConfig: {
    REQUESTED: { description: 'Asked for; waiting for approval.' },
    APPROVED: { description: 'Approved; the account is being set up.' },
    ACTIVE: { description: 'The account works.' },
    REJECTED: { description: 'Refused; the reason is recorded.' },
  },
});

@Entity('account_request')
@ObjectType({ description: 'A request for a CCPOR user account for a person of the court or a participating LEA.' })
export class AccountRequest {
  @IdField('Unique id (the device may choose it).')
  id!: string;

  @ReferenceField('The deployment.')
  deploymentId!: string;

  @BelongsTo(() => Deployment, 'deploymentId', { onDelete: 'CASCADE' })
  deployment!: Deployment;

  @Field(() => ID, { description: 'The court or participating LEA the person works for.' })
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ShortTextField('Full name.')
  @ContactDetail('name')
  personName!: string;

  @ShortTextField('E-mail address the account is sent to.', { length: 254 })
  @ContactDetail('email')
  email!: string;

  @Field(() => CcporRole, { description: 'Role in CCPOR.' })
  @Column({ type: 'varchar', length: 16 })
  ccporRole!: CcporRole;

  @Field(() => Boolean, { description: 'Whether the account sees sealed orders.' })
  @Column({ type: 'boolean' })
  sealedOrders!: boolean;

  @Field(() => AccountRequestStatus, { description: 'Where the request stands.' })
  @Column({ type: 'varchar', length: 10 })
  status!: AccountRequestStatus;

  @ShortTextField('Why it was rejected.', { length: 500, nullable: true })
  rejectionReason!: string | null;

  @ShortTextField('Who asked for the account.')
  requestedBy!: string;

  @ShortTextField('Who last changed the request.', { nullable: true })
  updatedBy!: string | null;

  @CreatedAtField('When it was asked for.')
  createdAt!: Date;

  @UpdatedAtField()
  updatedAt!: Date;

  @VersionField()
  version!: number;
}
