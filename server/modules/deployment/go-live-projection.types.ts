import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GoLiveRiskKind, Party } from '../../../rules/enums';
import { MIN_PAST_WAITS } from '../../../rules/go-live-projection';

export { GoLiveRiskKind };

registerEnumType(GoLiveRiskKind, {
  name: 'GoLiveRiskKind',
  description: 'What puts a go-live at risk, or keeps it from being projected.',
  valuesConfig: {
    DEPENDENCY_WAIT: { description: "An open dependency is projected to be met after go-live, from its party's median wait." },
    TOO_FEW_WAITS: { description: `A dependency waits on a party with fewer than ${MIN_PAST_WAITS} completed waits: not projected rather than guessed.` },
    TASK_CHAIN: { description: 'The chain of open tasks before go-live, in the order and gaps of the schedule, ends after go-live.' },
  },
});

@ObjectType({ description: 'One reason behind a go-live projection, in words and in figures.' })
export class GoLiveRiskReason {
  @Field(() => GoLiveRiskKind, { description: 'What kind of reason.' })
  kind!: GoLiveRiskKind;

  @Field(() => String, { description: 'The reason in words, e.g. "CA DOJ CLETS/CARPOS approval: waiting on CA DOJ for 9 days; CA DOJ’s median is 34 days over 12 past waits; 12 days left".' })
  message!: string;

  @Field(() => Party, { nullable: true, description: 'The party whose past waits the reason reads.' })
  party!: Party | null;

  @Field(() => Int, { nullable: true, description: "The party's median completed wait, in days (null when too few)." })
  medianDays!: number | null;

  @Field(() => Int, { nullable: true, description: "How many completed waits of the party the median is taken over." })
  sampleSize!: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When this item is projected to be done (after go-live for a risk).' })
  readyOn!: string | null;

  @Field(() => ID, { nullable: true, description: 'The dependency the reason is about.' })
  dependencyId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The last task of the open chain, for a TASK_CHAIN reason.' })
  taskId!: string | null;
}

@ObjectType({ description: "When an open deployment is projected to be ready, from each party's past turnaround and the remaining tasks (docs: domain, go-live projection)." })
export class GoLiveProjection {
  @Field(() => LocalDateResolver, { description: 'The target go-live the projection is measured against.' })
  targetGoLive!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: `The projected readiness date; null while a wait is on a party with fewer than ${MIN_PAST_WAITS} completed waits.` })
  projectedReadyOn!: string | null;

  @Field(() => Boolean, { description: 'Go-live at risk: what is projected lands after the target go-live.' })
  atRisk!: boolean;

  @Field(() => Int, { nullable: true, description: 'Days the projection lands after go-live, when at risk.' })
  daysLate!: number | null;

  @Field(() => [GoLiveRiskReason], { description: 'What lands after go-live, latest first, then what could not be projected.' })
  reasons!: GoLiveRiskReason[];
}
