import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/pagination';
import { DefectSeverity, DefectStatus } from '../defect/defect.entity';
import { DependencyKind, DependencyStatus } from '../dependency/dependency.entity';
import { DeploymentStatus } from '../deployment/deployment.entity';
import { HealthStatus } from '../deployment/health';
import { Party, Phase } from '../lifecycle-template/lifecycle.enums';
import { BlockerCode } from '../readiness/readiness.types';
import { Criticality } from '../test-plan/test-plan.entity';
import { TestRunPurpose, TestRunStatus } from '../test-run/test-run.entity';

// One row type per report. Field names are the CSV header names, in the same order.

@ObjectType({ description: 'How many deployments have one phase, status and health.' })
export class DeploymentCountRow {
  @Field(() => Phase, { description: 'Current phase.' }) phase!: Phase;
  @Field(() => DeploymentStatus, { description: 'Status.' }) status!: DeploymentStatus;
  @Field(() => HealthStatus, { description: 'Health as of today.' }) health!: HealthStatus;
  @Field(() => Int, { description: 'How many deployments.' }) deployments!: number;
}

@ObjectType({ description: 'Go-lives of one month: planned (target date) and actual.' })
export class GoLiveMonthRow {
  @Field(() => String, { description: 'The month, "YYYY-MM".' }) month!: string;
  @Field(() => Int, { description: 'Deployments whose target go-live falls in the month.' }) planned!: number;
  @Field(() => Int, { description: 'Deployments that went live in the month.' }) actual!: number;
}

@ObjectType({ description: 'Open tasks past their due date, for one party and phase.' })
export class OverdueTaskRow {
  @Field(() => Party, { description: 'The party that owns the tasks.' }) party!: Party;
  @Field(() => Phase, { description: 'The phase of the tasks.' }) phase!: Phase;
  @Field(() => Int, { description: 'Open tasks past due.' }) tasks!: number;
  @Field(() => Int, { description: 'Deployments with at least one of them.' }) deployments!: number;
  @Field(() => Int, { description: 'Days past due of the oldest.' }) maxDaysOverdue!: number;
}

@ObjectType({ description: 'Dependencies of one kind and status (and, while waiting, the party waited on).' })
export class DependencyStatusRow {
  @Field(() => DependencyKind, { description: 'Kind of dependency.' }) kind!: DependencyKind;
  @Field(() => DependencyStatus, { description: 'Status.' }) status!: DependencyStatus;
  @Field(() => Party, { nullable: true, description: 'The party waited on (WAITING only).' }) waitingOn!: Party | null;
  @Field(() => Int, { description: 'How many dependencies.' }) dependencies!: number;
  @Field(() => Int, { nullable: true, description: 'Days the longest of them has been waiting (WAITING only).' }) maxDaysWaiting!: number | null;
}

@ObjectType({ description: 'One deployment on the portfolio timeline: its planned phase windows, go-live and late work.' })
class DeploymentTimelineRow {
  @Field(() => ID, { description: 'The deployment.' }) deploymentId!: string;
  @Field(() => String, { description: 'The deployment’s court.' }) courtName!: string;
  @Field(() => String, { description: 'The court’s county.' }) county!: string;
  @Field(() => Int, { nullable: true, description: 'Deployment wave.' }) wave!: number | null;
  @Field(() => Phase, { description: 'Current phase.' }) phase!: Phase;
  @Field(() => DeploymentStatus, { description: 'Status.' }) status!: DeploymentStatus;
  @Field(() => HealthStatus, { description: 'Health as of today.' }) health!: HealthStatus;
  @Field(() => LocalDateResolver, { description: 'When Planning begins at the latest (90 days before the target go-live): the start of the schedule.' }) planningStarts!: string;
  @Field(() => LocalDateResolver, { description: 'When Scope begins at the latest (60 days before the target go-live).' }) scopeStarts!: string;
  @Field(() => LocalDateResolver, { description: 'When Implement begins at the latest (30 days before the target go-live).' }) implementStarts!: string;
  @Field(() => LocalDateResolver, { description: 'Target go-live (day 0).' }) targetGoLive!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'When the court went live.' }) actualGoLive!: string | null;
  @Field(() => Int, { description: 'Days from today to the target go-live (negative once it has passed).' }) daysToGoLive!: number;
  @Field(() => Int, { description: 'Open tasks past their due date.' }) overdueTasks!: number;
  @Field(() => Int, { description: 'Open dependencies past their due date.' }) overdueDependencies!: number;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Due date of the oldest overdue task or dependency.' }) oldestOverdue!: string | null;
}

@ObjectType({ description: 'One dependency waiting on a party, with how long it has waited.' })
class WaitingDependencyRow {
  @Field(() => ID, { description: 'The dependency.' }) dependencyId!: string;
  @Field(() => ID, { description: 'Its deployment.' }) deploymentId!: string;
  @Field(() => String, { description: 'The deployment’s court.' }) courtName!: string;
  @Field(() => String, { description: 'The court’s county.' }) county!: string;
  @Field(() => DependencyKind, { description: 'Kind of dependency.' }) kind!: DependencyKind;
  @Field(() => Party, { description: 'The party waited on.' }) waitingOn!: Party;
  @Field(() => LocalDateResolver, { description: 'Waiting since.' }) waitingSince!: string;
  @Field(() => Int, { description: 'Days waiting, as of today.' }) daysWaiting!: number;
  @Field(() => LocalDateResolver, { description: 'When it is due.' }) dueDate!: string;
}

@ObjectType({ description: 'Case results of one CAT run: counts by each case’s latest attempt, and the pass rate.' })
class CatRunRateRow {
  @Field(() => ID, { description: 'The run.' }) runId!: string;
  @Field(() => ID, { description: 'Its deployment.' }) deploymentId!: string;
  @Field(() => String, { description: 'The deployment’s court.' }) courtName!: string;
  @Field(() => String, { description: 'The court’s county.' }) county!: string;
  @Field(() => TestRunPurpose, { description: 'REHEARSAL or ACCEPTANCE.' }) purpose!: TestRunPurpose;
  @Field(() => TestRunStatus, { description: 'The run’s computed status.' }) status!: TestRunStatus;
  @Field(() => Int, { description: 'Cases in the run.' }) total!: number;
  @Field(() => Int, { description: 'Cases PASSED.' }) passed!: number;
  @Field(() => Int, { description: 'Cases FAILED.' }) failed!: number;
  @Field(() => Int, { description: 'Cases BLOCKED.' }) blocked!: number;
  @Field(() => Int, { description: 'Cases to RETEST.' }) retest!: number;
  @Field(() => Int, { description: 'Cases UNTESTED.' }) untested!: number;
  @Field(() => Int, { description: 'Cases NOT_APPLICABLE (not counted in the rate).' }) notApplicable!: number;
  @Field(() => Float, { nullable: true, description: 'Percent of applicable cases PASSED, one decimal; null when none applies.' }) passPercent!: number | null;
}

@ObjectType({ description: 'One CAT case across the runs of the deployments: how its latest attempts stand.' })
class CatCaseRateRow {
  @Field(() => String, { description: 'Case key, stable across plan versions.' }) caseKey!: string;
  @Field(() => String, { description: 'Case title (of the latest plan version holding it).' }) title!: string;
  @Field(() => Criticality, { description: 'Criticality.' }) criticality!: Criticality;
  @Field(() => Int, { description: 'Runs holding the case.' }) runs!: number;
  @Field(() => Int, { description: 'Runs in which it PASSED.' }) passed!: number;
  @Field(() => Int, { description: 'Runs in which it FAILED.' }) failed!: number;
  @Field(() => Int, { description: 'Runs in which it was BLOCKED.' }) blocked!: number;
  @Field(() => Int, { description: 'Runs in which it is UNTESTED or to RETEST.' }) open!: number;
  @Field(() => Int, { description: 'Runs in which it is NOT_APPLICABLE.' }) notApplicable!: number;
  @Field(() => Float, { nullable: true, description: 'Percent of applicable runs in which it PASSED, one decimal; null when none applies.' }) passPercent!: number | null;
}

@ObjectType({ description: 'Defects of one severity and status, by age (days since raised, UTC dates).' })
export class DefectAgeRow {
  @Field(() => DefectSeverity, { description: 'Severity.' }) severity!: DefectSeverity;
  @Field(() => DefectStatus, { description: 'Status.' }) status!: DefectStatus;
  @Field(() => Int, { description: 'How many defects.' }) defects!: number;
  @Field(() => Int, { description: 'Raised 0 to 7 days ago.' }) ageUpTo7Days!: number;
  @Field(() => Int, { description: 'Raised 8 to 30 days ago.' }) age8To30Days!: number;
  @Field(() => Int, { description: 'Raised more than 30 days ago.' }) ageOver30Days!: number;
  @Field(() => Int, { description: 'Days since the oldest was raised.' }) maxAgeDays!: number;
}

@ObjectType({ description: 'One thing blocking a deployment’s go-live (the same blockers as its readiness).' })
class ReadinessBlockerRow {
  @Field(() => ID, { description: 'The deployment.' }) deploymentId!: string;
  @Field(() => String, { description: 'The deployment’s court.' }) courtName!: string;
  @Field(() => String, { description: 'The court’s county.' }) county!: string;
  @Field(() => LocalDateResolver, { description: 'Target go-live.' }) targetGoLive!: string;
  @Field(() => BlockerCode, { description: 'Kind of blocker.' }) code!: BlockerCode;
  @Field(() => String, { description: 'What blocks, in words.' }) what!: string;
  @Field(() => String, { description: 'Why it blocks, in words.' }) why!: string;
  @Field(() => String, { description: 'Type of the record to act on.' }) recordType!: string;
  @Field(() => ID, { description: 'Id of the record to act on.' }) recordId!: string;
  @Field(() => Party, { description: 'The party that owns the next step.' }) party!: Party;
  @Field(() => Int, { description: 'Days open.' }) daysOpen!: number;
}

@ObjectType({ description: 'An open deployment whose go-live is at risk: its projected readiness lands after the target go-live.' })
class GoLiveAtRiskRow {
  @Field(() => ID, { description: 'The deployment.' }) deploymentId!: string;
  @Field(() => String, { description: 'The deployment’s court.' }) courtName!: string;
  @Field(() => String, { description: 'The court’s county.' }) county!: string;
  @Field(() => LocalDateResolver, { description: 'Target go-live.' }) targetGoLive!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Projected readiness date; null while a wait on a party with too few past waits is not projected.' }) projectedReadyOn!: string | null;
  @Field(() => Int, { description: 'Days the projection lands after go-live.' }) daysLate!: number;
  @Field(() => Party, { nullable: true, description: 'The party of the first reason that names one.' }) party!: Party | null;
  @Field(() => Int, { nullable: true, description: 'That party’s median completed wait, in days.' }) medianDays!: number | null;
  @Field(() => Int, { nullable: true, description: 'Completed waits of that party the median is taken over.' }) sampleSize!: number | null;
  @Field(() => String, { description: 'Every reason in words, latest first.' }) reasons!: string;
}

export const GoLiveAtRiskConnection = Connection(GoLiveAtRiskRow, 'A page of deployments whose go-live is at risk, most days late first.');
export const DeploymentTimelineConnection = Connection(DeploymentTimelineRow, 'A page of the portfolio timeline, by target go-live.');
export const WaitingDependencyConnection = Connection(WaitingDependencyRow, 'A page of waiting dependencies, longest wait first.');
export const CatRunRateConnection = Connection(CatRunRateRow, 'A page of CAT runs with their pass rates, by court.');
export const CatCaseRateConnection = Connection(CatCaseRateRow, 'A page of CAT cases, most failed first.');
export const ReadinessBlockerConnection = Connection(ReadinessBlockerRow, 'A page of go-live blockers, by target go-live.');
