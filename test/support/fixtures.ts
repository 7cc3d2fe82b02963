import type { Api } from './api';
import { addDays } from '../../server/shared/dates';

export const courtName = (county: string) => `Superior Court of California, County of ${county}`;

/** Ids of a county's court and sheriff's office. */
export async function organizationsOf(api: Api, county: string) {
  const res = await api.gql<{ organizations: { nodes: { id: string; kind: string; name: string }[] } }>(
    `query($county: String) { organizations(first: 10, filter: { county: $county }) { nodes { id kind name } } }`, { county });
  const nodes = res.data!.organizations.nodes;
  return { courtId: nodes.find((n) => n.kind === 'COURT')!.id, sheriffId: nodes.find((n) => n.kind === 'LEA')!.id };
}

export const DEPLOYMENT_FIELDS = `
  id version phase status targetGoLive phaseEnteredOn
  court { name county ccporProfile }
  participatingLeas { name }
  health { status daysToGoLive reasons { code count message } }
  phasesWithShortWindows
  tasksPastDueAtCreation { number }
  tasks { id number key title phase status dueDate pinned pastDueAtCreation offsetDays version evidence completedOn }
  dependencies { id kind status dueDate waitingOn daysWaiting note version }`;

/** Creates a deployment for a county's court, go-live `goLiveIn` days after the API clock's today. */
export async function createDeployment(api: Api, county: string, goLiveIn: number, extra: Record<string, unknown> = {}) {
  const { courtId, sheriffId } = await organizationsOf(api, county);
  const today = api.clock.now().toISOString().slice(0, 10);
  const res = await api.gql(`mutation($input: CreateDeploymentInput!) { createDeployment(input: $input) { ${DEPLOYMENT_FIELDS} } }`, {
    input: { courtId, leaIds: [sheriffId], targetGoLive: addDays(today, goLiveIn), ...extra },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.createDeployment;
}
