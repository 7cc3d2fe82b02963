import { formatDate, formatRelativeDays } from '../../app/local-date.utils';

interface GoLiveDates {
  targetGoLive: string;
  actualGoLive?: string | null;
  health: { daysToGoLive: number };
}

/** The target go-live, then the day it went live or the days until it: two entries of a facts list. */
export function GoLiveFacts({ deployment }: { deployment: GoLiveDates }) {
  return (
    <>
      <div>
        <dt>Target go-live</dt>
        <dd>
          <time dateTime={deployment.targetGoLive}>{formatDate(deployment.targetGoLive)}</time>
        </dd>
      </div>
      <div>
        <dt>{deployment.actualGoLive ? 'Went live' : 'Days to go-live'}</dt>
        <dd>
          {deployment.actualGoLive ? (
            <time dateTime={deployment.actualGoLive}>{formatDate(deployment.actualGoLive)}</time>
          ) : (
            formatRelativeDays(deployment.health.daysToGoLive)
          )}
        </dd>
      </div>
    </>
  );
}
