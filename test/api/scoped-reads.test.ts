import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatRecordDocument, PrintRunDetailDocument, ReadinessRecordDocument } from '../../client/src/graphql/documents/print';
import { REPORT_NAMES } from '../../server/modules/report/report.registry';
import { Role } from '../../server/modules/user/user.entity';
import { Api, dataOf, errorCode, startApi, type Client } from '../support/api';
import { meetingScanner, recordWorkstation, startAssessment } from '../support/capture';
import { startRun } from '../support/cat';
import { solidPng } from '../support/images';
import { createDeployment, organizationsOf, type CreatedDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';

// Reads scoped to the caller's organization (docs/security.md#scoping): conflicts, files, the
// CSV reports, calendar feeds and the printable records, and account requests' contact details.
let api: Api;
let fresno: CreatedDeployment;
let kern: CreatedDeployment;
let fresnoClerk: Client;
let kernClerk: Client;
let kernField: Client;
let unassigned: Client;
beforeAll(async () => {
  api = await startApi();
  fresno = await createDeployment(api, 'Fresno', 120);
  kernField = await api.as(Role.FIELD_STAFF, { name: 'Kern engineer' });
  kern = await createDeployment(api, 'Kern', 120, { fieldStaffIds: [kernField.user!.id] });
  fresnoClerk = await api.as(Role.PARTNER_USER, { organizationId: (await organizationsOf(api, 'Fresno')).courtId, name: 'Fresno clerk' });
  kernClerk = await api.as(Role.PARTNER_USER, { organizationId: (await organizationsOf(api, 'Kern')).courtId, name: 'Kern clerk' });
  unassigned = await api.as(Role.FIELD_STAFF, { name: 'Unassigned engineer' });
});
afterAll(async () => { await api?.close(); });

const UPDATE = graphql(`mutation ScopedUpdateWorkstation($i: UpdateScannerWorkstationInput!) { updateScannerWorkstation(input: $i) { version } }`);
const CONFLICTS = graphql(`query ScopedConflicts($f: ConflictFilter) { conflicts(first: 100, filter: $f) { totalCount nodes { id deploymentId attempted } } }`);

/** An open conflict on a workstation of the deployment. */
async function conflictOn(deploymentId: string) {
  const a = await startAssessment(api, deploymentId);
  const w = dataOf(await recordWorkstation(api, a.id, meetingScanner())).recordScannerWorkstation;
  dataOf(await api.gql(UPDATE, { i: { workstationId: w.id, notes: 'Newer', baseVersion: w.version, mutationId: randomUUID() } }));
  const stale = await api.gql(UPDATE, { i: { workstationId: w.id, notes: 'Older', baseVersion: w.version, mutationId: randomUUID() } });
  expect(errorCode(stale)).toBe('CONFLICT');
  return stale.errors![0].extensions!.details!.conflictId as string;
}

const RECORD = graphql(`mutation ScopedRecordWorkstation($i: RecordScannerWorkstationInput!) { recordScannerWorkstation(input: $i) { id } }`);
const record = (client: Client, assessmentId: string, photoShas: string[]) =>
  client.gql(RECORD, { i: { assessmentId, mutationId: randomUUID(), ...meetingScanner({ photoShas }) } });
const get = (client: Client, sha256: string) => fetch(`${api.url}/files/${sha256}`, { headers: client.headers });
const upload = (client: Client, bytes: Buffer, fileName: string) =>
  fetch(`${api.url}/files`, { method: 'POST', headers: { ...client.headers, 'content-type': 'image/png', 'x-file-name': fileName }, body: new Uint8Array(bytes) });

describe('scoped reads', () => {
  it('lists only the conflicts of deployments the caller may see, counted alike', async () => {
    const fresnoConflict = await conflictOn(fresno.id);
    const kernConflict = await conflictOn(kern.id);
    const listed = (await fresnoClerk.gql(CONFLICTS)).data!.conflicts;
    expect(listed.nodes.map((n) => n.id)).toEqual([fresnoConflict]);
    expect(listed.totalCount).toBe(1);
    expect((await kernField.gql(CONFLICTS)).data!.conflicts.nodes.map((n) => n.id)).toEqual([kernConflict]);
    expect(errorCode(await fresnoClerk.gql(CONFLICTS, { f: { deploymentId: kern.id } }))).toBe('NOT_FOUND');
    expect((await api.gql(CONFLICTS)).data!.conflicts.totalCount).toBe(2);
  });

  it('serves a file only to its uploader and to those who may read a record referring to it', async () => {
    const photo = solidPng(8, 8, [200, 30, 30]);
    const sha256 = (await (await upload(kernField, photo, 'Kern counter.png')).json() as { sha256: string }).sha256;
    // Uploaded, not yet referred to: the uploader reads it, nobody else.
    expect((await get(kernField, sha256)).status).toBe(200);
    expect((await get(kernClerk, sha256)).status).toBe(404);
    const a = await startAssessment(api, kern.id);
    dataOf(await record(kernField, a.id, [sha256]));
    // Now a Kern workstation shows it: Kern's court reads it, Fresno's court gets the answer for a file that does not exist.
    expect((await get(kernClerk, sha256)).status).toBe(200);
    const refused = await get(fresnoClerk, sha256);
    const unknown = await get(fresnoClerk, 'a'.repeat(64));
    expect([refused.status, unknown.status]).toEqual([404, 404]);
    const [refusedBody, unknownBody] = [await refused.json(), await unknown.json()] as { errors: { message: string }[] }[];
    expect(refusedBody.errors[0].message.replace(sha256, '…')).toBe(unknownBody.errors[0].message.replace('a'.repeat(64), '…'));
    // Nor may Fresno's field staff name Kern's photo in a record of Fresno's: refused as a file never uploaded.
    const fresnoAssessment = await startAssessment(api, fresno.id);
    const field = await api.as(Role.FIELD_STAFF, { name: 'Fresno engineer' });
    dataOf(await api.gql(graphql(`mutation ScopedAssignStaff($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }`), { i: { deploymentId: fresno.id, fieldStaffIds: [field.user!.id], baseVersion: fresno.version, mutationId: randomUUID() } }));
    const byField = await record(field, fresnoAssessment.id, [sha256]);
    expect(byField.errors![0].extensions!.details!.fields).toEqual([{ field: 'photoShas[0]', message: `no file ${sha256}; upload it to POST /files first.` }]);
  });

  it('answers each uploader of the same bytes with the name they gave', async () => {
    const photo = solidPng(9, 9, [10, 200, 10]);
    const first = await (await upload(kernField, photo, 'Kern%20scanner.png')).json() as { fileName: string };
    const second = await (await upload(fresnoClerk, photo, 'mine.png')).json() as { fileName: string };
    expect([first.fileName, second.fileName]).toEqual(['Kern scanner.png', 'mine.png']);
    const served = await get(fresnoClerk, (second as unknown as { sha256: string }).sha256);
    expect(served.headers.get('content-disposition')).toBe("inline; filename*=UTF-8''mine.png");
  });

  it('shows reporters no contact details: names of the court’s people and e-mail addresses read as placeholders, wherever they are', async () => {
    const { courtId } = await organizationsOf(api, 'Fresno');
    const run = await startRun(api, fresno.id, 'REHEARSAL');
    const dependency = fresno.dependencies[0];
    const writes: [string, Record<string, unknown>][] = [
      ['mutation($i: RequestAccountInput!) { requestAccount(input: $i) { id } }', {
        deploymentId: fresno.id, organizationId: courtId, personName: 'Ana Ruiz', email: 'ana.ruiz@fresno.courts.example', ccporRole: 'COURT', sealedOrders: false,
      }],
      ['mutation($i: RecordMeetingInput!) { recordMeeting(input: $i) { id } }', {
        deploymentId: fresno.id, kind: 'OTHER', title: 'Counter walk-through', meetingOn: api.clock.now().toISOString().slice(0, 10), held: true, attendees: ['Bea Ortiz'],
      }],
      ['mutation($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }', {
        deploymentId: fresno.id, scheduledOn: fresno.targetGoLive, mode: 'REMOTE', module: 'FULL_USE', audience: 'END_USERS', trainer: 'Cruz Vega', attendees: [{ name: 'Dee Moss', role: 'Clerk' }],
      }],
      ['mutation($i: UpdateDependencyInput!) { updateDependency(input: $i) { id } }', { dependencyId: dependency.id, status: dependency.status, owner: 'Eli Park', baseVersion: dependency.version }],
      ['mutation($i: RecordTestResultInput!) { recordTestResult(input: $i) { id } }', { runId: run.id, caseId: run.cases[0].testCase.id, status: 'PASSED', tester: 'Flo Reyes' }],
    ];
    for (const [document, input] of writes) dataOf(await api.gql(document, { i: { ...input, mutationId: randomUUID() } }));
    const READ = graphql(`query ScopedContactDetails($id: ID!, $run: ID!) {
      deployment(id: $id) { accountRequests { personName email } meetings { attendees } trainingSessions { trainer attendees { name role } } dependencies { owner } }
      testRun(id: $run) { cases { attempts { tester } } } }`);
    const people = ['Ana Ruiz', 'ana.ruiz@', 'Bea Ortiz', 'Cruz Vega', 'Dee Moss', 'Eli Park', 'Flo Reyes'];
    const asPlanner = JSON.stringify(dataOf(await api.gql(READ, { id: fresno.id, run: run.id })));
    expect(people.filter((p) => !asPlanner.includes(p))).toEqual([]);
    const reporter = await api.as(Role.REPORTER);
    const seen = dataOf(await reporter.gql(READ, { id: fresno.id, run: run.id }));
    expect(people.filter((p) => JSON.stringify(seen).includes(p))).toEqual([]);
    expect(seen.deployment.accountRequests).toEqual([{ personName: 'Name not shown to reporters', email: 'E-mail not shown to reporters' }]);
    expect(seen.deployment.trainingSessions).toEqual([{ trainer: 'Name not shown to reporters', attendees: [{ name: 'Name not shown to reporters', role: 'Clerk' }] }]);
    expect(seen.deployment.meetings.map((m: { attendees: string[] }) => m.attendees)).toContainEqual(['Name not shown to reporters']);
    expect((await fresnoClerk.gql(READ, { id: fresno.id, run: run.id })).data!.deployment.accountRequests[0]).toMatchObject({ personName: 'Ana Ruiz', email: 'ana.ruiz@fresno.courts.example' });
  });
});

const csv = async (client: Client, name: string) => {
  const res = await fetch(`${api.url}/reports/${name}.csv`, { headers: client.headers });
  expect([name, res.status]).toEqual([name, 200]);
  return (await res.text()).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
};
const CREATE_FEED = graphql(`mutation ScopedCreateFeed($i: MutationIdInput!) { createCalendarFeed(input: $i) { path } }`);
const feedEvents = async (client: Client) => {
  const { path } = dataOf(await client.gql(CREATE_FEED, { i: { mutationId: randomUUID() } })).createCalendarFeed;
  const text = await (await fetch(`${api.url}${path}`)).text();
  return text.split('BEGIN:VEVENT').slice(1).map((e) => /SUMMARY:(.*)/.exec(e.replace(/\r\n /g, ''))![1]);
};

describe('scoped HTTP routes', () => {
  it('gives a partner every CSV report of their own deployment only, and field staff of none of theirs nothing', async () => {
    await conflictOn(kern.id);
    for (const name of REPORT_NAMES) {
      const [, ...own] = await csv(fresnoClerk, name);
      expect([name, own.filter((row) => row.includes('Kern') || row.includes(kern.id))]).toEqual([name, []]);
      expect([name, await csv(unassigned, name)]).toEqual([name, [expect.any(String)]]);
    }
    // Counted over the one deployment they may see: Kern's is not in the figures either.
    const [header, ...counts] = await csv(fresnoClerk, 'deployment-counts');
    const at = header.split(',').indexOf('deployments');
    expect(counts.reduce((sum, row) => sum + Number(row.split(',')[at]), 0)).toBe(1);
    expect((await csv(kernClerk, 'deployment-timeline')).some((row) => row.includes(kern.id))).toBe(true);
  });

  it('puts only the deployments of a person’s scope in their calendar feed', async () => {
    expect(await feedEvents(unassigned)).toEqual([]);
    const kernEvents = await feedEvents(kernField);
    expect(kernEvents.length).toBeGreaterThan(0);
    expect(kernEvents.filter((summary) => !summary.includes('Kern'))).toEqual([]);
    expect((await feedEvents(fresnoClerk)).filter((summary) => summary.includes('Kern'))).toEqual([]);
  });

  it('answers the printable records of another court’s deployment NOT_FOUND, as for one that does not exist', async () => {
    const run = dataOf(await api.gql(graphql(`mutation ScopedStartRun($i: StartTestRunInput!) { startTestRun(input: $i) { id } }`), {
      i: { deploymentId: kern.id, environment: 'TEST', purpose: 'REHEARSAL', mutationId: randomUUID() },
    })).startTestRun;
    const records: [string, string][] = [[print(CatRecordDocument), kern.id], [print(ReadinessRecordDocument), kern.id], [print(PrintRunDetailDocument), run.id]];
    for (const [document, id] of records) {
      expect((await kernClerk.gql(document, { id })).errors).toBeUndefined();
      for (const outsider of [fresnoClerk, unassigned]) {
        const refused = await outsider.gql(document, { id });
        expect([errorCode(refused), refused.data?.deployment ?? refused.data?.testRun ?? null]).toEqual(['NOT_FOUND', null]);
        expect(refused.errors![0].message).toBe((await outsider.gql(document, { id: randomUUID() })).errors![0].message.replace(/[0-9a-f-]{36}/, id));
      }
    }
  });
});
