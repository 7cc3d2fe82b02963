import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, Length, Matches, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { MutationInput, UpdateMutationInput } from '../sync/sync.inputs';
import { Criticality, TestArea } from './test-plan.entity';
import { IdInput } from '../../graphql/input-fields';
import { figure, MAX_LENGTH, MIN_SAID, TEST_CASE_LIMITS } from '../../../rules/limits';

const CASE_KEY = new RegExp(`^[A-Za-z0-9-]{1,${TEST_CASE_LIMITS.key}}$`);

@InputType({ description: 'Starts the draft of the next CAT plan version.' })
export class StartTestPlanDraftInput extends MutationInput {
  @Field(() => Int, { nullable: true, description: 'The published version to copy; omit for the latest published.' })
  @IsOptional() @IsInt() @Min(1)
  fromVersion?: number | null;
}

@InputType({ description: 'One case of a CAT plan draft.' })
export class TestCaseDraftInput {
  @Field(() => String, { description: `Stable key, e.g. "OE-01" (letters, digits and dashes, up to ${TEST_CASE_LIMITS.key}), unique in the plan.` })
  @Matches(CASE_KEY, { message: `key must be letters, digits and dashes (1 to ${TEST_CASE_LIMITS.key}), e.g. OE-01` })
  key!: string;

  @Field(() => String, { description: `What the case tests (${MIN_SAID} to ${figure(MAX_LENGTH.title)} characters).` })
  @Length(MIN_SAID, MAX_LENGTH.title)
  title!: string;

  @Field(() => TestArea, { description: 'Area of CCPOR exercised.' })
  @IsEnum(TestArea)
  area!: TestArea;

  @Field(() => String, { defaultValue: '', description: `What must be true before the steps start (up to ${figure(TEST_CASE_LIMITS.text)} characters).` })
  @Length(0, TEST_CASE_LIMITS.text)
  preconditions!: string;

  @Field(() => [String], { description: `The steps, in order (1 to ${TEST_CASE_LIMITS.steps}, each 1 to ${TEST_CASE_LIMITS.step} characters).` })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(TEST_CASE_LIMITS.steps) @Length(1, TEST_CASE_LIMITS.step, { each: true })
  steps!: string[];

  @Field(() => String, { description: `What the tester should see (${MIN_SAID} to ${figure(TEST_CASE_LIMITS.text)} characters).` })
  @Length(MIN_SAID, TEST_CASE_LIMITS.text)
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

  @Field(() => String, { description: `Name of the plan (${MIN_SAID} to ${figure(MAX_LENGTH.title)} characters).` })
  @Length(MIN_SAID, MAX_LENGTH.title)
  name!: string;

  @Field(() => [TestCaseDraftInput], { description: `Every case, in plan order (1 to ${TEST_CASE_LIMITS.cases}): this list replaces the draft’s cases.` })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(TEST_CASE_LIMITS.cases) @ValidateNested()
  cases!: TestCaseDraftInput[];
}

@InputType({ description: 'Publishes or discards the CAT plan draft.' })
export class TestPlanDraftActionInput extends UpdateMutationInput {
  @IdInput('The draft.')
  draftId!: string;
}
