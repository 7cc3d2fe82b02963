import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PageArgs } from '../../graphql/pagination';
import { ANY_ROLE } from '../access/roles';
import { ReportFilter } from './report.filter';
import * as reports from './report.service';
import { ScannerInventoryRow } from '../scanner/scanner.types';
import {
  CatCaseRateConnection, CatRunRateConnection, DefectAgeRow, GoLiveAtRiskConnection, DeploymentTimelineConnection, DependencyStatusRow, DeploymentCountRow, GoLiveMonthRow, OverdueTaskRow,
  ReadinessBlockerConnection, WaitingDependencyConnection,
} from './report.types';

const FILTER = { nullable: true, description: 'The deployments to report on; all given filters must match.' } as const;

// Each query has a CSV twin at /reports/<name>.csv (named in its description) with the same rows.
@Resolver()
export class ReportResolver {
  @Authorized(ANY_ROLE)
  @Query(() => [DeploymentCountRow], { description: 'Deployments counted by phase, status and health. CSV: /reports/deployment-counts.csv.' })
  deploymentCountsReport(@Arg('filter', () => ReportFilter, FILTER) filter: ReportFilter | null, @Ctx() ctx: Context) {
    return reports.reportRows(ctx, 'deployment-counts', filter);
  }

  @Authorized(ANY_ROLE)
  @Query(() => [GoLiveMonthRow], { description: 'Go-lives per month, planned (target date) and actual. CSV: /reports/go-lives-by-month.csv.' })
  goLivesByMonthReport(@Arg('filter', () => ReportFilter, FILTER) filter: ReportFilter | null, @Ctx() ctx: Context) {
    return reports.reportRows(ctx, 'go-lives-by-month', filter);
  }

  @Authorized(ANY_ROLE)
  @Query(() => DeploymentTimelineConnection, { description: 'Every deployment from the start of its schedule to go-live, with planned phase windows and late work, by target go-live. CSV: /reports/deployment-timeline.csv.' })
  deploymentTimelineReport(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ReportFilter, FILTER) filter: ReportFilter | null,
    @Ctx() ctx: Context,
  ) {
    return reports.reportPage(ctx, 'deployment-timeline', filter, page);
  }

  @Authorized(ANY_ROLE)
  @Query(() => [OverdueTaskRow], { description: 'Open tasks past due, by owning party and phase, most first. CSV: /reports/overdue-tasks.csv.' })
  overdueTasksReport(@Arg('filter', () => ReportFilter, FILTER) filter: ReportFilter | null, @Ctx() ctx: Context) {
    return reports.reportRows(ctx, 'overdue-tasks', filter);
  }

  @Authorized(ANY_ROLE)
  @Query(() => [DependencyStatusRow], { description: 'Dependencies by kind, status and party waited on, with the longest wait. CSV: /reports/dependency-status.csv.' })
  dependencyStatusReport(@Arg('filter', () => ReportFilter, FILTER) filter: ReportFilter | null, @Ctx() ctx: Context) {
    return reports.reportRows(ctx, 'dependency-status', filter);
  }

  @Authorized(ANY_ROLE)
  @Query(() => WaitingDependencyConnection, { description: 'Dependencies waiting on a party (e.g. DOJ for CLETS/CARPOS, CCTC for connectivity), longest wait first. CSV: /reports/waiting-dependencies.csv.' })
  waitingDependenciesReport(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ReportFilter, FILTER) filter: ReportFilter | null,
    @Ctx() ctx: Context,
  ) {
    return reports.reportPage(ctx, 'waiting-dependencies', filter, page);
  }

  @Authorized(ANY_ROLE)
  @Query(() => CatRunRateConnection, { description: 'CAT runs with case counts by latest attempt and pass rate, by court. CSV: /reports/cat-run-rates.csv.' })
  catRunRatesReport(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ReportFilter, FILTER) filter: ReportFilter | null,
    @Ctx() ctx: Context,
  ) {
    return reports.reportPage(ctx, 'cat-run-rates', filter, page);
  }

  @Authorized(ANY_ROLE)
  @Query(() => CatCaseRateConnection, { description: 'CAT cases across the runs of the deployments, most failed first. CSV: /reports/cat-case-rates.csv.' })
  catCaseRatesReport(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ReportFilter, FILTER) filter: ReportFilter | null,
    @Ctx() ctx: Context,
  ) {
    return reports.reportPage(ctx, 'cat-case-rates', filter, page);
  }

  @Authorized(ANY_ROLE)
  @Query(() => [DefectAgeRow], { description: 'Defects by severity and status, with their ages. CSV: /reports/defects.csv.' })
  defectsReport(@Arg('filter', () => ReportFilter, FILTER) filter: ReportFilter | null, @Ctx() ctx: Context) {
    return reports.reportRows(ctx, 'defects', filter);
  }

  @Authorized(ANY_ROLE)
  @Query(() => [ScannerInventoryRow], { description: 'Assessed workstations by make, model and verdict. CSV: /reports/scanner-inventory.csv.' })
  scannerInventoryReport(@Arg('filter', () => ReportFilter, FILTER) filter: ReportFilter | null, @Ctx() ctx: Context) {
    return reports.reportRows(ctx, 'scanner-inventory', filter);
  }

  @Authorized(ANY_ROLE)
  @Query(() => ReadinessBlockerConnection, { description: 'Go-live blockers of every deployment, by target go-live (the same as each deployment’s readiness). CSV: /reports/readiness-blockers.csv.' })
  readinessBlockersReport(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ReportFilter, FILTER) filter: ReportFilter | null,
    @Ctx() ctx: Context,
  ) {
    return reports.reportPage(ctx, 'readiness-blockers', filter, page);
  }

  @Authorized(ANY_ROLE)
  @Query(() => GoLiveAtRiskConnection, { description: 'Open deployments whose go-live is at risk (projected readiness after the target go-live), most days late first. CSV: /reports/go-lives-at-risk.csv.' })
  goLivesAtRiskReport(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ReportFilter, FILTER) filter: ReportFilter | null,
    @Ctx() ctx: Context,
  ) {
    return reports.reportPage(ctx, 'go-lives-at-risk', filter, page);
  }
}
