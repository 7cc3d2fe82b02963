import type { ReactNode } from 'react';
import { PhaseHealthFields } from './phase-health-fields.component';
import { useDeploymentFilter } from './useDeploymentFilter';

/** The phase and health fields over a list of deployments, then the page's own (`children`), then a way to clear them all. */
export function DeploymentFilterForm({ label, children }: { label: string; children?: ReactNode }) {
  const { filter, phase, health, setParam, clear } = useDeploymentFilter();
  return (
    <form className="filters" aria-label={label} onSubmit={(event) => event.preventDefault()}>
      <PhaseHealthFields phase={phase} health={health} onChange={setParam} />
      {children}
      {filter && (
        <button type="button" className="button button--secondary" onClick={clear}>
          Clear filters
        </button>
      )}
    </form>
  );
}
