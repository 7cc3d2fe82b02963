import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import type { DeploymentFilter, Role } from '../../graphql/generated/graphql';
import { DeploymentListStaffDocument } from '../../graphql/documents/deployments';
import { DEPLOYMENT_ORDER_LABELS } from '../../../../rules/labels';
import { isPlanner } from '../../../../rules/roles';
import { DEPLOYMENT_ORDERS } from '../../../../rules/statuses';

/** How long typing may pause before the list follows the search: one request per word, not per key. */
const SEARCH_SETTLES_MS = 300;

interface DeploymentFindFieldsProps {
  filter: DeploymentFilter | undefined;
  /** The search parameter as typed (the URL's), and the order asked for. */
  search: string;
  sort: string;
  role: Role | undefined;
  onChange(name: 'search' | 'sort' | 'coordinatorIds' | 'fieldStaffIds', value: string): void;
}

/** Search by name, the people a planner filters by, and the order of the deployments list. */
export function DeploymentFindFields({ filter, search, sort, role, onChange }: DeploymentFindFieldsProps) {
  const searchId = useId();
  const sortId = useId();
  const [typed, setTyped] = useState(search);
  // A link or Clear filters changes the URL: the field follows it.
  const [followed, setFollowed] = useState(search);
  if (search !== followed) {
    setFollowed(search);
    setTyped(search);
  }
  // The latest setter, so that a re-render while typing does not restart the pause.
  const change = useRef(onChange);
  useEffect(() => {
    change.current = onChange;
  });
  useEffect(() => {
    if (typed.trim() === search.trim()) return;
    const settle = setTimeout(() => change.current('search', typed.trim()), SEARCH_SETTLES_MS);
    return () => clearTimeout(settle);
  }, [typed, search]);

  return (
    <>
      <div className="field">
        <label htmlFor={searchId}>Court or agency name</label>
        <input id={searchId} type="search" className="input" value={typed} maxLength={100} onChange={(event) => setTyped(event.target.value)} />
      </div>
      {role && isPlanner(role) && <PeopleFields filter={filter} onChange={onChange} />}
      <div className="field">
        <label htmlFor={sortId}>Sort by</label>
        <select id={sortId} value={sort} onChange={(event) => onChange('sort', event.target.value === 'GO_LIVE' ? '' : event.target.value)}>
          {DEPLOYMENT_ORDERS.map((value) => (
            <option key={value} value={value}>
              {DEPLOYMENT_ORDER_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

/** The coordinator who leads a deployment and the field staff assigned to it: planners assign them, and filter by them. */
function PeopleFields({ filter, onChange }: Pick<DeploymentFindFieldsProps, 'filter' | 'onChange'>) {
  const coordinatorId = useId();
  const fieldStaffId = useId();
  const { data } = useQuery(DeploymentListStaffDocument);
  const staff = data?.assignableStaff ?? [];
  const leads = staff.filter((person) => isPlanner(person.role));
  const assessors = staff.filter((person) => person.role === 'FIELD_STAFF');
  return (
    <>
      <div className="field">
        <label htmlFor={coordinatorId}>Coordinator</label>
        <select id={coordinatorId} value={filter?.coordinatorIds?.length === 1 ? filter.coordinatorIds[0] : ''} onChange={(event) => onChange('coordinatorIds', event.target.value)}>
          <option value="">Anyone</option>
          {leads.map((person) => (
            <option key={person.id} value={person.id}>
              {person.displayName}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={fieldStaffId}>Field staff</label>
        <select id={fieldStaffId} value={filter?.fieldStaffIds?.length === 1 ? filter.fieldStaffIds[0] : ''} onChange={(event) => onChange('fieldStaffIds', event.target.value)}>
          <option value="">Anyone</option>
          {assessors.map((person) => (
            <option key={person.id} value={person.id}>
              {person.displayName}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
