import { useId } from 'react';
import type { HealthStatus, Phase } from '../../graphql/generated/graphql';
import { HEALTH_LABELS, PHASE_LABELS } from '../../../../rules/labels';
import { HEALTH_STATUSES, PHASES } from '../../../../rules/statuses';

interface PhaseHealthFieldsProps {
  phase?: Phase;
  health?: HealthStatus;
  /** Called with the filter's name and its new value ('' for any). */
  onChange(name: 'phase' | 'health', value: string): void;
}

/** The phase and health choices every list of deployments filters by. */
export function PhaseHealthFields({ phase, health, onChange }: PhaseHealthFieldsProps) {
  const phaseId = useId();
  const healthId = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={phaseId}>Phase</label>
        <select id={phaseId} value={phase ?? ''} onChange={(event) => onChange('phase', event.target.value)}>
          <option value="">All phases</option>
          {PHASES.map((value) => (
            <option key={value} value={value}>
              {PHASE_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={healthId}>Health</label>
        <select id={healthId} value={health ?? ''} onChange={(event) => onChange('health', event.target.value)}>
          <option value="">Any health</option>
          {HEALTH_STATUSES.map((value) => (
            <option key={value} value={value}>
              {HEALTH_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
