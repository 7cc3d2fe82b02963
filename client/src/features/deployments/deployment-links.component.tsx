import { Link } from 'react-router';
import type { Role } from '../../graphql/generated/graphql';
import { doesFieldWork, isPlanner } from '../../../../rules/roles';

interface PageLink {
  path: string;
  label: string;
  roles: (role: Role) => boolean;
}

const notReporter = (role: Role) => role !== 'REPORTER';

// The other screens of a deployment (the route map), each for the roles that work in it; the
// field visit's CAT and scanner screens come with FieldVisitActions for the CCPOR team.
const LINKS: PageLink[] = [
  { path: 'cat', label: 'CAT results', roles: (role) => role === 'PARTNER_USER' },
  { path: 'questionnaires', label: 'Questionnaires', roles: notReporter },
  { path: 'sign-off', label: 'Sign-off', roles: (role) => isPlanner(role) || role === 'PARTNER_USER' },
  { path: 'defects', label: 'Defects', roles: notReporter },
  { path: 'incidents', label: 'Incidents & close-out', roles: (role) => doesFieldWork(role) || role === 'PARTNER_USER' },
  { path: 'print/cat', label: 'Printable CAT record', roles: () => true },
  { path: 'print/readiness', label: 'Printable readiness record', roles: () => true },
];

/** Links to this deployment's other screens that the signed-in role works in. */
export function DeploymentLinks({ deploymentId, role }: { deploymentId: string; role: Role }) {
  const links = LINKS.filter((link) => link.roles(role));
  return (
    <nav className="deployment-links" aria-label="Deployment screens">
      <ul>
        {links.map((link) => (
          <li key={link.path}>
            <Link to={`/deployments/${deploymentId}/${link.path}`}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
