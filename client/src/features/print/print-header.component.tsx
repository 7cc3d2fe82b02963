import { Link } from 'react-router';
import { formatDate } from '../../app/local-date.utils';
import type { PrintDeploymentHeaderFragment } from '../../graphql/generated/graphql';
import { printedDateTime } from './printed-date-time';
import { DEPLOYMENT_STATUS_LABELS, PHASE_LABELS } from '../../../../rules/labels';

/** A CSS string literal of any text (a court's name may hold quotes or backslashes). */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/\s+/g, ' ')}"`;

/** Title, deployment facts and (on screen only) the print button of a printable record. */
export function PrintHeader({ title, deployment }: { title: string; deployment: PrintDeploymentHeaderFragment }) {
  const printed = printedDateTime(new Date().toISOString());
  // The running header of every sheet comes from the page's own print CSS (@page margin boxes), so
  // any browser's print prints it; print.css numbers the pages.
  const runningHeader = `@media print { @page { @top-left { content: ${cssString(`${deployment.court.name} · ${title}`)}; } @top-right { content: ${cssString(`Printed ${printed}`)}; } } }`;
  return (
    <>
      <title>{`${title} – ${deployment.court.name} – CCPOR Deploy`}</title>
      <style>{runningHeader}</style>
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
        Printed {printed}
      </p>
    </>
  );
}
