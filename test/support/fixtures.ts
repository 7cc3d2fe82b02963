import { dataOf, type Api } from './api';
import { addDays } from '../../server/shared/dates';
import { graphql } from './generated';
import type { CreateDeploymentInput } from './generated/graphql';

export const courtName = (county: string) => `Superior Court of California, County of ${county}`;

const ORGANIZATIONS_OF = graphql(`query OrganizationsOf($county: String) { organizations(first: 10, filter: { county: $county }) { nodes { id kind name } } }`);

/** Ids of a county's court and sheriff's office. */
export async function organizationsOf(api: Api, county: string) {
  const nodes = dataOf(await api.gql(ORGANIZATIONS_OF, { county })).organizations.nodes;
  return { courtId: nodes.find((n) => n.kind === 'COURT')!.id, sheriffId: nodes.find((n) => n.kind === 'LEA')!.id };
}

// What tests read of a deployment; documents spread it by name.
graphql(`fragment DeploymentFields on Deployment {
  id version phase status targetGoLive phaseEnteredOn
  court { name county ccporProfile }
  participatingLeas { name }
  health { status daysToGoLive reasons { code count message } }
  phasesWithShortWindows
  tasksPastDueAtCreation { number }
  tasks { id number key title phase status dueDate pinned pastDueAtCreation offsetDays version evidence completedOn }
  dependencies { id kind status dueDate waitingOn daysWaiting note version }
}`);

const CREATE_DEPLOYMENT = graphql(`mutation CreateDeploymentFixture($input: CreateDeploymentInput!) { createDeployment(input: $input) { ...DeploymentFields } }`);

/** Creates a deployment for a county's court, go-live `goLiveIn` days after the API clock's today. */
export async function createDeployment(api: Api, county: string, goLiveIn: number, extra: Partial<CreateDeploymentInput> = {}) {
  const { courtId, sheriffId } = await organizationsOf(api, county);
  const today = api.clock.now().toISOString().slice(0, 10);
  return dataOf(await api.gql(CREATE_DEPLOYMENT, { input: { courtId, leaIds: [sheriffId], targetGoLive: addDays(today, goLiveIn), ...extra } })).createDeployment;
}

export type CreatedDeployment = Awaited<ReturnType<typeof createDeployment>>;

const VERSIONS_OF = graphql(`query VersionsOf($id: ID!) { deployment(id: $id) { id version tasks { id version } dependencies { id version } } }`);

/**
 * The current version of a deployment and of each of its tasks and dependencies, by id: every
 * update names the version it is based on (docs/sync.md#versions-and-conflicts).
 */
export async function versionsOf(api: Api, deploymentId: string): Promise<Map<string, number>> {
  const d = dataOf(await api.gql(VERSIONS_OF, { id: deploymentId })).deployment!;
  return new Map([[d.id, d.version], ...[...d.tasks, ...d.dependencies].map((r): [string, number] => [r.id, r.version])]);
}

/** The current version of one record of a deployment (the deployment itself, a task or a dependency). */
export const versionOf = async (api: Api, deploymentId: string, id: string) => (await versionsOf(api, deploymentId)).get(id)!;
