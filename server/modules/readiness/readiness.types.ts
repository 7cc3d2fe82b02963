import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Party } from '../lifecycle-template/lifecycle.enums';
import { TestRun } from '../test-run/test-run.entity';
import { ReadinessStatus, BlockerCode } from '../../../rules/enums';

export { ReadinessStatus, BlockerCode };

registerEnumType(ReadinessStatus, {
  name: 'ReadinessStatus',
  description: 'Whether a deployment may go live.',
  valuesConfig: {
    GO: { description: 'Nothing blocks go-live.' },
    NO_GO: { description: 'At least one blocker is open; each is listed.' },
  },
});

registerEnumType(BlockerCode, {
  name: 'BlockerCode',
  description: 'What kind of thing blocks go-live.',
  valuesConfig: {
    DEPENDENCY_NOT_MET: { description: 'An applicable onboarding dependency is not MET.' },
    TRAINING_NOT_HELD: { description: 'CCPOR training has not been held.' },
    ACCOUNT_NOT_ACTIVE: { description: 'A CCPOR account request is neither ACTIVE nor REJECTED.' },
    NO_ACCEPTANCE_RUN: { description: 'No ACCEPTANCE test run has been started.' },
    ACCEPTANCE_RUN_NOT_PASSED: { description: 'The latest ACCEPTANCE run is not PASSED.' },
    DEFECT_OPEN: { description: 'A CRITICAL or MAJOR defect is neither VERIFIED nor WONT_FIX.' },
    SIGN_OFF_MISSING: { description: 'The court, a participating LEA or the CCPOR team has not signed off the latest ACCEPTANCE run.' },
    SIGN_OFF_STALE: { description: 'A sign-off of the latest ACCEPTANCE run is STALE: the party must sign again.' },
    READINESS_CHECKLIST_NOT_ACCEPTED: { description: 'The Go-Live Readiness Checklist has not been accepted.' },
  },
});

@ObjectType({ description: 'One thing that blocks go-live: what, why, the record, the party that owns it, days open.' })
export class Blocker {
  @Field(() => BlockerCode, { description: 'Machine-readable kind.' })
  code!: BlockerCode;

  @Field(() => String, { description: 'What is blocking, in words.' })
  what!: string;

  @Field(() => String, { description: 'Why it blocks, in words.' })
  why!: string;

  @Field(() => String, { description: 'Type of the record to act on, e.g. Dependency, Task, TestRun, Defect, SignOff.' })
  recordType!: string;

  @Field(() => ID, { description: 'Id of the record to act on.' })
  recordId!: string;

  @Field(() => Party, { description: 'The party that owns the next step.' })
  party!: Party;

  @Field(() => Int, { description: 'Days since the blocking record was opened (for what is missing, since the deployment or run began).' })
  daysOpen!: number;
}

@ObjectType({ description: 'Go-live readiness, computed now: GO, or NO_GO with every blocker named.' })
export class Readiness {
  @Field(() => ReadinessStatus, { description: 'GO when nothing blocks.' })
  status!: ReadinessStatus;

  @Field(() => [Blocker], { description: 'Every blocker; empty when GO.' })
  blockers!: Blocker[];

  @Field(() => LocalDateResolver, { description: 'The date (California) it was computed for.' })
  asOf!: string;

  @Field(() => TestRun, { nullable: true, description: 'The latest ACCEPTANCE run, which readiness looks at.' })
  acceptanceRun!: TestRun | null;
}
