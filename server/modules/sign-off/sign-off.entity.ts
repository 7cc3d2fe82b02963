import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { InstantColumn, JsonColumn } from '../../db/columns';
import { BelongsTo, IdField, LongTextField, ReferenceField, ShortTextField } from '../../db/record-fields';
import { Party } from '../lifecycle-template/lifecycle.enums';
import { TestRun, TestRunStatus } from '../test-run/test-run.entity';
import { SignOffStatus } from '../../../rules/enums';
import { ContactDetail } from '../access/contact-details';

export { SignOffStatus };

registerEnumType(SignOffStatus, {
  name: 'SignOffStatus',
  description: 'Whether what a signer saw still holds.',
  valuesConfig: {
    CURRENT: { description: 'No attempt or defect change since signing alters what the signer saw.' },
    STALE: { description: 'A later attempt or defect change altered the basis: the party must sign again.' },
  },
});

/**
 * What a signer saw: the latest attempt of each case of the run (null: untested) and the status
 * and severity of each defect of the deployment. Compared with the same taken now, it tells STALE.
 */
export interface SignOffBasis {
  cases: Record<string, string | null>;
  defects: Record<string, string>;
}

@Entity('sign_off')
@Index(['runId', 'party', 'organizationId'])
@ObjectType({ description: 'A party’s sign-off of a CAT run: who, role, when, statement, and the basis it saw.' })
export class SignOff {
  @IdField()
  id!: string;

  @Field(() => ID, { description: 'The run signed off.' })
  @Column({ type: 'uuid' })
  runId!: string;

  @BelongsTo(() => TestRun, 'runId', { onDelete: 'CASCADE' })
  run!: TestRun;

  @ReferenceField('The deployment.')
  deploymentId!: string;

  @Field(() => Party, { description: 'COURT, LEA or CCPOR_TEAM.' })
  @Column({ type: 'varchar', length: 16 })
  party!: Party;

  @Field(() => ID, { nullable: true, description: 'The court or LEA signing; null for the CCPOR team.' })
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ShortTextField('Name of the person signing.')
  @ContactDetail('name')
  signerName!: string;

  @ShortTextField('Role of the person signing, e.g. "Court Executive Officer".')
  signerRole!: string;

  @LongTextField('What the party states by signing.')
  statement!: string;

  @Field(() => DateTimeResolver, { description: 'When it was signed.' })
  @InstantColumn()
  signedAt!: Date;

  @ShortTextField('Who recorded the sign-off in CCPOR Deploy.')
  recordedBy!: string;

  @Field(() => TestRunStatus, { description: 'The run’s status when it was signed.' })
  @Column({ type: 'varchar', length: 16 })
  runStatusAtSigning!: TestRunStatus;

  @JsonColumn()
  basis!: SignOffBasis;
}
