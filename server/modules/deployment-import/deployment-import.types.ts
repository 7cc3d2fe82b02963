import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Deployment, DeploymentStatus } from '../deployment/deployment.entity';
import { Phase } from '../lifecycle-template/lifecycle.enums';

@ObjectType({ description: 'One thing wrong with a row of an import file.' })
export class ImportRowProblem {
  @Field(() => String, { description: 'The column at fault: court, goLive, phase, status, wave or leas.' })
  field!: string;

  @Field(() => String, { description: 'What is wrong and how to fix it.' })
  message!: string;
}

@ObjectType({ description: 'One row of a deployment import file, as read and checked.' })
export class DeploymentImportRow {
  @Field(() => Int, { description: 'Line number in the file (the header is line 1).' })
  line!: number;

  @Field(() => String, { description: 'The court as written in the file.' })
  court!: string;

  @Field(() => ID, { nullable: true, description: 'The court found for it, if any.' })
  courtId!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the court found, if any.' })
  courtName!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Target go-live read from the row, if it is a date.' })
  targetGoLive!: string | null;

  @Field(() => Phase, { nullable: true, description: 'Phase read from the row, if it is one.' })
  phase!: Phase | null;

  @Field(() => DeploymentStatus, { nullable: true, description: 'Status read from the row, if it is one.' })
  status!: DeploymentStatus | null;

  @Field(() => Int, { nullable: true, description: 'Wave read from the row, if given.' })
  wave!: number | null;

  @Field(() => [String], { description: 'Names of the participating LEAs found.' })
  leaNames!: string[];

  @Field(() => [ImportRowProblem], { description: 'What is wrong with the row; empty when it can be imported.' })
  problems!: ImportRowProblem[];

  /** Ids of the LEAs found, for the import itself. */
  leaIds!: string[];
}

@ObjectType({ description: 'What importing a file would do, without writing anything.' })
export class DeploymentImportPreview {
  @Field(() => [DeploymentImportRow], { description: 'Every row of the file, in order.' })
  rows!: DeploymentImportRow[];

  @Field(() => Int, { description: 'Rows that would be imported.' })
  validCount!: number;

  @Field(() => Int, { description: 'Rows that would be skipped because of their problems.' })
  invalidCount!: number;
}

@ObjectType({ description: 'The outcome of an import: the deployments created and the rows skipped.' })
export class DeploymentImportResult {
  @Field(() => [Deployment], { description: 'Deployments created, one per valid row, in file order.' })
  created!: Deployment[];

  @Field(() => [DeploymentImportRow], { description: 'Rows skipped, with their problems.' })
  skipped!: DeploymentImportRow[];
}
