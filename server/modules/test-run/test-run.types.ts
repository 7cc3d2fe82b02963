import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TestCase } from '../test-plan/test-plan.entity';
import { CaseStatus, TestResult, TestRunStatus } from './test-run.entity';

@ObjectType({ description: 'A coded refusal of one item of a bulk write, to park on the device.' })
class ItemError {
  @Field(() => String, { description: 'The error code, from the API’s catalogue (e.g. BAD_USER_INPUT, MUTATION_ID_REUSED).' })
  code!: string;

  @Field(() => String, { description: 'What went wrong and what to do next.' })
  message!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The details the code carries (e.g. fields).' })
  details!: Record<string, unknown> | null;
}

@ObjectType({ description: 'The answer to one item of recordTestResults.' })
class TestResultOutcome {
  @Field(() => ID, { nullable: true, description: 'The item’s mutationId.' })
  mutationId!: string | null;

  @Field(() => TestResult, { nullable: true, description: 'The attempt recorded (now or by an earlier send); null when refused.' })
  attempt!: TestResult | null;

  @Field(() => ItemError, { nullable: true, description: 'Why the item was refused; null when recorded.' })
  error!: ItemError | null;

  @Field(() => Boolean, { description: 'The mutationId had been processed already: this is its stored outcome.' })
  replayed!: boolean;
}

@ObjectType({ description: 'The answer to recordTestResults: one outcome per item, in order.' })
export class RecordTestResultsPayload {
  @Field(() => [TestResultOutcome], { description: 'One outcome per item, in the order sent.' })
  results!: TestResultOutcome[];

  @Field(() => Int, { description: 'Attempts recorded by this request.' })
  applied!: number;

  @Field(() => Int, { description: 'Items answered from an earlier send of the same mutationId.' })
  replayed!: number;

  @Field(() => Int, { description: 'Items refused with an error.' })
  refused!: number;
}

@ObjectType({ description: 'Counts of defects that are neither VERIFIED nor WONT_FIX, by severity.' })
class DefectCounts {
  @Field(() => Int, { description: 'CRITICAL defects open.' })
  critical!: number;

  @Field(() => Int, { description: 'MAJOR defects open.' })
  major!: number;

  @Field(() => Int, { description: 'MINOR defects open.' })
  minor!: number;
}

@ObjectType({ description: 'Where a run stands: computed from the latest attempt of each case.' })
export class RunSummary {
  @Field(() => TestRunStatus, { description: 'The run’s computed status.' })
  status!: TestRunStatus;

  @Field(() => Int, { description: 'Cases in the run’s plan version.' })
  total!: number;

  @Field(() => Int, { description: 'Cases without an attempt.' })
  untested!: number;

  @Field(() => Int, { description: 'Cases whose latest attempt PASSED.' })
  passed!: number;

  @Field(() => Int, { description: 'Cases whose latest attempt FAILED.' })
  failed!: number;

  @Field(() => Int, { description: 'Cases whose latest attempt was BLOCKED.' })
  blocked!: number;

  @Field(() => Int, { description: 'Cases whose latest attempt asks for a RETEST.' })
  retest!: number;

  @Field(() => Int, { description: 'Cases NOT_APPLICABLE to this court.' })
  notApplicable!: number;

  @Field(() => Float, { nullable: true, description: 'Percent of applicable cases PASSED (0 to 100, one decimal), as in the CAT reports; null when no case applies.' })
  passPercent!: number | null;

  @Field(() => DefectCounts, { description: 'Defects raised in this run that are still open, by severity.' })
  openDefects!: DefectCounts;
}

@ObjectType({ description: 'One case of a run with its computed status and every attempt.' })
export class RunCase {
  @Field(() => TestCase, { description: 'The test case.' })
  testCase!: TestCase;

  @Field(() => CaseStatus, { description: 'The latest attempt’s status, or UNTESTED.' })
  status!: CaseStatus;

  @Field(() => TestResult, { nullable: true, description: 'The attempt that sets the status.' })
  latestAttempt!: TestResult | null;

  @Field(() => [TestResult], { description: 'Every attempt, oldest first.' })
  attempts!: TestResult[];
}
