import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import type { DeploymentFilter, Role } from '../../graphql/generated/graphql';
import { DeploymentListStaffDocument } from '../../graphql/documents/deployments';
import { DEPLOYMENT_ORDER_LABELS } from '../../../../rules/labels';
import { isPlanner } from '../../../../rules/roles';
import { DEPLOYMENT_ORDERS } from '../../../../rules/statuses';
import { PersonSelect } from './person-select.component';

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
  const { data } = useQuery(DeploymentListStaffDocument);
  const staff = data?.assignableStaff ?? [];
  // One person each: several (from a link) are spelled out beside the fields instead.
  const chosen = (ids?: readonly (string | number)[] | null) => (ids?.length === 1 ? String(ids[0]) : '');
  return (
    <>
      <PersonSelect label="Coordinator" noneLabel="Anyone" people={staff.filter((person) => isPlanner(person.role))}
        value={chosen(filter?.coordinatorIds)} onChange={(id) => onChange('coordinatorIds', id)} />
      <PersonSelect label="Field staff" noneLabel="Anyone" people={staff.filter((person) => person.role === 'FIELD_STAFF')}
        value={chosen(filter?.fieldStaffIds)} onChange={(id) => onChange('fieldStaffIds', id)} />
    </>
  );
}
