import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseOut, Incident } from '../../server/modules/incident/incident.entity';
import { Api, errorCode, errorDetails, refusedFields, startApi, type WithDefaults } from '../support/api';
import { courtPerson, liveDeployment } from '../support/cat';
import { createDeployment, versionOf } from '../support/fixtures';
import { graphql } from '../support/generated';
import type { ApproveCloseOutInput, ReportIncidentInput, UpdateIncidentInput } from '../support/generated/graphql';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const REPORT = graphql(`mutation IncidentsReport($i: ReportIncidentInput!) { reportIncident(input: $i) { id status severity version reportedBy } }`);
const UPDATE = graphql(`mutation IncidentsUpdate($i: UpdateIncidentInput!) { updateIncident(input: $i) { id status severity resolution resolvedAt version } }`);
const CLOSE_OUT = graphql(`mutation IncidentsCloseOut($i: ApproveCloseOutInput!) { approveCloseOut(input: $i) { status version } }`);

const report = (input: WithDefaults<ReportIncidentInput, 'severity' | 'description' | 'reportedBy' | 'mutationId'>) => api.gql(REPORT, {
  i: { severity: 'SEV1', description: 'No order can be found by name', reportedBy: 'Sgt. Casey Moore, Sheriff', mutationId: randomUUID(), ...input },
});
const update = (input: WithDefaults<UpdateIncidentInput, 'mutationId'>) => api.gql(UPDATE, { i: { mutationId: randomUUID(), ...input } });
const closeOut = async (deploymentId: string, extra: Partial<ApproveCloseOutInput> = {}) => (await courtPerson(api, deploymentId)).gql(CLOSE_OUT, {
  i: { deploymentId, approvedBy: 'Jordan Lee', approverRole: 'Court Executive Officer', baseVersion: await versionOf(api, deploymentId, deploymentId), mutationId: randomUUID(), ...extra },
});

describe('incidents', () => {
  it('are reported only after go-live, once per mutationId', async () => {
    const before = await createDeployment(api, 'Stanislaus', 40);
    expect(errorCode(await report({ deploymentId: before.id }))).toBe('INVALID_TRANSITION');
    expect(errorCode(await report({ deploymentId: randomUUID() }))).toBe('NOT_FOUND');
    const d = await liveDeployment(api, 'Merced');
    expect(errorCode(await report({ deploymentId: d.id, description: '' }))).toBe('BAD_USER_INPUT');
    const input = { id: randomUUID(), deploymentId: d.id, mutationId: randomUUID() };
    expect((await report(input)).data!.reportIncident).toMatchObject({ id: input.id, status: 'OPEN', severity: 'SEV1' });
    await report(input);
    expect(await api.app.db.manager.countBy(Incident, { deploymentId: d.id })).toBe(1);
    const listed = await api.gql(graphql(`query IncidentsOfDeployment($id: ID!) { deployment(id: $id) { incidents { id } } }`), { id: d.id });
    expect(listed.data!.deployment.incidents).toEqual([{ id: input.id }]);
  });

  it('move through their statuses; RESOLVED needs a resolution; CLOSED is final; stale versions conflict', async () => {
    const d = await liveDeployment(api, 'Mendocino');
    const incident = (await report({ deploymentId: d.id, severity: 'SEV3' })).data!.reportIncident;
    const noResolution = await update({ incidentId: incident.id, status: 'RESOLVED', baseVersion: incident.version });
    expect(refusedFields(noResolution)[0]).toBe('resolution');
    const resolved = (await update({ incidentId: incident.id, status: 'RESOLVED', resolution: 'Index rebuilt', baseVersion: incident.version })).data!.updateIncident;
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolution: 'Index rebuilt' });
    expect(resolved.resolvedAt).toBeTruthy();
    expect(errorCode(await update({ incidentId: incident.id, status: 'INVESTIGATING', baseVersion: incident.version }))).toBe('CONFLICT');
    const closed = (await update({ incidentId: incident.id, status: 'CLOSED', baseVersion: resolved.version })).data!.updateIncident;
    const reopen = await update({ incidentId: incident.id, status: 'OPEN', baseVersion: closed.version });
    expect(errorCode(reopen)).toBe('INVALID_TRANSITION');
    expect(errorCode(await update({ incidentId: randomUUID(), status: 'OPEN', baseVersion: 1 }))).toBe('NOT_FOUND');
  });
});

describe('approveCloseOut', () => {
  it('is refused before go-live', async () => {
    const d = await createDeployment(api, 'Monterey', 40);
    expect(errorCode(await closeOut(d.id))).toBe('INVALID_TRANSITION');
  });

  it('is refused while a SEV1 or SEV2 incident is unresolved, listing them; SEV3 and SEV4 do not hold it back', async () => {
    const d = await liveDeployment(api, 'Nevada');
    const description = 'No order can be found by name from the clerk’s office since the morning upgrade of the search service';
    const sev1 = (await report({ deploymentId: d.id, severity: 'SEV1', description })).data!.reportIncident;
    await report({ deploymentId: d.id, severity: 'SEV3' });
    const refused = await closeOut(d.id);
    expect(errorCode(refused)).toBe('INVALID_TRANSITION');
    // In words: no record id, and the incident's text cut between words.
    expect(refused.errors![0].message).toBe(
      'The deployment cannot be closed out while the SEV1 incident “No order can be found by name from the clerk’s office since…” is open. Resolve it first.');
    expect(errorDetails(refused)).toMatchObject({ from: 'LIVE', to: 'CLOSED', openIncidents: [{ id: sev1.id, severity: 'SEV1', status: 'OPEN' }] });
    expect(await api.app.db.manager.countBy(CloseOut, { deploymentId: d.id })).toBe(0);
    await update({ incidentId: sev1.id, status: 'RESOLVED', resolution: 'Search service restarted', baseVersion: sev1.version });
    const closed = await closeOut(d.id, { statement: 'CCPOR is in daily use.' });
    expect(closed.data!.approveCloseOut.status).toBe('CLOSED');
    expect(errorCode(await closeOut(d.id))).toBe('INVALID_TRANSITION');
    const after = await api.gql(graphql(`query IncidentsCloseOutRecord($id: ID!) { deployment(id: $id) { closeOut { approvedBy approverRole statement } tasks { key status } } }`), { id: d.id });
    expect(after.data!.deployment.closeOut).toEqual({ approvedBy: 'Jordan Lee', approverRole: 'Court Executive Officer', statement: 'CCPOR is in daily use.' });
    expect(after.data!.deployment.tasks.find((t) => t.key === 'APPROVAL_CLOSE_OUT')!.status).toBe('DONE');
  });
});
