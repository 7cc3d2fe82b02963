import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RequirementCategory, RequirementOperator, ScannerFact, ScannerVerdict } from './scanner.enums';

@ObjectType({ description: 'One scanner requirement of a published version.' })
export class ScannerRequirement {
  @Field(() => String, { description: 'Stable key, e.g. OPTICAL_RESOLUTION.' })
  key!: string;

  @Field(() => RequirementCategory, { description: 'HARDWARE (missing it means replacing the scanner) or CONFIGURATION.' })
  category!: RequirementCategory;

  @Field(() => String, { description: 'What is required, for people.' })
  description!: string;

  @Field(() => ScannerFact, { description: 'The recorded fact it tests.' })
  fact!: ScannerFact;

  @Field(() => RequirementOperator, { description: 'How it tests the fact.' })
  operator!: RequirementOperator;

  @Field(() => Int, { nullable: true, description: 'The least value allowed, for AT_LEAST.' })
  minimum?: number | null;

  @Field(() => [String], { nullable: true, description: 'The values allowed, for ANY_OF.' })
  anyOf?: string[] | null;
}

@ObjectType({ description: 'A requirement a workstation’s scanner misses.' })
export class MissedRequirement {
  @Field(() => String, { description: 'Key of the requirement.' })
  key!: string;

  @Field(() => RequirementCategory, { description: 'HARDWARE or CONFIGURATION.' })
  category!: RequirementCategory;

  @Field(() => String, { description: 'What is required.' })
  description!: string;
}

@ObjectType({ description: 'How a deployment’s assessed workstations stand against the scanner requirements.' })
export class ScannerSummary {
  @Field(() => Int, { description: 'Workstations assessed.' })
  assessed!: number;

  @Field(() => Int, { description: 'Workstations whose scanner meets every requirement.' })
  meeting!: number;

  @Field(() => Int, { description: 'Workstations whose scanner needs configuring.' })
  toConfigure!: number;

  @Field(() => Int, { description: 'Workstations whose scanner must be replaced.' })
  toReplace!: number;
}

@ObjectType({ description: 'Workstations with one make, model and verdict, across deployments.' })
export class ScannerInventoryRow {
  @Field(() => String, { description: 'Scanner make, as recorded.' })
  make!: string;

  @Field(() => String, { description: 'Scanner model, as recorded.' })
  model!: string;

  @Field(() => ScannerVerdict, { description: 'Verdict against the requirements.' })
  verdict!: ScannerVerdict;

  @Field(() => Int, { description: 'How many workstations.' })
  workstations!: number;

  @Field(() => Int, { description: 'In how many deployments.' })
  deployments!: number;
}

@ObjectType({ description: 'A workstation whose verdict a published version of the requirements changed.' })
export class ScannerVerdictChange {
  @Field(() => ID, { description: 'The workstation.' })
  workstationId!: string;

  @Field(() => String, { description: 'The workstation’s label, e.g. "Family law counter 2".' })
  label!: string;

  @Field(() => ID, { description: 'The deployment it belongs to.' })
  deploymentId!: string;

  @Field(() => String, { description: 'Name of the deployment’s court.' })
  courtName!: string;

  @Field(() => ScannerVerdict, { description: 'The verdict before the version was published.' })
  before!: ScannerVerdict;

  @Field(() => ScannerVerdict, { description: 'The verdict against the version.' })
  after!: ScannerVerdict;
}
