import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, Length, Matches, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { MutationInput, UpdateMutationInput } from '../sync/sync.inputs';
import { Criticality, TestArea } from './test-plan.entity';
import { IdInput } from '../../graphql/input-fields';
import { MAX_LENGTH } from '../../../rules/limits';

@InputType({ description: 'Starts the draft of the next CAT plan version.' })
export class StartTestPlanDraftInput extends MutationInput {
  @Field(() => Int, { nullable: true, description: 'The published version to copy; omit for the latest published.' })
  @IsOptional() @IsInt() @Min(1)
  fromVersion?: number | null;
}

@InputType({ description: 'One case of a CAT plan draft.' })
export class TestCaseDraftInput {
  @Field(() => String, { description: 'Stable key, e.g. "OE-01" (letters, digits and dashes, up to 20), unique in the plan.' })
  @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'key must be letters, digits and dashes (1 to 20), e.g. OE-01' })
  key!: string;

  @Field(() => String, { description: 'What the case tests (3 to 200 characters).' })
  @Length(3, MAX_LENGTH.title)
  title!: string;

  @Field(() => TestArea, { description: 'Area of CCPOR exercised.' })
  @IsEnum(TestArea)
  area!: TestArea;

  @Field(() => String, { defaultValue: '', description: 'What must be true before the steps start (up to 2,000 characters).' })
  @Length(0, 2000)
  preconditions!: string;

  @Field(() => [String], { description: 'The steps, in order (1 to 30, each 1 to 500 characters).' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(30) @Length(1, 500, { each: true })
  steps!: string[];

  @Field(() => String, { description: 'What the tester should see (3 to 2,000 characters).' })
  @Length(3, 2000)
  expectedResult!: string;

  @Field(() => Criticality, { description: 'How much the case matters to go-live.' })
  @IsEnum(Criticality)
  criticality!: Criticality;

  @Field(() => Boolean, { defaultValue: false, description: 'Needs transmission to CARPOS (NOT_APPLICABLE for an IMAGES_ONLY court).' })
  @IsBoolean()
  requiresCarpos!: boolean;
}

@InputType({ description: 'The whole content of the CAT plan draft: its name and its cases in order.' })
export class SaveTestPlanDraftInput extends UpdateMutationInput {
  @IdInput('The draft.')
  draftId!: string;

  @Field(() => String, { description: 'Name of the plan (3 to 200 characters).' })
  @Length(3, MAX_LENGTH.title)
  name!: string;

  @Field(() => [TestCaseDraftInput], { description: 'Every case, in plan order (1 to 200): this list replaces the draft’s cases.' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested()
  cases!: TestCaseDraftInput[];
}

@InputType({ description: 'Publishes or discards the CAT plan draft.' })
export class TestPlanDraftActionInput extends UpdateMutationInput {
  @IdInput('The draft.')
  draftId!: string;
}
