import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Deployment, DeploymentStatus } from '../../server/modules/deployment/deployment.entity';
import { ScannerRequirementSet, ScannerWorkstation } from '../../server/modules/scanner/scanner.entity';
import { Api, dataOf, errorCode, refusedFields, startApi } from '../support/api';
import { dependencyOf, meetingScanner, recordWorkstation, startAssessment } from '../support/capture';
import { createDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const PUBLISH = graphql(`mutation PublishRequirements($i: PublishScannerRequirementsInput!) { publishScannerRequirements(input: $i) { version publishedBy requirements { key category minimum anyOf } } }`);
const CURRENT = graphql(`query PublishRequirementsCurrent($v: Int) { scannerRequirements(version: $v) { version requirements { key category description fact operator minimum anyOf } } }`);
const DEPENDENCIES = graphql(`query PublishRequirementsDependencies($id: ID!) { deployment(id: $id) { dependencies { kind status } } }`);
const dependencies = async (id: string) => dataOf(await api.gql(DEPENDENCIES, { id })).deployment;

describe('scanner requirements', () => {
  it('serves the seeded version 1', async () => {
    const res = await api.gql(CURRENT, {});
    expect(res.data!.scannerRequirements.version).toBe(1);
    expect(res.data!.scannerRequirements.requirements.map((r) => `${r.category}:${r.key}`)).toEqual([
      'HARDWARE:OPTICAL_RESOLUTION', 'HARDWARE:DUPLEX', 'HARDWARE:DOCUMENT_FEEDER', 'HARDWARE:CONNECTION',
      'CONFIGURATION:DRIVER', 'CONFIGURATION:SCAN_PROFILE', 'CONFIGURATION:TEST_SCAN',
    ]);
    expect(errorCode(await api.gql(CURRENT, { v: 9 }))).toBe('NOT_FOUND');
  });

  it('refuses requirements that cannot be evaluated, publishing nothing', async () => {
    const res = await api.gql(PUBLISH, { i: { requirements: [
      { key: 'DUPLEX', category: 'HARDWARE', description: 'Duplex', fact: 'DUPLEX', operator: 'AT_LEAST', minimum: 1 },
      { key: 'DRIVER', category: 'CONFIGURATION', description: 'Driver', fact: 'DRIVERS', operator: 'ANY_OF', anyOf: ['SANE'] },
    ] } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(refusedFields(res)).toEqual(['requirements[0].operator', 'requirements[1].anyOf']);
    expect(await api.app.db.manager.count(ScannerRequirementSet)).toBe(1);
  });

  it('re-evaluates the verdicts of deployments not yet live without touching what was recorded', async () => {
    const open = await createDeployment(api, 'Fresno', 120);
    const live = await createDeployment(api, 'Glenn', 120);
    const wOpen = (await recordWorkstation(api, (await startAssessment(api, open.id)).id, meetingScanner({ opticalResolutionDpi: 400 }))).data!.recordScannerWorkstation;
    const wLive = (await recordWorkstation(api, (await startAssessment(api, live.id)).id, meetingScanner({ opticalResolutionDpi: 400 }))).data!.recordScannerWorkstation;
    expect(dependencyOf(await dependencies(open.id), 'SCANNER_SETUP').status).toBe('MET');
    // No goLive action exists yet; the deployment is put live directly to show it is left alone.
    await api.app.db.manager.update(Deployment, { id: live.id }, { status: DeploymentStatus.LIVE });
    const before = await api.app.db.manager.findOneByOrFail(ScannerWorkstation, { id: wOpen.id });

    const v1 = (await api.gql(CURRENT, {})).data!.scannerRequirements.requirements.map(({ description, ...r }) => ({ description, ...r }));
    const stricter = v1.map((r) => (r.key === 'OPTICAL_RESOLUTION' ? { ...r, minimum: 600 } : r));
    const input = { mutationId: randomUUID(), requirements: stricter };
    const published = await api.gql(PUBLISH, { i: input });
    expect(published.data!.publishScannerRequirements).toMatchObject({ version: 2, publishedBy: 'Test admin' });
    expect((await api.gql(PUBLISH, { i: input })).data!.publishScannerRequirements.version).toBe(2);

    const after = await api.app.db.manager.findOneByOrFail(ScannerWorkstation, { id: wOpen.id });
    expect(after).toMatchObject({ verdict: 'REPLACE', requirementsVersion: 2, opticalResolutionDpi: 400, version: before.version, updatedBy: before.updatedBy });
    expect(after.updatedAt.getTime()).toBe(before.updatedAt.getTime());
    expect(after.missedRequirements.map((m) => m.key)).toEqual(['OPTICAL_RESOLUTION']);
    expect(dependencyOf(await dependencies(open.id), 'SCANNER_SETUP').status).toBe('IN_PROGRESS');

    expect(await api.app.db.manager.findOneByOrFail(ScannerWorkstation, { id: wLive.id })).toMatchObject({ verdict: 'MEETS', requirementsVersion: 1 });
    expect((await api.gql(CURRENT, { v: 1 })).data!.scannerRequirements.requirements[0].minimum).toBe(300);

    // New recordings use the latest version.
    const later = await recordWorkstation(api, wOpen.assessmentId, meetingScanner({ label: 'New', opticalResolutionDpi: 600 }));
    expect(later.data!.recordScannerWorkstation).toMatchObject({ verdict: 'MEETS', requirementsVersion: 2 });
  });
});
