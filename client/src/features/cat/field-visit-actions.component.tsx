import { Link } from 'react-router';
import { useMakeAvailableOffline } from './useMakeAvailableOffline';
import './field-visit.css';

/** On a deployment's page: open the CAT runner, and load the visit's data for offline use. */
export function FieldVisitActions({ deploymentId }: { deploymentId: string }) {
  const offline = useMakeAvailableOffline(deploymentId);
  return (
    <section className="field-visit" aria-label="Field visit">
      <div className="button-row button-row--start">
        <Link className="button" to={`/deployments/${deploymentId}/cat`}>
          Court Acceptance Testing
        </Link>
        <Link className="button" to={`/deployments/${deploymentId}/scanners`}>
          Scanner assessment
        </Link>
        <button type="button" className="button button--secondary" onClick={() => void offline.run()} disabled={offline.state === 'loading'}>
          Make available offline
        </button>
      </div>
      <p className="field-visit__status" role="status" aria-live="polite">
        {offline.state === 'loading' && (
          <>
            Loading {offline.step}… ({offline.done} of {offline.total})
            <progress max={offline.total} value={offline.done} className="field-visit__progress" />
          </>
        )}
        {offline.state === 'ready' && 'Available offline: this deployment and its CAT runs open with no network.'}
        {offline.state === 'failed' && 'Could not load everything. Check the connection and try again.'}
      </p>
    </section>
  );
}
