import type { HealthStatus } from '../../graphql/generated/graphql';
import { HEALTH_LABELS } from '../../../../rules/labels';

// A symbol next to the colour so the status never depends on colour vision alone.
const SYMBOLS: Record<HealthStatus, string> = { ON_TRACK: '✓', AT_RISK: '!', LATE: '✕' };

export function HealthBadge({ status }: { status: HealthStatus }) {
  return (
    <span className={`badge badge--health badge--${status.toLowerCase().replaceAll('_', '-')}`}>
      <span aria-hidden="true">{SYMBOLS[status]}</span> {HEALTH_LABELS[status]}
    </span>
  );
}

/** The health badge with each reason's message; empty reasons mean on track. */
export function HealthSummary({
  health,
}: {
  health: { status: HealthStatus; reasons: ReadonlyArray<{ code: string; message: string }> };
}) {
  return (
    <div className="health-summary">
      <HealthBadge status={health.status} />
      {health.reasons.length > 0 && (
        <ul className="health-reasons" aria-label="Health reasons">
          {health.reasons.map((reason) => (
            <li key={reason.code}>{reason.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
