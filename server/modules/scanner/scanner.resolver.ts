import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ADMINS, ANY_ROLE, FIELD_WORK } from '../access/roles';
import { Deployment } from '../deployment/deployment.entity';
import { Location } from '../organization/organization.entity';
import { ScannerAssessment, ScannerRequirementSet, ScannerWorkstation } from './scanner.entity';
import {
  CompleteScannerAssessmentInput, PublishScannerRequirementsInput, RecordScannerWorkstationInput, ScannerInventoryFilter,
  StartScannerAssessmentInput, UpdateScannerAssessmentInput, UpdateScannerWorkstationInput,
} from './scanner.inputs';
import * as scanners from './scanner.service';
import { ScannerInventoryRow, ScannerSummary } from './scanner.types';

@Resolver(() => ScannerAssessment)
export class ScannerAssessmentResolver {
  @Authorized(ANY_ROLE)
  @Query(() => ScannerRequirementSet, { description: 'A version of the scanner requirements: the latest published, or the version asked for.' })
  scannerRequirements(
    @Arg('version', () => Int, { nullable: true, description: 'Version number; omit for the latest.' }) version: number | null,
    @Ctx() ctx: Context,
  ) {
    return scanners.latestRequirements(ctx.db.manager, version);
  }

  @Authorized(ANY_ROLE)
  @Query(() => ScannerAssessment, { description: 'One scanner assessment; NOT_FOUND if there is none with this id.' })
  scannerAssessment(@Arg('id', () => ID, { description: 'Assessment id.' }) id: string, @Ctx() ctx: Context) {
    return scanners.getScannerAssessment(ctx, id);
  }

  @Authorized(ANY_ROLE)
  @Query(() => [ScannerInventoryRow], { description: 'Assessed workstations across deployments, counted by make, model and verdict.' })
  scannerInventory(
    @Arg('filter', () => ScannerInventoryFilter, { nullable: true, description: 'Filters; all given must match.' }) filter: ScannerInventoryFilter | null,
    @Ctx() ctx: Context,
  ) {
    return scanners.scannerInventory(ctx, filter);
  }

  @Authorized(ADMINS)
  @Mutation(() => ScannerRequirementSet, { description: 'Publishes a new version of the scanner requirements and re-evaluates the verdicts of every deployment not yet live.' })
  publishScannerRequirements(@Arg('input', () => PublishScannerRequirementsInput, { description: 'The requirements.' }) input: PublishScannerRequirementsInput, @Ctx() ctx: Context) {
    return scanners.publishScannerRequirements(ctx, input);
  }

  @Authorized(FIELD_WORK)
  @Mutation(() => ScannerAssessment, { description: 'Starts the scanner assessment of one location of a deployment’s court.' })
  startScannerAssessment(@Arg('input', () => StartScannerAssessmentInput, { description: 'The assessment.' }) input: StartScannerAssessmentInput, @Ctx() ctx: Context) {
    return scanners.startScannerAssessment(ctx, input);
  }

  @Authorized(FIELD_WORK)
  @Mutation(() => ScannerAssessment, { description: 'Changes an assessment’s date or notes.' })
  updateScannerAssessment(@Arg('input', () => UpdateScannerAssessmentInput, { description: 'The changes.' }) input: UpdateScannerAssessmentInput, @Ctx() ctx: Context) {
    return scanners.updateScannerAssessment(ctx, input);
  }

  @Authorized(FIELD_WORK)
  @Mutation(() => ScannerAssessment, { description: 'Completes an assessment; the last of a deployment completes its scanner assessment task (obeying prerequisites).' })
  completeScannerAssessment(@Arg('input', () => CompleteScannerAssessmentInput, { description: 'The assessment.' }) input: CompleteScannerAssessmentInput, @Ctx() ctx: Context) {
    return scanners.completeScannerAssessment(ctx, input);
  }

  @Authorized(FIELD_WORK)
  @Mutation(() => ScannerWorkstation, { description: 'Records a workstation and its scanner; its verdict is computed against the latest requirements.' })
  recordScannerWorkstation(@Arg('input', () => RecordScannerWorkstationInput, { description: 'The workstation.' }) input: RecordScannerWorkstationInput, @Ctx() ctx: Context) {
    return scanners.recordScannerWorkstation(ctx, input);
  }

  @Authorized(FIELD_WORK)
  @Mutation(() => ScannerWorkstation, { description: 'Changes a workstation’s recorded facts and re-computes its verdict.' })
  updateScannerWorkstation(@Arg('input', () => UpdateScannerWorkstationInput, { description: 'The changes.' }) input: UpdateScannerWorkstationInput, @Ctx() ctx: Context) {
    return scanners.updateScannerWorkstation(ctx, input);
  }

  @FieldResolver(() => [ScannerWorkstation], { description: 'The workstations assessed, by label.' })
  workstations(@Root() a: ScannerAssessment, @Ctx() ctx: Context) {
    return ctx.loaders.workstationsOfAssessment.load(a.id);
  }

  @FieldResolver(() => Location, { description: 'The court location assessed.' })
  async location(@Root() a: ScannerAssessment, @Ctx() ctx: Context) {
    return (await ctx.loaders.location.load(a.locationId))!;
  }
}

@Resolver(() => Deployment)
export class DeploymentScannerResolver {
  @FieldResolver(() => [ScannerAssessment], { description: 'Scanner assessments of the court’s locations, by date.' })
  scannerAssessments(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.scannerAssessmentsOfDeployment.load(d.id);
  }

  @FieldResolver(() => ScannerSummary, { description: 'How the assessed workstations stand: assessed, meeting, to configure, to replace.' })
  scannerSummary(@Root() d: Deployment, @Ctx() ctx: Context) {
    return ctx.loaders.scannerSummary.load(d.id);
  }
}
