import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn,
} from 'typeorm';
import { instantType } from '../../db/columns';
import { Deployment } from '../deployment/deployment.entity';

export enum CcporRole {
  QUERY_ONLY = 'QUERY_ONLY',
  COURT = 'COURT',
  SUPERVISOR = 'SUPERVISOR',
  ADMINISTRATOR = 'ADMINISTRATOR',
}
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

export enum AccountRequestStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  ACTIVE = 'ACTIVE',
  REJECTED = 'REJECTED',
}
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

/** The changes each status allows. */
export const ACCOUNT_TRANSITIONS: Record<AccountRequestStatus, AccountRequestStatus[]> = {
  REQUESTED: [AccountRequestStatus.APPROVED, AccountRequestStatus.REJECTED],
  APPROVED: [AccountRequestStatus.ACTIVE, AccountRequestStatus.REJECTED],
  ACTIVE: [],
  REJECTED: [],
};

/** Statuses with nothing left to do: the access dependency is met when every request has one. */
export const SETTLED_ACCOUNT_STATUSES = [AccountRequestStatus.ACTIVE, AccountRequestStatus.REJECTED];

@Entity('account_request')
@ObjectType({ description: 'A request for a CCPOR user account for a person of the court or a participating LEA.' })
export class AccountRequest {
  @Field(() => ID, { description: 'Unique id (the device may choose it).' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'The deployment.' })
  @Index()
  @Column({ type: 'uuid' })
  deploymentId!: string;

  @ManyToOne(() => Deployment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deploymentId' })
  deployment!: Deployment;

  @Field(() => ID, { description: 'The court or participating LEA the person works for.' })
  @Column({ type: 'uuid' })
  organizationId!: string;

  @Field(() => String, { description: 'Full name.' })
  @Column({ type: 'varchar', length: 200 })
  personName!: string;

  @Field(() => String, { description: 'E-mail address the account is sent to.' })
  @Column({ type: 'varchar', length: 254 })
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

  @Field(() => String, { nullable: true, description: 'Why it was rejected.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  rejectionReason!: string | null;

  @Field(() => String, { description: 'Who asked for the account.' })
  @Column({ type: 'varchar', length: 200 })
  requestedBy!: string;

  @Field(() => String, { nullable: true, description: 'Who last changed the request.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  updatedBy!: string | null;

  @Field(() => DateTimeResolver, { description: 'When it was asked for.' })
  @CreateDateColumn({ type: instantType() })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: 'When it last changed.' })
  @UpdateDateColumn({ type: instantType() })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Version for optimistic concurrency: send it back as baseVersion.' })
  @VersionColumn({ type: 'integer' })
  version!: number;
}
