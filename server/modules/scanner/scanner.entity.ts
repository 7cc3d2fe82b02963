import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { DateColumn, InstantColumn, JsonColumn } from '../../db/columns';
import { BelongsTo, CreatedAtField, IdField, LongTextField, ReferenceField, ShortTextField, UpdatedAtField, VersionField } from '../../db/record-fields';
import { Deployment } from '../deployment/deployment.entity';
import { ScannerAssessmentStatus, ScannerConnection, ScannerDriver, ScannerVerdict, TestScanOutcome } from './scanner.enums';
import type { MissedRequirement as Missed, RequirementRule } from '../../../rules/scanner';
import { MissedRequirement, ScannerRequirement } from './scanner.types';

@Entity('scanner_requirement_set')
@ObjectType({ description: 'A published version of the scanner requirements. Published versions never change.' })
export class ScannerRequirementSet {
  @IdField()
  id!: string;

  @Field(() => Int, { description: 'Version number, starting at 1.' })
  @Index({ unique: true })
  @Column({ type: 'integer' })
  version!: number;

  @Field(() => [ScannerRequirement], { description: 'The requirements, in order.' })
  @JsonColumn()
  requirements!: RequirementRule[];

  @ShortTextField('Who published the version.')
  publishedBy!: string;

  @Field(() => DateTimeResolver, { description: 'When the version was published.' })
  @InstantColumn()
  publishedAt!: Date;
}

@Entity('scanner_assessment')
@ObjectType({ description: 'The assessment of the scanners at one location of a deployment’s court, workstation by workstation.' })
export class ScannerAssessment {
  @IdField('Unique id (the device may choose it).')
  id!: string;

  @ReferenceField('The deployment.')
  deploymentId!: string;

  @BelongsTo(() => Deployment, 'deploymentId', { onDelete: 'CASCADE' })
  deployment!: Deployment;

  @Field(() => ID, { description: 'The court location (courthouse) assessed.' })
  @Column({ type: 'uuid' })
  locationId!: string;

  @Field(() => LocalDateResolver, { description: 'Date of the visit.' })
  @DateColumn()
  assessedOn!: string;

  @Field(() => ScannerAssessmentStatus, { description: 'Whether workstations are still being recorded.' })
  @Column({ type: 'varchar', length: 12 })
  status!: ScannerAssessmentStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date it was completed.' })
  @DateColumn({ nullable: true })
  completedOn!: string | null;

  @LongTextField('Notes on the location as a whole.', { nullable: true })
  notes!: string | null;

  @ShortTextField('Who started the assessment.')
  assessor!: string;

  @ShortTextField('Who last changed the assessment.', { nullable: true })
  updatedBy!: string | null;

  @CreatedAtField('When it was started.')
  createdAt!: Date;

  @UpdatedAtField()
  updatedAt!: Date;

  @VersionField()
  version!: number;
}

@Entity('scanner_workstation')
@Index(['make', 'model'])
@ObjectType({ description: 'One workstation and its scanner as found on-site, with its verdict against the scanner requirements.' })
export class ScannerWorkstation {
  @IdField('Unique id (the device may choose it).')
  id!: string;

  @ReferenceField('The assessment it belongs to.')
  assessmentId!: string;

  @BelongsTo(() => ScannerAssessment, 'assessmentId', { onDelete: 'CASCADE' })
  assessment!: ScannerAssessment;

  // Copied from the assessment so that summaries and the inventory group without a join.
  @ReferenceField('The deployment.')
  deploymentId!: string;

  @ShortTextField('Which workstation, e.g. "Family law intake 2".', { length: 100 })
  label!: string;

  @ShortTextField('Scanner make, e.g. "Fujitsu".', { length: 100 })
  make!: string;

  @ShortTextField('Scanner model, e.g. "fi-7160".', { length: 100 })
  model!: string;

  @ShortTextField('Serial number.', { length: 100, nullable: true })
  serialNumber!: string | null;

  @Field(() => ScannerConnection, { description: 'How the scanner is connected.' })
  @Column({ type: 'varchar', length: 8 })
  connection!: ScannerConnection;

  @Field(() => [ScannerDriver], { description: 'Drivers installed on the workstation.' })
  @JsonColumn()
  drivers!: ScannerDriver[];

  @Field(() => Int, { description: 'Optical resolution in dpi.' })
  @Column({ type: 'integer' })
  opticalResolutionDpi!: number;

  @Field(() => Boolean, { description: 'Scans both sides in one pass.' })
  @Column({ type: 'boolean' })
  duplex!: boolean;

  @Field(() => Boolean, { description: 'Has an automatic document feeder.' })
  @Column({ type: 'boolean' })
  automaticDocumentFeeder!: boolean;

  @Field(() => Boolean, { description: 'Scans in colour.' })
  @Column({ type: 'boolean' })
  colour!: boolean;

  @ShortTextField('The workstation’s operating system, e.g. "Windows 11 Enterprise 24H2".', { length: 100, nullable: true })
  operatingSystem!: string | null;

  @ShortTextField('The workstation’s browser, e.g. "Edge 142".', { length: 100, nullable: true })
  browser!: string | null;

  @Field(() => Boolean, { description: 'The CCPOR scan profile (300 dpi, black and white, PDF) is set.' })
  @Column({ type: 'boolean' })
  scanProfileSet!: boolean;

  @Field(() => TestScanOutcome, { description: 'Outcome of the test scan.' })
  @Column({ type: 'varchar', length: 8 })
  testScanOutcome!: TestScanOutcome;

  @Field(() => [String], { description: 'SHA-256 of each photo uploaded through POST /files.' })
  @JsonColumn()
  photoShas!: string[];

  @LongTextField('Notes.', { nullable: true })
  notes!: string | null;

  @Field(() => ScannerVerdict, { description: 'Verdict against the requirements version `requirementsVersion`.' })
  @Index()
  @Column({ type: 'varchar', length: 20 })
  verdict!: ScannerVerdict;

  @Field(() => [MissedRequirement], { description: 'Every requirement missed.' })
  @JsonColumn()
  missedRequirements!: Missed[];

  @Field(() => Int, { description: 'The scanner requirements version the verdict was computed against.' })
  @Column({ type: 'integer' })
  requirementsVersion!: number;

  @Field(() => DateTimeResolver, { description: 'When the verdict was computed.' })
  @InstantColumn()
  evaluatedAt!: Date;

  @ShortTextField('Who recorded the workstation.')
  recordedBy!: string;

  @ShortTextField('Who last changed the recorded facts.', { nullable: true })
  updatedBy!: string | null;

  @CreatedAtField('When it was recorded.')
  createdAt!: Date;

  @UpdatedAtField('When the recorded facts last changed.')
  updatedAt!: Date;

  @VersionField('Version of the recorded facts for optimistic concurrency: send it back as baseVersion.')
  version!: number;
}
