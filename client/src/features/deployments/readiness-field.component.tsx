import { useId } from 'react';
import type { ReadinessStatus } from '../../graphql/generated/graphql';
import { READINESS_STATUS_LABELS } from '../../../../rules/labels';
import { READINESS_STATUSES } from '../../../../rules/statuses';

interface ReadinessFieldProps {
  readiness?: ReadinessStatus;
  /** Called with the filter's name and its new value ('' for any). */
  onChange(name: 'readiness', value: string): void;
}

/** Go-live readiness (GO or NO-GO, as kept per deployment) beside the phase and health of the deployments list. */
export function ReadinessField({ readiness, onChange }: ReadinessFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Readiness</label>
      <select id={id} value={readiness ?? ''} onChange={(event) => onChange('readiness', event.target.value)}>
        <option value="">Any readiness</option>
        {READINESS_STATUSES.map((value) => (
          <option key={value} value={value}>
            {READINESS_STATUS_LABELS[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
