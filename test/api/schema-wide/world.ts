import { randomUUID } from 'node:crypto';
import { COUNTIES } from '../../../server/db/seed/california';
import { Role } from '../../../server/modules/user/user.entity';
import { dataOf, type Api, type Client } from '../../support/api';
import { acceptReadinessChecklist, completeTasks, holdTraining, meetDependencies, passAll, signAll, startRun } from '../../support/cat';
import { createDeployment, organizationsOf, versionOf, type CreatedDeployment } from '../../support/fixtures';
import { uploadFile } from '../../support/files';

/**
 * Two courts' worlds side by side, for tests generated from schema.graphql (operations.ts):
 * side A is Fresno's court, side B Kern's. Each side has a deployment under way, a field engineer
 * assigned to every deployment of that side only, a person of its court, and a file its meeting
 * refers to (a picture); records of other kinds are made on demand by each operation's `prepare`.
 */
export type Side = 'A' | 'B';
export const SIDES: Side[] = ['A', 'B'];

export interface SideWorld {
  county: string;
  courtId: string;
  sheriffId: string;
  /** The side's deployment under way (PLANNING, tasks 1 to 6 done). */
  deployment: CreatedDeployment;
  /** A person of the side's court. */
  partner: Client;
  /** Field staff assigned to every deployment of this side and to no other. */
  field: Client;
  /** The sha256 of a picture a meeting of the side's deployment refers to. */
  fileSha: string;
}

export interface World {
  api: Api;
  sides: Record<Side, SideWorld>;
  /** A deployment of a county not used before, assigned to the side's field staff (PLANNING, nothing done). */
  fresh(side: Side): Promise<CreatedDeployment>;
  /** A LIVE deployment of the side, made once (a county of its own) and shared by the operations that need one. */
  live(side: Side): Promise<{ id: string; courtId: string }>;
  /** A LIVE deployment made for one call (close-out consumes it). */
  freshLive(side: Side): Promise<{ id: string; courtId: string }>;
  /** A deployment made for one call whose readiness is GO (goLive consumes it). */
  ready(side: Side): Promise<{ id: string; courtId: string }>;
  /** Someone of `role` who may act on the deployment: its court's person, its assigned field staff, or the CCPOR team. */
  callerFor(role: Role, deploymentId?: string): Promise<Client>;
  /** A county not used before, for an operation that creates its deployment itself (the import). */
  county(): string;
  /** Which side a deployment belongs to. */
  sideOf(deploymentId: string): Side | undefined;
}

const READ = `query WorldDeployment($id: ID!) { deployment(id: $id) { court { id } } }`;
const ASSIGN = `mutation WorldAssign($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }`;
const MEETING = `mutation WorldMeeting($i: RecordMeetingInput!) { recordMeeting(input: $i) { id } }`;

export async function buildWorld(api: Api): Promise<World> {
  const used = new Set(['Fresno', 'Kern']);
  const counties = COUNTIES.filter((c) => !used.has(c));
  const owner = new Map<string, Side>();
  const courtOf = new Map<string, string>();
  const fieldOf: Record<Side, Client> = {
    A: await api.as(Role.FIELD_STAFF, { name: 'Schema-wide field A' }),
    B: await api.as(Role.FIELD_STAFF, { name: 'Schema-wide field B' }),
  };
  const place = async (side: Side, county: string, goLiveIn = 120) => {
    const d = await createDeployment(api, county, goLiveIn, { fieldStaffIds: [fieldOf[side].user!.id] });
    owner.set(d.id, side);
    courtOf.set(d.id, (await organizationsOf(api, county)).courtId);
    return d;
  };
  const side = async (s: Side, county: string, bytes: Buffer): Promise<SideWorld> => {
    const { courtId, sheriffId } = await organizationsOf(api, county);
    const deployment = await place(s, county);
    await completeTasks(api, deployment, 6);
    const file = await uploadFile(api, bytes, `${county} whiteboard.jpg`, 'image/jpeg');
    dataOf(await api.gql(MEETING, { i: {
      deploymentId: deployment.id, kind: 'OTHER', title: `${county} planning call`, meetingOn: api.clock.now().toISOString().slice(0, 10), held: true,
      attendees: ['Jordan Lee'], attachmentShas: [file.sha256], mutationId: randomUUID(),
    } }));
    const partner = await api.as(Role.PARTNER_USER, { organizationId: courtId, name: `Schema-wide ${county} clerk` });
    return { county, courtId, sheriffId, deployment, partner, field: fieldOf[s], fileSha: file.sha256 };
  };
  // A photo (JPEG by its first bytes): photo fields take it, and so do attachments.
  const photo = (text: string) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(text)]);
  const sides = { A: await side('A', 'Fresno', photo('side A whiteboard')), B: await side('B', 'Kern', photo('side B whiteboard')) };

  const nextCounty = () => {
    const county = counties.shift();
    if (!county) throw new Error('The schema-wide world ran out of counties: make fewer fresh deployments.');
    return county;
  };
  const ready = async (s: Side) => {
    const county = nextCounty();
    const { courtId, sheriffId } = await organizationsOf(api, county);
    const d = await place(s, county, 40);
    await completeTasks(api, d, 22);
    await meetDependencies(api, d);
    await holdTraining(api, d.id);
    await acceptReadinessChecklist(api, d.id);
    const run = await startRun(api, d.id);
    await passAll(api, run);
    await signAll(api, run.id, courtId, [sheriffId]);
    return { id: d.id, courtId };
  };
  const goLive = async (s: Side) => {
    const d = await ready(s);
    dataOf(await api.gql(`mutation WorldGoLive($i: GoLiveInput!) { goLive(input: $i) { id } }`, { i: { deploymentId: d.id, baseVersion: await versionOf(api, d.id, d.id), mutationId: randomUUID() } }));
    return d;
  };
  const lives = new Map<Side, Promise<{ id: string; courtId: string }>>();

  return {
    api,
    sides,
    fresh: (s) => place(s, nextCounty()),
    county: nextCounty,
    live: (s) => {
      if (!lives.has(s)) lives.set(s, goLive(s));
      return lives.get(s)!;
    },
    freshLive: goLive,
    ready,
    sideOf: (id) => owner.get(id),
    async callerFor(role, deploymentId) {
      if (role === Role.ADMIN) return api;
      if (role === Role.COORDINATOR || role === Role.REPORTER) return api.as(role);
      if (!deploymentId) {
        return role === Role.PARTNER_USER ? sides.A.partner : role === Role.FIELD_STAFF ? sides.A.field : api.as(role);
      }
      if (role === Role.FIELD_STAFF) {
        const s = owner.get(deploymentId);
        if (s) return fieldOf[s];
        const other = await api.as(Role.FIELD_STAFF, { name: `Field ${deploymentId.slice(0, 8)}` });
        dataOf(await api.gql(ASSIGN, { i: { deploymentId, fieldStaffIds: [other.user!.id], baseVersion: await versionOf(api, deploymentId, deploymentId), mutationId: randomUUID() } }));
        return other;
      }
      const courtId = courtOf.get(deploymentId) ?? dataOf(await api.gql(READ, { id: deploymentId })).deployment.court.id;
      const known = SIDES.find((x) => sides[x].courtId === courtId);
      if (known) return sides[known].partner;
      return api.as(Role.PARTNER_USER, { organizationId: courtId, name: `Schema-wide clerk ${courtId.slice(0, 8)}` });
    },
  };
}
