import { Link } from 'react-router';
import { formatDate } from '../../app/local-date.utils';
import type { PrintDeploymentHeaderFragment } from '../../graphql/generated/graphql';
import { printedDateTime } from './printed-date-time';
import { DEPLOYMENT_STATUS_LABELS, PHASE_LABELS } from '../../../../rules/labels';

/** Title, deployment facts and (on screen only) the print button of a printable record. */
export function PrintHeader({ title, deployment }: { title: string; deployment: PrintDeploymentHeaderFragment }) {
  return (
    <>
      <title>{`${title} – ${deployment.court.name} – CCPOR Deploy`}</title>
      <div className="print-record__actions">
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
        <Link to={`/deployments/${deployment.id}`} className="button button--secondary">
          Back to the deployment
        </Link>
      </div>
      <h1>{title}</h1>
      <p className="print-record__meta">
        <strong>{deployment.court.name}</strong>
        {deployment.participatingLeas.length > 0 && <> with {deployment.participatingLeas.map((l) => l.name).join(', ')}</>}
        <br />
        {PHASE_LABELS[deployment.phase]} · {DEPLOYMENT_STATUS_LABELS[deployment.status]} · target go-live{' '}
        {formatDate(deployment.targetGoLive)}
        {deployment.actualGoLive && <> · went live {formatDate(deployment.actualGoLive)}</>}
        <br />
        Printed {printedDateTime(new Date().toISOString())}
      </p>
    </>
  );
}
