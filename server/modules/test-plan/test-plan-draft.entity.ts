import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { JsonColumn } from '../../db/columns';
import { IdField, ShortTextField, UpdatedAtField, VersionField } from '../../db/record-fields';
import { Criticality, TestArea } from './test-plan.entity';

@ObjectType({ description: 'A case of a CAT plan draft, as it will be published.' })
class TestCaseDraft {
  @Field(() => String, { description: 'Stable key within the plan, e.g. "OE-01"; runs compare cases across versions by it.' })
  key!: string;

  @Field(() => String, { description: 'What the case tests.' })
  title!: string;

  @Field(() => TestArea, { description: 'Area of CCPOR exercised.' })
  area!: TestArea;

  @Field(() => String, { description: 'What must be true before the steps start.' })
  preconditions!: string;

  @Field(() => [String], { description: 'The steps, in order.' })
  steps!: string[];

  @Field(() => String, { description: 'What the tester should see.' })
  expectedResult!: string;

  @Field(() => Criticality, { description: 'How much the case matters to go-live.' })
  criticality!: Criticality;

  @Field(() => Boolean, { description: 'Needs transmission to CARPOS (NOT_APPLICABLE for an IMAGES_ONLY court).' })
  requiresCarpos!: boolean;
}

/**
 * The next version of the CAT plan while it is being edited. It lives in its own table, so a test
 * run can never start on it and the published versions stay untouched; publishing turns it into
 * a new TestPlan version and removes it.
 */
@Entity('test_plan_draft')
@ObjectType({ description: 'The draft of the next CAT plan version; there is at most one.' })
export class TestPlanDraft {
  @IdField()
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The published version it was copied from; null if started empty.' })
  @Column({ type: 'integer', nullable: true })
  basedOnVersion!: number | null;

  @ShortTextField('Name of the plan.')
  name!: string;

  @Field(() => [TestCaseDraft], { description: 'The cases, in plan order.' })
  @JsonColumn()
  cases!: TestCaseDraft[];

  @VersionField()
  version!: number;

  @ShortTextField('Who last changed the draft.', { nullable: true })
  updatedBy!: string | null;

  @UpdatedAtField('When the draft last changed.')
  updatedAt!: Date;
}
