import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsEnum, IsIn, IsInt, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { DateBound } from '../../graphql/date-bounds';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType, Int } from 'type-graphql';
import { MutationInput, UpdateMutationInput } from '../sync/sync.inputs';
import { RequirementCategory, RequirementOperator, ScannerConnection, ScannerDriver, ScannerFact, ScannerVerdict, TestScanOutcome } from './scanner.enums';
import { IdInput, OptionalIdInput } from '../../graphql/input-fields';
import { MAX_LENGTH, figure } from '../../../rules/limits';

@InputType({ description: 'One scanner requirement of a version about to be published.' })
export class ScannerRequirementInput {
  @Field(() => String, { description: 'Stable key in upper case, e.g. OPTICAL_RESOLUTION.' })
  @Matches(/^[A-Z][A-Z0-9_]{1,39}$/, { message: 'key must be 2 to 40 upper-case letters, digits or underscores' })
  key!: string;

  @Field(() => RequirementCategory, { description: 'HARDWARE (a miss means replacing the scanner) or CONFIGURATION.' })
  @IsEnum(RequirementCategory)
  category!: RequirementCategory;

  @Field(() => String, { description: 'What is required, for people (3 to 300 characters).' })
  @Length(3, 300)
  description!: string;

  @Field(() => ScannerFact, { description: 'The recorded fact it tests.' })
  @IsEnum(ScannerFact)
  fact!: ScannerFact;

  @Field(() => RequirementOperator, { description: 'How it tests the fact.' })
  @IsEnum(RequirementOperator)
  operator!: RequirementOperator;

  @Field(() => Int, { nullable: true, description: 'The least value allowed (AT_LEAST only).' })
  @IsOptional() @IsInt() @Min(0) @Max(100000)
  minimum?: number | null;

  @Field(() => [String], { nullable: true, description: 'The values allowed (ANY_OF only).' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @Length(1, 40, { each: true })
  anyOf?: string[] | null;
}

@InputType({ description: 'A new version of the scanner requirements.' })
export class PublishScannerRequirementsInput extends MutationInput {
  @Field(() => [ScannerRequirementInput], { description: 'Every requirement of the new version (up to 50), in order.' })
  @IsArray() @ArrayMaxSize(50) @ValidateNested()
  requirements!: ScannerRequirementInput[];
}

@InputType({ description: 'Starts the scanner assessment of one location of a deployment’s court.' })
export class StartScannerAssessmentInput extends MutationInput {
  @OptionalIdInput('Id chosen by the device (UUID), so that offline changes can name the assessment before it syncs.')
  id?: string | null;

  @IdInput('The deployment.')
  deploymentId!: string;

  @IdInput('The court location (courthouse) assessed.')
  locationId!: string;

  @Field(() => LocalDateResolver, { description: 'Date of the visit; not in the future.' })
  @DateBound('happened')
  assessedOn!: string;

  @Field(() => String, { nullable: true, description: `Notes on the location (up to ${figure(MAX_LENGTH.notes)} characters).` })
  @IsOptional() @Length(0, MAX_LENGTH.notes)
  notes?: string | null;
}

@InputType({ description: 'Changes to an assessment’s date or notes.' })
export class UpdateScannerAssessmentInput extends UpdateMutationInput {
  @IdInput('The assessment.')
  assessmentId!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the visit; omit to keep.' })
  @DateBound('happened')
  assessedOn?: string | null;

  @Field(() => String, { nullable: true, description: `Notes (up to ${figure(MAX_LENGTH.notes)} characters); omit to keep.` })
  @IsOptional() @Length(0, MAX_LENGTH.notes)
  notes?: string | null;
}

@InputType({ description: 'Completes an assessment once every workstation of the location is recorded.' })
export class CompleteScannerAssessmentInput extends UpdateMutationInput {
  @IdInput('The assessment.')
  assessmentId!: string;
}

@InputType({ description: 'One workstation and its scanner as found on-site.' })
export class RecordScannerWorkstationInput extends MutationInput {
  @OptionalIdInput('Id chosen by the device (UUID).')
  id?: string | null;

  @IdInput('The assessment.')
  assessmentId!: string;

  @Field(() => String, { description: `Which workstation (1 to ${figure(MAX_LENGTH.label)} characters), e.g. "Family law intake 2".` })
  @Length(1, MAX_LENGTH.label)
  label!: string;

  @Field(() => String, { description: `Scanner make (1 to ${figure(MAX_LENGTH.label)} characters).` })
  @Length(1, MAX_LENGTH.label)
  make!: string;

  @Field(() => String, { description: `Scanner model (1 to ${figure(MAX_LENGTH.label)} characters).` })
  @Length(1, MAX_LENGTH.label)
  model!: string;

  @Field(() => String, { nullable: true, description: `Serial number (up to ${figure(MAX_LENGTH.label)} characters).` })
  @IsOptional() @Length(1, MAX_LENGTH.label)
  serialNumber?: string | null;

  @Field(() => ScannerConnection, { description: 'How the scanner is connected.' })
  @IsEnum(ScannerConnection)
  connection!: ScannerConnection;

  @Field(() => [ScannerDriver], { description: 'Drivers installed on the workstation (may be empty).' })
  @IsArray() @ArrayUnique() @IsEnum(ScannerDriver, { each: true })
  drivers!: ScannerDriver[];

  @Field(() => Int, { description: 'Optical resolution in dpi (50 to 10,000).' })
  @IsInt() @Min(50) @Max(10000)
  opticalResolutionDpi!: number;

  @Field(() => Boolean, { description: 'Scans both sides in one pass.' })
  @IsBoolean()
  duplex!: boolean;

  @Field(() => Boolean, { description: 'Has an automatic document feeder.' })
  @IsBoolean()
  automaticDocumentFeeder!: boolean;

  @Field(() => Boolean, { description: 'Scans in colour.' })
  @IsBoolean()
  colour!: boolean;

  @Field(() => String, { nullable: true, description: `The workstation’s operating system (up to ${figure(MAX_LENGTH.label)} characters).` })
  @IsOptional() @Length(1, MAX_LENGTH.label)
  operatingSystem?: string | null;

  @Field(() => String, { nullable: true, description: `The workstation’s browser (up to ${figure(MAX_LENGTH.label)} characters).` })
  @IsOptional() @Length(1, MAX_LENGTH.label)
  browser?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'The CCPOR scan profile (300 dpi, black and white, PDF) is set.' })
  @IsBoolean()
  scanProfileSet!: boolean;

  @Field(() => TestScanOutcome, { defaultValue: TestScanOutcome.NOT_RUN, description: 'Outcome of the test scan.' })
  @IsEnum(TestScanOutcome)
  testScanOutcome!: TestScanOutcome;

  @Field(() => [String], { defaultValue: [], description: 'SHA-256 of each photo, uploaded first through POST /files (up to 20).' })
  @IsArray() @ArrayMaxSize(20) @ArrayUnique()
  photoShas!: string[];

  @Field(() => String, { nullable: true, description: `Notes (up to ${figure(MAX_LENGTH.notes)} characters).` })
  @IsOptional() @Length(0, MAX_LENGTH.notes)
  notes?: string | null;
}

@InputType({ description: 'Changes to a workstation’s recorded facts; omitted (or null) fields keep their value, except that null clears serial number, OS, browser and notes.' })
export class UpdateScannerWorkstationInput extends UpdateMutationInput {
  @IdInput('The workstation.')
  workstationId!: string;

  @Field(() => String, { nullable: true, description: `Which workstation (1 to ${figure(MAX_LENGTH.label)} characters).` })
  @IsOptional() @Length(1, MAX_LENGTH.label)
  label?: string | null;

  @Field(() => String, { nullable: true, description: `Scanner make (1 to ${figure(MAX_LENGTH.label)} characters).` })
  @IsOptional() @Length(1, MAX_LENGTH.label)
  make?: string | null;

  @Field(() => String, { nullable: true, description: `Scanner model (1 to ${figure(MAX_LENGTH.label)} characters).` })
  @IsOptional() @Length(1, MAX_LENGTH.label)
  model?: string | null;

  @Field(() => String, { nullable: true, description: `Serial number (up to ${figure(MAX_LENGTH.label)} characters); null clears it.` })
  @IsOptional() @Length(1, MAX_LENGTH.label)
  serialNumber?: string | null;

  @Field(() => ScannerConnection, { nullable: true, description: 'How the scanner is connected.' })
  @IsOptional() @IsEnum(ScannerConnection)
  connection?: ScannerConnection | null;

  @Field(() => [ScannerDriver], { nullable: true, description: 'Drivers installed (the full new list).' })
  @IsOptional() @IsArray() @ArrayUnique() @IsEnum(ScannerDriver, { each: true })
  drivers?: ScannerDriver[] | null;

  @Field(() => Int, { nullable: true, description: 'Optical resolution in dpi (50 to 10,000).' })
  @IsOptional() @IsInt() @Min(50) @Max(10000)
  opticalResolutionDpi?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Scans both sides in one pass.' })
  @IsOptional() @IsBoolean()
  duplex?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Has an automatic document feeder.' })
  @IsOptional() @IsBoolean()
  automaticDocumentFeeder?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Scans in colour.' })
  @IsOptional() @IsBoolean()
  colour?: boolean | null;

  @Field(() => String, { nullable: true, description: `Operating system (up to ${figure(MAX_LENGTH.label)} characters); null clears it.` })
  @IsOptional() @Length(1, MAX_LENGTH.label)
  operatingSystem?: string | null;

  @Field(() => String, { nullable: true, description: `Browser (up to ${figure(MAX_LENGTH.label)} characters); null clears it.` })
  @IsOptional() @Length(1, MAX_LENGTH.label)
  browser?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The CCPOR scan profile is set.' })
  @IsOptional() @IsBoolean()
  scanProfileSet?: boolean | null;

  @Field(() => TestScanOutcome, { nullable: true, description: 'Outcome of the test scan.' })
  @IsOptional() @IsEnum(TestScanOutcome)
  testScanOutcome?: TestScanOutcome | null;

  @Field(() => [String], { nullable: true, description: 'SHA-256 of each photo (the full new list, up to 20).' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ArrayUnique()
  photoShas?: string[] | null;

  @Field(() => String, { nullable: true, description: `Notes (up to ${figure(MAX_LENGTH.notes)} characters); null clears them.` })
  @IsOptional() @Length(0, MAX_LENGTH.notes)
  notes?: string | null;
}

@InputType({ description: 'Filters for the scanner inventory; all given must match.' })
export class ScannerInventoryFilter {
  @Field(() => String, { nullable: true, description: 'Only this make (any case).' })
  @IsOptional() @Length(1, MAX_LENGTH.label)
  make?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this model (any case).' })
  @IsOptional() @Length(1, MAX_LENGTH.label)
  model?: string | null;

  @Field(() => [ScannerVerdict], { nullable: true, description: 'Only these verdicts.' })
  @IsOptional() @IsArray() @IsIn(Object.values(ScannerVerdict), { each: true })
  verdict?: ScannerVerdict[] | null;
}
