import { formatDate } from '../../app/local-date.utils';
import type { Deployment } from './deployment-timeline.page';
import { GO_LIVE_AT_RISK_LABEL } from '../../../../rules/labels';

type Projection = NonNullable<NonNullable<Deployment>['goLiveProjection']>;

/**
 * When the deployment is projected to be ready, from each party's past waits and the open tasks
 * (docs/domain.md#go-live-projection), and why go-live is at risk, in words.
 */
export function GoLiveProjectionPanel({ projection }: { projection: Projection | null }) {
  if (!projection) return null;
  const { atRisk, projectedReadyOn, daysLate, reasons } = projection;
  const late = reasons.filter((reason) => reason.kind !== 'TOO_FEW_WAITS');
  const unprojected = reasons.filter((reason) => reason.kind === 'TOO_FEW_WAITS');
  return (
    <section
      className={`callout go-live-projection${atRisk ? ' callout--warning' : ''}`}
      aria-labelledby="go-live-projection-heading"
      data-testid="go-live-projection"
    >
      <h2 id="go-live-projection-heading">{atRisk ? GO_LIVE_AT_RISK_LABEL : 'Go-live projection'}</h2>
      <p>
        {projectedReadyOn ? (
          <>
            Projected ready on <time dateTime={projectedReadyOn}>{formatDate(projectedReadyOn)}</time>
            {atRisk && daysLate != null
              ? `, ${daysLate} ${daysLate === 1 ? 'day' : 'days'} after the target go-live.`
              : ', in time for the target go-live.'}
          </>
        ) : atRisk ? (
          'Projected after the target go-live, by at least what is listed below.'
        ) : (
          'Not projected yet: a wait below is on a party with too few past waits.'
        )}
      </p>
      {late.length > 0 && (
        <ul>
          {late.map((reason) => (
            <li key={reason.message}>{reason.message}</li>
          ))}
        </ul>
      )}
      {unprojected.length > 0 && (
        <ul className="muted">
          {unprojected.map((reason) => (
            <li key={reason.message}>{reason.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
