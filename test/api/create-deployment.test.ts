import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../server/shared/dates';
import { Api, errorCode, startApi, refusedFields, errorDetails } from '../support/api';
import { createDeployment, organizationsOf } from '../support/fixtures';
import { graphql } from '../support/generated';

// The default template (docs/domain.md#default-template): task number → days from go-live.
const OFFSETS = [-90, -90, -88, -85, -80, -78, -68, -68, -62, -58, -52, -50, -45, -30, -28, -21, -21, -14, -7, -5, -5, -2, 0, 1, 30];

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const today = () => api.clock.now().toISOString().slice(0, 10);
const count = async () => (await api.gql(graphql(`query CreateDeploymentDeployments { deployments(first: 100) { totalCount } }`))).data!.deployments.totalCount;

describe('createDeployment', () => {
  it('refuses an unknown court and writes nothing', async () => {
    const before = await count();
    const res = await api.gql(`mutation { createDeployment(input: { courtId: "6f1c1f8e-7a55-4c51-9d2b-2f2b7c7e0f11", targetGoLive: "${addDays(today(), 120)}" }) { id } }`);
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(errorDetails(res)).toMatchObject({ noun: 'Organization', id: '6f1c1f8e-7a55-4c51-9d2b-2f2b7c7e0f11' });
    expect(await count()).toBe(before);
  });

  it('refuses an LEA given as the court, a court given as an LEA, and a go-live in the past', async () => {
    const { courtId, sheriffId } = await organizationsOf(api, 'Kings');
    const asCourt = await api.gql(graphql(`mutation CreateDeploymentCreateDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }`), { i: { courtId: sheriffId, targetGoLive: addDays(today(), 120) } });
    expect(errorCode(asCourt)).toBe('BAD_USER_INPUT');
    const asLea = await api.gql(graphql(`mutation CreateDeploymentCreateDeployment2($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }`), { i: { courtId, leaIds: [courtId], targetGoLive: addDays(today(), 120) } });
    expect(errorCode(asLea)).toBe('BAD_USER_INPUT');
    expect(errorDetails(asLea).fields!.map((f) => f.field)).toEqual(['leaIds']);
    const past = await api.gql(graphql(`mutation CreateDeploymentCreateDeployment3($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }`), { i: { courtId, targetGoLive: addDays(today(), -1) } });
    expect(errorCode(past)).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(0);
  });

  it('refuses impossible dates and malformed ids with BAD_USER_INPUT', async () => {
    const { courtId } = await organizationsOf(api, 'Kings');
    const impossible = await api.gql(graphql(`mutation CreateDeploymentCreateDeployment4($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }`), { i: { courtId, targetGoLive: '2027-02-30' } });
    expect(errorCode(impossible)).toBe('BAD_USER_INPUT');
    const malformed = await api.gql(graphql(`mutation CreateDeploymentCreateDeployment5($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }`), { i: { courtId: 'not-a-uuid', targetGoLive: addDays(today(), 100) } });
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
    const wave = await api.gql(graphql(`mutation CreateDeploymentCreateDeployment6($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }`), { i: { courtId, wave: 0, targetGoLive: addDays(today(), 100) } });
    expect(errorCode(wave)).toBe('BAD_USER_INPUT');
    expect(refusedFields(wave)[0]).toBe('wave');
    expect(await count()).toBe(0);
  });

  it('gives Fresno, 150 days out, every task at its offset and nothing past due', async () => {
    const d = await createDeployment(api, 'Fresno', 150);
    const goLive = addDays(today(), 150);
    expect(d.court.name).toBe('Superior Court of California, County of Fresno');
    expect(d.participatingLeas.map((l: { name: string }) => l.name)).toEqual(['Fresno County Sheriff’s Office']);
    expect(d.tasks).toHaveLength(25);
    expect(d.tasks.map((t: { dueDate: string }) => t.dueDate)).toEqual(OFFSETS.map((o) => addDays(goLive, o)));
    expect(d.tasks.every((t: { status: string; pastDueAtCreation: boolean }) => t.status === 'OPEN' && !t.pastDueAtCreation)).toBe(true);
    expect(d.tasksPastDueAtCreation).toEqual([]);
    expect(d.phasesWithShortWindows).toEqual([]);
    expect(d).toMatchObject({ phase: 'PLANNING', status: 'INTERESTED', version: 1, health: { status: 'ON_TRACK', daysToGoLive: 150, reasons: [] } });
    expect(d.dependencies).toHaveLength(7);
    expect(d.dependencies.find((x) => x.kind === 'DOJ_CLETS_CARPOS')).toMatchObject({ status: 'NOT_STARTED', dueDate: addDays(goLive, -30) });
  });

  it('refuses a second deployment of the same court', async () => {
    const { courtId } = await organizationsOf(api, 'Fresno');
    const res = await api.gql(graphql(`mutation CreateDeploymentCreateDeployment7($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }`), { i: { courtId, targetGoLive: addDays(today(), 200) } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    // The deployment there is named in words, not by its id.
    expect(res.errors![0].message).toMatch(/^Court id: Superior Court of California, County of Fresno already has a deployment \(interested, Planning, go-live \w{3}, \w{3} \d+, \d{4}\); reschedule or withdraw it instead\.$/);
    expect(await count()).toBe(1);
  });

  it('flags the Planning window too short and lists the tasks already past with go-live 75 days out', async () => {
    const d = await createDeployment(api, 'Madera', 75);
    const past = d.tasks.filter((t: { pastDueAtCreation: boolean }) => t.pastDueAtCreation).map((t: { number: number }) => t.number);
    expect(past).toEqual([1, 2, 3, 4, 5, 6]); // offsets −90…−78 are before today (−75)
    expect(d.tasksPastDueAtCreation.map((t: { number: number }) => t.number)).toEqual(past);
    expect(d.phasesWithShortWindows).toEqual(['PLANNING']);
    expect(d.health.status).toBe('LATE'); // tasks 1–4 are over 7 days past due
    expect(d.health.reasons.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(['TASKS_LATE', 'TASKS_PAST_DUE', 'PHASE_WINDOW_TOO_SHORT']));
  });

  it('marks CLETS/CARPOS not applicable, with the reason, for an images-only court', async () => {
    const d = await createDeployment(api, 'Alpine', 120);
    expect(d.court.ccporProfile).toBe('IMAGES_ONLY');
    const clets = d.dependencies.find((x) => x.kind === 'DOJ_CLETS_CARPOS')!;
    expect(clets.status).toBe('NOT_APPLICABLE');
    expect(clets.note).toMatch(/Images-only/);
  });

  it('reads one deployment back, and answers NOT_FOUND for an unknown id', async () => {
    const list = await api.gql(graphql(`query CreateDeploymentDeployments2 { deployments(first: 1, filter: { county: ["Fresno"] }) { nodes { id } } }`));
    const id = list.data!.deployments.nodes[0].id;
    const one = await api.gql(graphql(`query CreateDeploymentDeployment($id: ID!) { deployment(id: $id) { ...DeploymentFields } }`), { id });
    expect(one.data!.deployment.court.county).toBe('Fresno');
    const missing = await api.gql(graphql(`query CreateDeploymentDeployment2 { deployment(id: "0d3b1a51-0000-4000-8000-000000000000") { id } }`));
    expect(errorCode(missing)).toBe('NOT_FOUND');
  });
});
