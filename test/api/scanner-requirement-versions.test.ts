import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Deployment, DeploymentStatus } from '../../server/modules/deployment/deployment.entity';
import { Api, errorCode, startApi } from '../support/api';
import { meetingScanner, recordWorkstation, startAssessment } from '../support/capture';
import { courtName, createDeployment } from '../support/fixtures';
import { graphql } from '../support/generated';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const VERSIONS = graphql(`query ScannerRequirementVersionsList { scannerRequirementVersions { version publishedBy verdictChanges { workstationId label deploymentId courtName before after } } }`);
const PUBLISH = graphql(`mutation ScannerRequirementVersionsPublish($i: PublishScannerRequirementsInput!) {
  publishScannerRequirements(input: $i) { version verdictChanges { label courtName before after } } }`);

describe('scanner requirement versions and what publishing changed', () => {
  it('lists the versions to administrators only', async () => {
    expect(errorCode(await (await api.as('COORDINATOR')).gql(VERSIONS))).toBe('FORBIDDEN');
    const versions = (await api.gql(VERSIONS)).data!.scannerRequirementVersions;
    expect(versions).toEqual([{ version: 1, publishedBy: expect.any(String), verdictChanges: [] }]);
  });

  it('names each verdict a new version changed, in deployments not yet live only', async () => {
    const open = await createDeployment(api, 'Colusa', 120);
    const live = await createDeployment(api, 'Del Norte', 120);
    const a = (await startAssessment(api, open.id)).id;
    await recordWorkstation(api, a, meetingScanner({ label: 'Clerk 1', opticalResolutionDpi: 400 }));
    await recordWorkstation(api, a, meetingScanner({ label: 'Clerk 2', opticalResolutionDpi: 600 }));
    await recordWorkstation(api, (await startAssessment(api, live.id)).id, meetingScanner({ label: 'Sheriff 1', opticalResolutionDpi: 400 }));
    await api.app.db.manager.update(Deployment, { id: live.id }, { status: DeploymentStatus.LIVE });

    const current = (await api.gql(graphql(`query ScannerRequirementVersionsCurrent { scannerRequirements { requirements { key category description fact operator minimum anyOf } } }`))).data!.scannerRequirements.requirements;
    const stricter = current.map((r) => (r.key === 'OPTICAL_RESOLUTION' ? { ...r, minimum: 600 } : r));
    const input = { mutationId: randomUUID(), requirements: stricter };
    const published = await api.gql(PUBLISH, { i: input });
    expect(published.errors).toBeUndefined();
    const expected = [{ label: 'Clerk 1', courtName: courtName('Colusa'), before: 'MEETS', after: 'REPLACE' }];
    expect(published.data!.publishScannerRequirements).toEqual({ version: 2, verdictChanges: expected });
    // A replay answers the same changes, and nothing is re-evaluated twice.
    expect((await api.gql(PUBLISH, { i: input })).data!.publishScannerRequirements.verdictChanges).toEqual(expected);

    // Publishing the same rules again changes no verdict.
    const again = await api.gql(PUBLISH, { i: { mutationId: randomUUID(), requirements: stricter } });
    expect(again.data!.publishScannerRequirements).toEqual({ version: 3, verdictChanges: [] });

    const versions = (await api.gql(VERSIONS)).data!.scannerRequirementVersions;
    expect(versions.map((v) => [v.version, v.verdictChanges.length])).toEqual([[3, 0], [2, 1], [1, 0]]);
    expect(versions[1].verdictChanges[0]).toMatchObject({ deploymentId: open.id, label: 'Clerk 1' });

    // The change is in the audit trail, found by the deployment it belongs to.
    const audit = await api.gql(graphql(`query ScannerRequirementVersionsAudit($f: AuditEventFilter) { auditEvents(first: 10, filter: $f) { nodes { operation entityType before after } } }`),
      { f: { deploymentId: open.id, entityType: 'ScannerWorkstation', operation: 'publishScannerRequirements' } });
    expect(audit.data!.auditEvents.nodes).toEqual([{
      operation: 'publishScannerRequirements', entityType: 'ScannerWorkstation',
      before: { verdict: 'MEETS', requirementsVersion: 1 }, after: { verdict: 'REPLACE', requirementsVersion: 2 },
    }]);
  });
});
