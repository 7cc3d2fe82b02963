import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { today, type Clock } from '../../shared/clock';
import type { Party } from '../../../rules/enums';
import type { Deployment } from './deployment.entity';
import { GoLiveProjectionResult, loadGoLiveProjections, partyTurnarounds, PartyTurnaround } from './go-live-projection';

/**
 * The go-live projections of the deployments a request reads: the parties' turnarounds once per
 * request, then one batch of statements per page of deployments (docs/domain.md#go-live-projection).
 */
export function createGoLiveProjectionLoaders(db: DataSource, clock: Clock) {
  let turnarounds: Promise<(party: Party) => PartyTurnaround> | null = null;
  const partyTurnaround = () => (turnarounds ??= partyTurnarounds(db));
  return {
    partyTurnaround,
    goLiveProjection: new DataLoader<Deployment, GoLiveProjectionResult | null, string>(
      async (deployments) => loadGoLiveProjections(db, deployments, today(clock), await partyTurnaround()),
      { cacheKeyFn: (d) => d.id },
    ),
  };
}
