import type { DeploymentWorkspaceQuery } from '../../graphql/generated/graphql';
import { PARTY_LABELS, READINESS_STATUS_LABELS } from '../../../../rules/labels';

type Readiness = DeploymentWorkspaceQuery['deploymentReadiness'];

/** Go-live readiness as the API computes it: GO, or NO_GO with every blocker, its party and age. */
export function ReadinessPanel({ readiness }: { readiness: Readiness }) {
  const go = readiness.status === 'GO';
  return (
    <section className="panel readiness" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">
        Readiness: <span className={go ? 'badge badge--health badge--on-track' : 'badge badge--health badge--late'}>{READINESS_STATUS_LABELS[readiness.status]}</span>
      </h2>
      {go ? (
        <p>Every readiness condition is met: the court can go live.</p>
      ) : (
        <>
          <p>
            {readiness.blockers.length} {readiness.blockers.length === 1 ? 'blocker' : 'blockers'} before go-live:
          </p>
          <ul className="readiness__blockers">
            {readiness.blockers.map((blocker) => (
              <li key={`${blocker.code}-${blocker.recordId}`}>
                <strong>{blocker.what}</strong> — {blocker.why}{' '}
                <span className="muted">
                  ({PARTY_LABELS[blocker.party]}, open {blocker.daysOpen} {blocker.daysOpen === 1 ? 'day' : 'days'})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
