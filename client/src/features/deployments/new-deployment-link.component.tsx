import { Link } from 'react-router';
import { useMe } from '../session/useMe';
import { isPlanner } from '../../../../rules/roles';

/** "New deployment", for the people who create them. */
export function NewDeploymentLink() {
  const { me } = useMe({ cacheOnly: true });
  if (!me || !isPlanner(me.role)) return null;
  return (
    <p className="button-row button-row--start">
      <Link className="button" to="/deployments/new">
        New deployment
      </Link>
    </p>
  );
}
