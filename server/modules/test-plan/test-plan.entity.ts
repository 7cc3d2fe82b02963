import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { InstantColumn, JsonColumn } from '../../db/columns';
import { BelongsTo, IdField, LongTextField, ReferenceField, ShortTextField } from '../../db/record-fields';
import { TestArea, Criticality } from '../../../rules/enums';

export { TestArea, Criticality };

registerEnumType(TestArea, {
  name: 'TestArea',
  description: 'The part of CCPOR a test case exercises.',
  valuesConfig: {
    USER_ACCESS: { description: 'Sign-in, CCPOR roles and sealed-order visibility.' },
    ORDER_ENTRY: { description: 'Entering protective orders (DV-110, CH-110, EA-110, GV-110, WV-110, …).' },
    SCANNING_ATTACHMENT: { description: 'Scanning order images and attaching them to orders.' },
    SEARCH: { description: 'Finding orders and viewing their images.' },
    MODIFICATION_TERMINATION: { description: 'Modifying, extending and terminating orders.' },
    PROOF_OF_SERVICE: { description: 'Recording proof of service.' },
    CARPOS_TRANSMISSION: { description: 'Transmission to CA DOJ CARPOS through the CCPOR gateway.' },
    DOJ_MESSAGES: { description: 'CARPOS acknowledgements and rejections in the DOJ message queue.' },
    PRINTING: { description: 'Printing order images and summaries.' },
    AUDIT: { description: 'The history of who did what to an order.' },
  },
});

registerEnumType(Criticality, {
  name: 'Criticality',
  description: 'How much a test case matters to go-live.',
  valuesConfig: {
    CRITICAL: { description: 'Go-live and sign-off wait until it passes (or does not apply).' },
    MAJOR: { description: 'Must pass for the acceptance run to pass.' },
    MINOR: { description: 'Must pass for the acceptance run to pass; never blocks a sign-off by itself.' },
  },
});

@Entity('test_plan')
@ObjectType({ description: 'A versioned Court Acceptance Testing plan. A test run keeps the version it started with.' })
export class TestPlan {
  @IdField()
  id!: string;

  @Field(() => Int, { description: 'Version number, starting at 1.' })
  @Index({ unique: true })
  @Column({ type: 'integer' })
  version!: number;

  @ShortTextField('Name of the plan.')
  name!: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the version was published; null while it is a draft.' })
  @InstantColumn({ nullable: true })
  publishedAt!: Date | null;
}

@Entity('test_case')
@Index(['planId', 'key'], { unique: true })
@ObjectType({ description: 'One case of a CAT plan: what to do and what should happen.' })
export class TestCase {
  @IdField()
  id!: string;

  @ReferenceField('The plan version the case belongs to.')
  planId!: string;

  @BelongsTo(() => TestPlan, 'planId', { onDelete: 'CASCADE' })
  plan!: TestPlan;

  @Field(() => Int, { description: 'Position in the plan, from 1.' })
  @Column({ type: 'integer' })
  position!: number;

  @ShortTextField('Stable key within the plan, e.g. "OE-01".', { length: 20 })
  key!: string;

  @ShortTextField('What the case tests.')
  title!: string;

  @Field(() => TestArea, { description: 'Area of CCPOR exercised.' })
  @Column({ type: 'varchar', length: 32 })
  area!: TestArea;

  @LongTextField('What must be true before the steps start.')
  preconditions!: string;

  @Field(() => [String], { description: 'The steps, in order.' })
  @JsonColumn()
  steps!: string[];

  @LongTextField('What the tester should see.')
  expectedResult!: string;

  @Field(() => Criticality, { description: 'How much the case matters to go-live.' })
  @Column({ type: 'varchar', length: 16 })
  criticality!: Criticality;

  @Field(() => Boolean, {
    description: 'Needs transmission to CARPOS through the CCPOR gateway: NOT_APPLICABLE for an IMAGES_ONLY court.',
  })
  @Column({ type: 'boolean', default: false })
  requiresCarpos!: boolean;
}
