import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { deploymentFilterOf, deploymentOrderOf } from './deployment-filter.url';

// Filters live in the URL so a filtered list can be bookmarked, shared and restored with Back, and so
// the portfolio's figures and CSV downloads can name the deployments behind them (any DeploymentFilter field).

/**
 * The parameters last asked for, and those they were made from. React Router's functional update
 * hands over the parameters of the last render, so a second field changed before the page renders
 * again (two selects in a row, each in its own component) would drop the first change: each change
 * builds on the last one asked for while the URL has not moved since it was asked (compared as text:
 * each component's hook has parameters of its own).
 */
let asked: { from: string; next: URLSearchParams } | null = null;

/** The deployments filter of the page's URL, and the setters of its fields. */
export function useDeploymentFilter() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = useMemo(() => deploymentFilterOf(searchParams), [searchParams]);
  return {
    filter,
    /** The order asked for (`?sort=`), or undefined for soonest go-live first. */
    order: deploymentOrderOf(searchParams),
    // The fields choose one phase, one health and one readiness; several (from a link) are not a choice of theirs.
    phase: filter?.phase?.length === 1 ? filter.phase[0] : undefined,
    health: filter?.health?.length === 1 ? filter.health[0] : undefined,
    readiness: filter?.readiness?.length === 1 ? filter.readiness[0] : undefined,
    /** A parameter as typed, valid or not, so that a field shows what the user typed. */
    param: (name: string) => searchParams.get(name),
    /** Sets one parameter ('' removes it) in place, so Back leaves the page instead of undoing a keystroke. */
    setParam: (name: string, value: string) => {
      const next = new URLSearchParams(asked?.from === searchParams.toString() ? asked.next : searchParams);
      if (value) next.set(name, value);
      else next.delete(name);
      asked = { from: searchParams.toString(), next };
      setSearchParams(next, { replace: true });
    },
    clear: () => setSearchParams({}, { replace: true }),
  };
}
