import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, dataOf, errorCode, GqlResult, refusedFields, sendAsIs, startApi } from '../support/api';
import { createDeployment, organizationsOf, type CreatedDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';
import { Role } from '../../server/modules/user/user.entity';

// Free text and ids from a hostile or careless client. Odd but harmless text is stored and read back
// exactly as sent; anything else gets a coded error and writes nothing.

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const SQL_AND_SCRIPT = [
  `'; DROP TABLE task; --`,
  `" OR 1=1 --`,
  `Robert'); DELETE FROM "user" WHERE ('1'='1`,
  `<script>alert(1)</script>`,
  `<img src=x onerror="alert('x')">`,
  `{{constructor.constructor('alert(1)')()}} \${7*7} %s %n \\ \\\\ \`tick\` &amp; &lt;b&gt;`,
];

const UNICODE = [
  '📅 Kick-off 👩‍👩‍👧 ✅ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'اجتماع \u200Fمع المحكمة\u200E (RTL marks)',
  '\u202Eexe.txt (right-to-left override)',
  'Jose\u0301 Nin\u0303o, decomposed',
  'José Niño, precomposed',
  'Z\u0351\u0300\u0316a\u0337\u0352l\u0334g\u0338o\u0335 combining',
  'zero\u200Bwidth\u200Djoiner\uFEFF 会议 ﻿Ｆｕｌｌ',
];

// The writes take hostile values as they come (sendAsIs): the documents are checked against the
// schema, the values deliberately are not.
graphql(`fragment HostileTaskFields on Task { id number status reason version }`);
graphql(`fragment HostileMeetingFields on Meeting { id title notes attendees meetingOn }`);
graphql(`fragment HostileDependencyFields on Dependency { id kind status note owner externalReference version }`);
const WAIVE = graphql(`mutation HostileWaive($i: WaiveTaskInput!) { waiveTask(input: $i) { ...HostileTaskFields } }`);
const TASKS = graphql(`query HostileTasks($id: ID!) { deployment(id: $id) { tasks { ...HostileTaskFields } } }`);
const RECORD_MEETING = graphql(`mutation HostileRecordMeeting($i: RecordMeetingInput!) { recordMeeting(input: $i) { ...HostileMeetingFields } }`);
const MEETINGS = graphql(`query HostileMeetings($id: ID!) { deployment(id: $id) { meetings { ...HostileMeetingFields } } }`);
const UPDATE_DEPENDENCY = graphql(`mutation HostileUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { ...HostileDependencyFields } }`);
const DEPENDENCIES = graphql(`query HostileDependencies($id: ID!) { deployment(id: $id) { dependencies { ...HostileDependencyFields } } }`);
const CREATE_USER = graphql(`mutation HostileCreateUser($i: CreateUserInput!) { createUser(input: $i) { user { id email displayName } } }`);
const USERS = graphql(`query HostileUsers($n: Int!, $s: String) { users(first: $n, filter: { search: $s }) { totalCount nodes { email displayName } } }`);
const DEPLOYMENTS = graphql(`query HostileDeployments($n: Int!) { deployments(first: $n) { totalCount } }`);
const CHANGES = graphql(`query HostileChanges($id: ID!) { auditEvents(first: 100, filter: { entityId: $id, kind: CHANGE }) { nodes { operation } } }`);
const CREATE_DEPLOYMENT = graphql(`mutation HostileCreateDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id targetGoLive } }`);
const MOVE_TASK = graphql(`mutation HostileMoveTask($i: MoveTaskInput!) { moveTask(input: $i) { id } }`);

// Each test changes a task or dependency of a fresh deployment once at most: they are at version 1.
const waive = (taskId: string, reason: unknown) => sendAsIs(api, WAIVE, { i: { taskId, reason, baseVersion: 1 } });
const taskOf = async (deploymentId: string, number: number) =>
  dataOf(await api.gql(TASKS, { id: deploymentId })).deployment.tasks.find((t) => t.number === number);
const recordMeeting = (input: Record<string, unknown>) => sendAsIs(api, RECORD_MEETING, { i: input });
const meetingsOf = async (deploymentId: string) => dataOf(await api.gql(MEETINGS, { id: deploymentId })).deployment.meetings;
const updateDependency = (input: Record<string, unknown>) => sendAsIs(api, UPDATE_DEPENDENCY, { i: { baseVersion: 1, ...input } });
const dependenciesOf = async (deploymentId: string) => dataOf(await api.gql(DEPENDENCIES, { id: deploymentId })).deployment.dependencies;
const createUser = (input: Record<string, unknown>) => sendAsIs(api, CREATE_USER, { i: { role: 'REPORTER', ...input } });
const createDeploymentAsIs = (input: Record<string, unknown>) => sendAsIs(api, CREATE_DEPLOYMENT, { i: input });
const userCount = async () => dataOf(await api.gql(USERS, { n: 1 })).users.totalCount;
const deploymentCount = async () => dataOf(await api.gql(DEPLOYMENTS, { n: 1 })).deployments.totalCount;
/** Audited changes of one record, besides its creation. */
const changesOf = async (entityId: string) =>
  dataOf(await api.gql(CHANGES, { id: entityId })).auditEvents.nodes.map((n) => n.operation).filter((op) => op !== 'createDeployment');

/** BAD_USER_INPUT whose details name exactly these fields. */
function expectBadFields(res: GqlResult<unknown>, fields: string[]) {
  expect(errorCode(res)).toBe('BAD_USER_INPUT');
  expect([...new Set(refusedFields(res))]).toEqual(fields);
  expect(res.data ?? null).toBeNull();
}

let counties = ['Alpine', 'Amador', 'Butte', 'Calaveras', 'Colusa', 'Del Norte', 'El Dorado', 'Glenn', 'Humboldt', 'Imperial', 'Inyo', 'Kern', 'Kings', 'Madera', 'Marin', 'Mariposa', 'Mendocino', 'Merced', 'Modoc', 'Mono'];
const freshDeployment = () => {
  const [county, ...rest] = counties;
  counties = rest;
  return createDeployment(api, county, 150);
};
const task = (d: CreatedDeployment, n: number) => d.tasks.find((t) => t.number === n)!;

describe('text that looks like SQL or script is plain text', () => {
  it('stores waiver reasons byte for byte', async () => {
    const d = await freshDeployment();
    for (const [i, reason] of SQL_AND_SCRIPT.entries()) {
      const res = await waive(task(d, i + 1).id, reason);
      expect(res.errors).toBeUndefined();
      expect(res.data!.waiveTask.reason).toBe(reason);
      expect((await taskOf(d.id, i + 1))?.reason).toBe(reason);
    }
    // The tables the fragments name are still there and whole.
    expect(dataOf(await api.gql(TASKS, { id: d.id })).deployment.tasks).toHaveLength(d.tasks.length);
    expect(await userCount()).toBeGreaterThan(0);
  });

  it('stores meeting titles, notes and attendees byte for byte', async () => {
    const d = await freshDeployment();
    const input = { deploymentId: d.id, kind: 'OTHER', title: SQL_AND_SCRIPT[0], meetingOn: '2027-01-04', held: false, notes: SQL_AND_SCRIPT.join('\n'), attendees: SQL_AND_SCRIPT };
    const res = await recordMeeting(input);
    expect(res.errors).toBeUndefined();
    const [stored] = await meetingsOf(d.id);
    expect(stored).toMatchObject({ title: input.title, notes: input.notes, attendees: input.attendees });
  });

  it('stores dependency notes, owners and references byte for byte', async () => {
    const d = await freshDeployment();
    const dependency = d.dependencies[0];
    // The note is kept as the reason of a dependency that does not apply (another status's note is a comment).
    const res = await updateDependency({ dependencyId: dependency.id, status: 'NOT_APPLICABLE', note: SQL_AND_SCRIPT[1], owner: SQL_AND_SCRIPT[3], externalReference: SQL_AND_SCRIPT[2] });
    expect(res.errors).toBeUndefined();
    const stored = (await dependenciesOf(d.id)).find((x) => x.id === dependency.id);
    expect(stored).toMatchObject({ note: SQL_AND_SCRIPT[1], owner: SQL_AND_SCRIPT[3], externalReference: SQL_AND_SCRIPT[2] });
  });

  it('stores display names byte for byte and refuses SQL as an e-mail address', async () => {
    const res = await createUser({ email: 'script.kiddie@test.example', displayName: SQL_AND_SCRIPT[3] });
    expect(res.errors).toBeUndefined();
    const found = await api.gql(USERS, { n: 10, s: 'script.kiddie' });
    expect(found.data!.users.nodes.map((n) => ({ displayName: n.displayName }))).toEqual([{ displayName: SQL_AND_SCRIPT[3] }]);
    const before = await userCount();
    for (const email of [`x@test.example' OR '1'='1`, `" OR 1=1 --`, `<script>@test.example`]) {
      expectBadFields(await createUser({ email, displayName: 'Mallory' }), ['email']);
    }
    expect(await userCount()).toBe(before);
  });

  const searchUsers = async (text: string) =>
    dataOf(await api.gql(USERS, { n: 100, s: text })).users.nodes.map((n) => n.email);

  it('searches users for SQL text literally', async () => {
    await api.createUser(Role.REPORTER, { email: 'ann_lee@test.example', name: 'Ann Lee' });
    await api.createUser(Role.REPORTER, { email: 'bob.ray@test.example', name: 'Bob Ray' });
    expect(await searchUsers(`' OR 1=1 --`)).toEqual([]);
    expect(await searchUsers(`' OR '1'='1`)).toEqual([]);
    expect(await searchUsers(`ann_lee`)).toEqual(['ann_lee@test.example']);
  });

  it('searches users for LIKE wildcards (% and _) literally', async () => {
    expect(await searchUsers(`%`)).toEqual([]);
    expect(await searchUsers(`_`)).toEqual(['ann_lee@test.example']);
    expect(await searchUsers(`b_b`)).toEqual([]);
  });
});

describe('unicode', () => {
  it('stores emoji, right-to-left marks, combining characters and zero-width characters exactly, without normalizing', async () => {
    const d = await freshDeployment();
    for (const text of UNICODE) {
      const res = await recordMeeting({ deploymentId: d.id, kind: 'OTHER', title: text, meetingOn: '2027-01-04', held: false, notes: text, attendees: [text] });
      expect(res.errors).toBeUndefined();
    }
    const stored = await meetingsOf(d.id);
    expect(stored.map((m) => m.title).sort()).toEqual([...UNICODE].sort());
    for (const m of stored) expect([m.notes, ...m.attendees]).toEqual([m.title, m.title]);
    // Decomposed and precomposed forms stay distinct.
    expect(stored.some((m) => m.title.startsWith('Jose\u0301'))).toBe(true);
    const waived = await waive(task(d, 1).id, UNICODE[0]);
    expect((await taskOf(d.id, 1))?.reason).toBe(UNICODE[0]);
    expect(waived.data!.waiveTask.reason).toBe(UNICODE[0]);
  });

  it('counts an emoji as one character: 200 fit a title, 201 do not', async () => {
    const d = await freshDeployment();
    const ok = await recordMeeting({ deploymentId: d.id, kind: 'OTHER', title: '📅'.repeat(200), meetingOn: '2027-01-04', held: false });
    expect(ok.errors).toBeUndefined();
    expectBadFields(await recordMeeting({ deploymentId: d.id, kind: 'OTHER', title: '📅'.repeat(201), meetingOn: '2027-01-04', held: false }), ['title']);
    expect((await meetingsOf(d.id)).map((m) => m.title)).toEqual(['📅'.repeat(200)]);
  });

  it('answers 200 emoji with presentation selectors (❤️, two code points each) with a stored title or BAD_USER_INPUT, never a server error', async () => {
    const d = await freshDeployment();
    const title = '\u2764\uFE0F'.repeat(200);
    const res = await recordMeeting({ deploymentId: d.id, kind: 'OTHER', title, meetingOn: '2027-01-04', held: false });
    if (res.errors) {
      expectBadFields(res, ['title']);
      expect(await meetingsOf(d.id)).toEqual([]);
    } else {
      expect((await meetingsOf(d.id)).map((m) => m.title)).toEqual([title]);
    }
  });

  it('refuses the NUL character (U+0000) in any text with BAD_USER_INPUT naming the field, on every database', async () => {
    const d = await freshDeployment();
    const base = { deploymentId: d.id, kind: 'OTHER', title: 'Meeting', meetingOn: '2027-01-04', held: false };
    expectBadFields(await recordMeeting({ ...base, title: 'Kick\u0000off' }), ['title']);
    expectBadFields(await recordMeeting({ ...base, notes: 'minutes\u0000' }), ['notes']);
    expectBadFields(await recordMeeting({ ...base, attendees: ['Ann', '\u0000'] }), ['attendees']);
    expect(await meetingsOf(d.id)).toEqual([]);
    expectBadFields(await waive(task(d, 1).id, 'not\u0000needed'), ['reason']);
    expect(await taskOf(d.id, 1)).toMatchObject({ status: 'OPEN', reason: null, version: 1 });
    expect(await changesOf(task(d, 1).id)).toEqual([]);
    const users = await userCount();
    expectBadFields(await createUser({ email: 'nul@test.example', displayName: 'Nul\u0000Byte' }), ['displayName']);
    expect(await userCount()).toBe(users);
  });
});

describe('length limits', () => {
  it('takes a 500-character waiver reason and refuses 501, leaving the task open and unaudited', async () => {
    const d = await freshDeployment();
    expectBadFields(await waive(task(d, 1).id, 'r'.repeat(501)), ['reason']);
    expectBadFields(await waive(task(d, 1).id, 'ab'), ['reason']);
    expect(await taskOf(d.id, 1)).toMatchObject({ status: 'OPEN', reason: null, version: 1 });
    expect(await changesOf(task(d, 1).id)).toEqual([]);
    expect((await waive(task(d, 1).id, 'r'.repeat(500))).data!.waiveTask).toMatchObject({ status: 'WAIVED', reason: 'r'.repeat(500) });
  });

  it('refuses a reason of only spaces, which would be stored empty', async () => {
    const d = await freshDeployment();
    expectBadFields(await waive(task(d, 1).id, '     '), ['reason']);
    expect(await taskOf(d.id, 1)).toMatchObject({ status: 'OPEN', reason: null });
    expectBadFields(await recordMeeting({ deploymentId: d.id, kind: 'OTHER', title: ' \t  ', meetingOn: '2027-01-04', held: false }), ['title']);
    expect(await meetingsOf(d.id)).toEqual([]);
  });

  it('takes meeting texts at their limits and refuses one character more, naming each field', async () => {
    const d = await freshDeployment();
    const base = { deploymentId: d.id, kind: 'OTHER', title: 'Meeting', meetingOn: '2027-01-04', held: false };
    expectBadFields(await recordMeeting({ ...base, title: 't'.repeat(201) }), ['title']);
    expectBadFields(await recordMeeting({ ...base, notes: 'n'.repeat(20_001) }), ['notes']);
    expectBadFields(await recordMeeting({ ...base, attendees: ['a'.repeat(201)] }), ['attendees']);
    expectBadFields(await recordMeeting({ ...base, attendees: Array.from({ length: 101 }, (_, i) => `Person ${i}`) }), ['attendees']);
    expectBadFields(await recordMeeting({ ...base, title: 't'.repeat(201), notes: 'n'.repeat(20_001) }), ['title', 'notes']);
    expect(await meetingsOf(d.id)).toEqual([]);
    const ok = await recordMeeting({ ...base, title: 't'.repeat(200), notes: 'n'.repeat(20_000), attendees: Array.from({ length: 100 }, () => 'a'.repeat(200)) });
    expect(ok.errors).toBeUndefined();
    expect(await meetingsOf(d.id)).toHaveLength(1);
  });

  it('refuses dependency texts over their limits and changes nothing', async () => {
    const d = await freshDeployment();
    const dependency = d.dependencies[0];
    expectBadFields(await updateDependency({ dependencyId: dependency.id, status: 'IN_PROGRESS', note: 'n'.repeat(501) }), ['note']);
    expectBadFields(await updateDependency({ dependencyId: dependency.id, status: 'IN_PROGRESS', externalReference: 'x'.repeat(201) }), ['externalReference']);
    expectBadFields(await updateDependency({ dependencyId: dependency.id, status: 'IN_PROGRESS', owner: 'o'.repeat(201) }), ['owner']);
    expect((await dependenciesOf(d.id)).find((x) => x.id === dependency.id)).toMatchObject({ status: dependency.status, note: null, externalReference: null, owner: null, version: dependency.version });
    expect(await changesOf(dependency.id)).toEqual([]);
    const ok = await updateDependency({ dependencyId: dependency.id, status: 'IN_PROGRESS', note: 'n'.repeat(500), externalReference: 'x'.repeat(200), owner: 'o'.repeat(200) });
    expect(ok.errors).toBeUndefined();
  });

  it('refuses user names and e-mail addresses over their limits', async () => {
    const before = await userCount();
    expectBadFields(await createUser({ email: 'long.name@test.example', displayName: 'n'.repeat(201) }), ['displayName']);
    expectBadFields(await createUser({ email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.example`, displayName: 'Long Mail' }), ['email']);
    expect(await userCount()).toBe(before);
    expect((await createUser({ email: 'long.name@test.example', displayName: 'n'.repeat(200) })).errors).toBeUndefined();
  });

  it('answers a 1 MB reason with PAYLOAD_TOO_LARGE (413) and a reason just inside the body limit with BAD_USER_INPUT', async () => {
    const d = await freshDeployment();
    const huge = await waive(task(d, 1).id, 'x'.repeat(1024 * 1024));
    expect(huge.status).toBe(413);
    expect(errorCode(huge)).toBe('PAYLOAD_TOO_LARGE');
    expectBadFields(await waive(task(d, 1).id, 'x'.repeat(1_000_000)), ['reason']);
    const meeting = await recordMeeting({ deploymentId: d.id, kind: 'OTHER', title: 'Meeting', meetingOn: '2027-01-04', held: false, notes: 'x'.repeat(1024 * 1024) });
    expect(errorCode(meeting)).toBe('PAYLOAD_TOO_LARGE');
    expect(await taskOf(d.id, 1)).toMatchObject({ status: 'OPEN', reason: null, version: 1 });
    expect(await changesOf(task(d, 1).id)).toEqual([]);
    expect(await meetingsOf(d.id)).toEqual([]);
  });
});

describe('wrong types', () => {
  it('refuses a number where a string goes, a string where an Int or Boolean goes and an unknown enum value, with BAD_USER_INPUT', async () => {
    const d = await freshDeployment();
    const { courtId } = await organizationsOf(api, 'Lake');
    const deployments = await deploymentCount();
    const base = { deploymentId: d.id, kind: 'OTHER', title: 'Meeting', meetingOn: '2027-01-04', held: false };
    const refused: GqlResult<unknown>[] = [
      await waive(task(d, 1).id, 12345),
      await waive(task(d, 1).id, null),
      await waive(task(d, 1).id, ['a list', 'of reasons']),
      await recordMeeting({ ...base, held: 'yes' }),
      await recordMeeting({ ...base, kind: 'PARTY' }),
      await recordMeeting({ ...base, attendees: [{ name: 'Ann' }] }),
      await recordMeeting({ ...base, title: { $ne: null } }),
      await updateDependency({ dependencyId: d.dependencies[0].id, status: 'DONE' }),
      ...await Promise.all(['3', 3.5, 2 ** 31, true].map((wave) => createDeploymentAsIs({ courtId, leaIds: [], targetGoLive: '2027-06-01', wave }))),
    ];
    for (const res of refused) {
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.data ?? null).toBeNull();
    }
    expect(await taskOf(d.id, 1)).toMatchObject({ status: 'OPEN', version: 1 });
    expect(await meetingsOf(d.id)).toEqual([]);
    expect(await deploymentCount()).toBe(deployments);
  });

  it('reports a bad value as BAD_USER_INPUT whatever words it contains', async () => {
    // A value that happens to read like a limit's message is still just a bad value.
    for (const value of ['depth limit', 'token limit', 'aliases limit']) {
      const res = await sendAsIs(api, DEPLOYMENTS, { n: value });
      expect(res.status).toBe(400);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('every bad field at once', () => {
  it('names each field the types refuse and each the input rules refuse in one BAD_USER_INPUT, in words', async () => {
    const d = await freshDeployment();
    const res = await recordMeeting({ deploymentId: d.id, kind: 'PARTY', title: '', meetingOn: '2027-02-30', held: 'yes', taskId: 'x' });
    expect(res.errors).toHaveLength(1);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(refusedFields(res).sort()).toEqual(['held', 'kind', 'meetingOn', 'taskId', 'title']);
    const message = res.errors![0].message;
    expect(message).toContain('"PARTY" is not one of the choices');
    expect(message).toContain('held must be true or false');
    expect(message).toContain('meetingOn must be a date that exists');
    expect(message).not.toMatch(/enum|Boolean cannot|LocalDate/);

    // A required field left out is named too; so is a bad value written in the query itself.
    expect(refusedFields(await recordMeeting({ deploymentId: d.id, kind: 'OTHER', meetingOn: 'soon', taskId: 'x' })).sort())
      .toEqual(['held', 'meetingOn', 'taskId', 'title']);
    const literal = await api.gql(`mutation { recordMeeting(input: { deploymentId: "${d.id}", kind: PARTY, title: "", meetingOn: "2027-02-30", held: true }) { id } }`);
    expect(literal.errors).toHaveLength(1);
    expect(refusedFields(literal).sort()).toEqual(['kind', 'meetingOn', 'title']);
    expect(await meetingsOf(d.id)).toEqual([]);
  });
});

describe('malformed ids', () => {
  const MALFORMED = ['not-a-uuid', `' OR 1=1 --`, '0d3b1a51-0000-4000-8000-00000000000', '0d3b1a51-0000-4000-8000-000000000000 ', '{0d3b1a51-0000-4000-8000-000000000000}', '', '0d3b1a51000040008000000000000000'];

  it('refuses them with BAD_USER_INPUT naming the field, in every mutation', async () => {
    const d = await freshDeployment();
    const { sheriffId } = await organizationsOf(api, 'Lake');
    const deployments = await deploymentCount();
    for (const id of MALFORMED) {
      expectBadFields(await waive(id, 'Not needed here'), ['taskId']);
      expectBadFields(await recordMeeting({ deploymentId: id, kind: 'OTHER', title: 'Meeting', meetingOn: '2027-01-04', held: false }), ['deploymentId']);
      expectBadFields(await recordMeeting({ deploymentId: d.id, taskId: id, kind: 'OTHER', title: 'Meeting', meetingOn: '2027-01-04', held: false }), ['taskId']);
      expectBadFields(await updateDependency({ dependencyId: id, status: 'MET' }), ['dependencyId']);
      expectBadFields(await api.gql(CREATE_DEPLOYMENT, { i: { courtId: id, leaIds: [sheriffId], targetGoLive: '2027-06-01' } }), ['courtId']);
      expectBadFields(await api.gql(CREATE_DEPLOYMENT, { i: { courtId: sheriffId, leaIds: [sheriffId, id], targetGoLive: '2027-06-01' } }), ['leaIds']);
      expectBadFields(await createUser({ email: 'partner@test.example', displayName: 'Partner', role: 'PARTNER_USER', organizationId: id }), ['organizationId']);
    }
    expect(await meetingsOf(d.id)).toEqual([]);
    expect(await deploymentCount()).toBe(deployments);
    expect(await changesOf(d.dependencies[0].id)).toEqual([]);
  });

  it('answers a well-formed id of nothing with NOT_FOUND', async () => {
    const res = await waive('0d3b1a51-0000-4000-8000-000000000000', 'Not needed here');
    expect(errorCode(res)).toBe('NOT_FOUND');
  });

  it('treats an upper-case UUID as the same id on every database', async () => {
    const d = await freshDeployment();
    const res = await waive(task(d, 1).id.toUpperCase(), 'Not needed here');
    expect(res.errors).toBeUndefined();
    expect(await taskOf(d.id, 1)).toMatchObject({ status: 'WAIVED' });
  });
});

describe('impossible dates', () => {
  const IMPOSSIBLE = ['2027-02-30', '2027-02-29', '2027-13-01', '2027-00-10', '2027-04-31', '2027-1-5', '27-01-05', '2027-01-05T00:00:00Z', '05/01/2027', '', '2027-01-04\u0000'];

  it('refuses them with BAD_USER_INPUT and writes nothing', async () => {
    const d = await freshDeployment();
    const { courtId, sheriffId } = await organizationsOf(api, 'Lassen');
    const deployments = await deploymentCount();
    for (const date of IMPOSSIBLE) {
      const meeting = await recordMeeting({ deploymentId: d.id, kind: 'OTHER', title: 'Meeting', meetingOn: date, held: false });
      expect(errorCode(meeting)).toBe('BAD_USER_INPUT');
      const created = await api.gql(CREATE_DEPLOYMENT, { i: { courtId, leaIds: [sheriffId], targetGoLive: date } });
      expect(errorCode(created)).toBe('BAD_USER_INPUT');
      const moved = await api.gql(MOVE_TASK, { i: { taskId: task(d, 1).id, dueDate: date, baseVersion: 1 } });
      expect(errorCode(moved)).toBe('BAD_USER_INPUT');
    }
    expect(await meetingsOf(d.id)).toEqual([]);
    expect(await deploymentCount()).toBe(deployments);
    expect(await taskOf(d.id, 1)).toMatchObject({ version: 1 });
    expect(await changesOf(task(d, 1).id)).toEqual([]);
  });

  it('takes a real leap day', async () => {
    const { courtId, sheriffId } = await organizationsOf(api, 'Lassen');
    const res = await api.gql(CREATE_DEPLOYMENT, { i: { courtId, leaIds: [sheriffId], targetGoLive: '2028-02-29' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createDeployment.targetGoLive).toBe('2028-02-29');
  });
});
