import type { CcporProfile } from '../../graphql/generated/graphql';
import { useOutboxWrite } from '../../offline/useOutboxWrite';
import type { Deployment } from './deployment-timeline.page';
import { WriteOutcome } from './write-outcome.component';
import { CCPOR_PROFILE_LABELS } from '../../../../rules/labels';

const PROFILES = Object.keys(CCPOR_PROFILE_LABELS) as CcporProfile[];

/** The court's CCPOR profile, which a planner may change at any time (docs/domain.md#court-profiles). */
export function CourtProfile({ deployment }: { deployment: Deployment }) {
  const set = useOutboxWrite('SetCourtProfile');
  const { court } = deployment;
  const other = PROFILES.find((p) => p !== court.ccporProfile)!;
  return (
    <div className="court-profile">
      <h3>Court profile</h3>
      <p>
        {court.ccporProfile ? CCPOR_PROFILE_LABELS[court.ccporProfile] : 'Not set'}. Changing it updates the CLETS/CARPOS
        dependency and the CARPOS cases of unfinished test runs of this court&apos;s deployments not yet live.
      </p>
      <button
        type="button"
        className="button button--secondary"
        disabled={set.sending}
        onClick={() => void set.send({ courtId: court.id, profile: other }, { baseVersion: court.version })}
      >
        Change to {CCPOR_PROFILE_LABELS[other].toLowerCase()}
      </button>
      <WriteOutcome outcome={set.outcome} />
    </div>
  );
}
