import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScannerAssessment, ScannerWorkstation } from '../../server/modules/scanner/scanner.entity';
import { Api, dataOf, errorCode, errorDetails, refusedFields, startApi } from '../support/api';
import {
  courtLocationId, dependencyOf, meetingScanner, recordWorkstation, startAssessment, taskByKey, updateWorkstation,
} from '../support/capture';
import { photoBytes, uploadFile } from '../support/files';
import { createDeployment, organizationsOf } from '../support/fixtures';
import { graphql } from '../support/generated';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const START = graphql(`mutation ScannerAssessmentStart($i: StartScannerAssessmentInput!) { startScannerAssessment(input: $i) { id status assessor location { name } } }`);
const COMPLETE = graphql(`mutation ScannerAssessmentComplete($i: CompleteScannerAssessmentInput!) { completeScannerAssessment(input: $i) { id status completedOn version } }`);
const PROGRESS = graphql(`query ScannerAssessmentProgress($id: ID!) { deployment(id: $id) {
  tasks { key status evidence } dependencies { kind status metOn }
  scannerSummary { assessed meeting toConfigure toReplace }
  scannerAssessments { id status workstations { label verdict } } } }`);
const progress = async (id: string) => dataOf(await api.gql(PROGRESS, { id })).deployment;

describe('starting an assessment', () => {
  it('refuses an unknown deployment, a location of another organization, a future date or a taken id, writing nothing', async () => {
    const d = await createDeployment(api, 'Alpine', 120);
    const locationId = await courtLocationId(api, d.id);
    const today = '2027-01-04';
    const unknown = await api.gql(START, { i: { deploymentId: randomUUID(), locationId, assessedOn: today } });
    expect(errorCode(unknown)).toBe('NOT_FOUND');

    const { sheriffId } = await organizationsOf(api, 'Alpine');
    const sheriff = await api.gql(graphql(`query ScannerAssessmentOrganizationLocations($id: ID!) { organization(id: $id) { locations { id } } }`), { id: sheriffId });
    const elsewhere = await api.gql(START, { i: { deploymentId: d.id, locationId: sheriff.data!.organization.locations[0].id, assessedOn: today } });
    expect(refusedFields(elsewhere)).toEqual(['locationId']);

    expect(refusedFields(await api.gql(START, { i: { deploymentId: d.id, locationId, assessedOn: '2027-01-05' } }))).toEqual(['assessedOn']);
    expect(await api.app.db.manager.countBy(ScannerAssessment, { deploymentId: d.id })).toBe(0);

    const id = randomUUID();
    const created = await api.gql(START, { i: { id, deploymentId: d.id, locationId, assessedOn: today } });
    expect(created.data!.startScannerAssessment).toMatchObject({ id, status: 'IN_PROGRESS', assessor: 'Test admin', location: { name: 'Alpine County Courthouse' } });
    expect(refusedFields(await api.gql(START, { i: { id, deploymentId: d.id, locationId, assessedOn: today } }))).toEqual(['id']);
  });
});

describe('recording workstations', () => {
  it('computes each verdict against requirements version 1, listing every requirement missed', async () => {
    const d = await createDeployment(api, 'Amador', 120);
    const a = await startAssessment(api, d.id);
    const meets = await recordWorkstation(api, a.id, meetingScanner());
    expect(meets.data!.recordScannerWorkstation).toMatchObject({ verdict: 'MEETS', missedRequirements: [], requirementsVersion: 1, version: 1 });

    const configure = await recordWorkstation(api, a.id, meetingScanner({ label: 'Criminal 1', drivers: ['WIA'], scanProfileSet: false }));
    expect(configure.data!.recordScannerWorkstation.verdict).toBe('NEEDS_CONFIGURATION');
    expect(configure.data!.recordScannerWorkstation.missedRequirements).toEqual([
      { key: 'DRIVER', category: 'CONFIGURATION' }, { key: 'SCAN_PROFILE', category: 'CONFIGURATION' },
    ]);

    const replace = await recordWorkstation(api, a.id, meetingScanner({ label: 'Civil 1', make: 'Canon', model: 'DR-C225', opticalResolutionDpi: 200, duplex: false, testScanOutcome: 'NOT_RUN' }));
    expect(replace.data!.recordScannerWorkstation.verdict).toBe('REPLACE');
    expect(replace.data!.recordScannerWorkstation.missedRequirements.map((m) => m.key)).toEqual(['OPTICAL_RESOLUTION', 'DUPLEX', 'TEST_SCAN']);

    const now = await progress(d.id);
    expect(now.scannerSummary).toEqual({ assessed: 3, meeting: 1, toConfigure: 1, toReplace: 1 });
    expect(dependencyOf(now, 'SCANNER_SETUP').status).toBe('IN_PROGRESS');
    expect(now.scannerAssessments[0].workstations.map((w) => w.label)).toEqual(['Civil 1', 'Criminal 1', 'Family law intake 1']);
  });

  it('refuses bad facts and photos never uploaded, and keeps a client id and uploaded photos', async () => {
    const d = await createDeployment(api, 'Butte', 120);
    const a = await startAssessment(api, d.id);
    expect(refusedFields(await recordWorkstation(api, a.id, meetingScanner({ opticalResolutionDpi: 5 })))).toEqual(['opticalResolutionDpi']);
    expect(errorCode(await recordWorkstation(api, randomUUID(), meetingScanner()))).toBe('NOT_FOUND');
    const missing = await recordWorkstation(api, a.id, meetingScanner({ photoShas: ['f'.repeat(64)] }));
    expect(refusedFields(missing)).toEqual(['photoShas[0]']);
    expect(await api.app.db.manager.countBy(ScannerWorkstation, { assessmentId: a.id })).toBe(0);

    const photo = await uploadFile(api, photoBytes(1000));
    const id = randomUUID();
    const ok = await recordWorkstation(api, a.id, meetingScanner({ id, photoShas: [photo.sha256] }));
    expect(ok.data!.recordScannerWorkstation).toMatchObject({ id, photoShas: [photo.sha256] });
  });

  it('applies a replayed workstation once', async () => {
    const d = await createDeployment(api, 'Calaveras', 120);
    const a = await startAssessment(api, d.id);
    const input = { i: { assessmentId: a.id, mutationId: randomUUID(), ...meetingScanner() } };
    const doc = graphql(`mutation ScannerAssessmentRecordWorkstation($i: RecordScannerWorkstationInput!) { recordScannerWorkstation(input: $i) { id } }`);
    const [first, second] = [await api.gql(doc, input), await api.gql(doc, input)];
    expect(second.data!.recordScannerWorkstation.id).toBe(first.data!.recordScannerWorkstation.id);
    expect(await api.app.db.manager.countBy(ScannerWorkstation, { assessmentId: a.id })).toBe(1);
  });
});

describe('updating a workstation', () => {
  it('re-computes the verdict; the scanner set-up dependency is met when every workstation MEETS, and reopens when one stops', async () => {
    const d = await createDeployment(api, 'Colusa', 120);
    const a = await startAssessment(api, d.id);
    const w1 = (await recordWorkstation(api, a.id, meetingScanner())).data!.recordScannerWorkstation;
    const w2 = (await recordWorkstation(api, a.id, meetingScanner({ label: 'Criminal 1', scanProfileSet: false }))).data!.recordScannerWorkstation;
    expect(dependencyOf(await progress(d.id), 'SCANNER_SETUP').status).toBe('IN_PROGRESS');

    const fixed = await updateWorkstation(api, { workstationId: w2.id, scanProfileSet: true, baseVersion: 1, mutationId: randomUUID() });
    expect(fixed.data!.updateScannerWorkstation).toMatchObject({ verdict: 'MEETS', version: 2, scanProfileSet: true, label: 'Criminal 1' });
    let now = await progress(d.id);
    expect(dependencyOf(now, 'SCANNER_SETUP')).toMatchObject({ status: 'MET', metOn: '2027-01-04' });

    const broken = await updateWorkstation(api, { workstationId: w1.id, testScanOutcome: 'FAILED', serialNumber: null, baseVersion: 1 });
    expect(broken.data!.updateScannerWorkstation).toMatchObject({ verdict: 'NEEDS_CONFIGURATION', serialNumber: null, make: 'Fujitsu' });
    now = await progress(d.id);
    expect(dependencyOf(now, 'SCANNER_SETUP')).toMatchObject({ status: 'IN_PROGRESS', metOn: null });
  });

  it('refuses a stale baseVersion with CONFLICT and changes nothing; answers NOT_FOUND for an unknown workstation', async () => {
    const d = await createDeployment(api, 'Del Norte', 120);
    const a = await startAssessment(api, d.id);
    const w = (await recordWorkstation(api, a.id, meetingScanner())).data!.recordScannerWorkstation;
    await updateWorkstation(api, { workstationId: w.id, notes: 'Feeder jams', baseVersion: 1 });
    const stale = await updateWorkstation(api, { workstationId: w.id, notes: 'Fine', duplex: false, baseVersion: 1, mutationId: randomUUID() });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(errorDetails(stale)).toMatchObject({ noun: 'ScannerWorkstation', version: 2, server: { notes: 'Feeder jams', duplex: true }, attempted: { notes: 'Fine', duplex: false } });
    const row = await api.app.db.manager.findOneByOrFail(ScannerWorkstation, { id: w.id });
    expect(row).toMatchObject({ notes: 'Feeder jams', duplex: true, version: 2 });
    expect(errorCode(await updateWorkstation(api, { workstationId: randomUUID(), notes: 'x' }))).toBe('NOT_FOUND');
  });
});

describe('completing an assessment', () => {
  it('refuses an assessment without workstations, then completes its task (IN_PROGRESS while prerequisites are open)', async () => {
    const d = await createDeployment(api, 'El Dorado', 120);
    const a = await startAssessment(api, d.id);
    const empty = await api.gql(COMPLETE, { i: { assessmentId: a.id, baseVersion: 1 } });
    expect(errorCode(empty)).toBe('INVALID_TRANSITION');
    await recordWorkstation(api, a.id, meetingScanner());
    const done = await api.gql(COMPLETE, { i: { assessmentId: a.id, baseVersion: 1, mutationId: randomUUID() } });
    expect(done.data!.completeScannerAssessment).toMatchObject({ status: 'COMPLETED', completedOn: '2027-01-04', version: 2 });
    const task = taskByKey(await progress(d.id), 'SCANNER_ASSESSMENT');
    expect(task.status).toBe('IN_PROGRESS');
    expect(task.evidence).toBe('Scanner assessment completed on Mon, Jan 4, 2027');
    expect(errorCode(await api.gql(COMPLETE, { i: { assessmentId: a.id, baseVersion: 2 } }))).toBe('INVALID_TRANSITION');
  });
});

describe('scanner inventory', () => {
  it('counts workstations by make, model and verdict across deployments, filtered in SQL', async () => {
    const all = await api.gql(graphql(`query ScannerAssessmentInventory { scannerInventory { make model verdict workstations deployments } }`));
    const fujitsuMeets = all.data!.scannerInventory.find((r) => r.make === 'Fujitsu' && r.verdict === 'MEETS');
    expect(fujitsuMeets!.deployments).toBeGreaterThanOrEqual(4);
    const canon = await api.gql(graphql(`query ScannerAssessmentInventoryOfCanon { scannerInventory(filter: { make: "canon", verdict: [REPLACE] }) { make model verdict workstations deployments } }`));
    expect(canon.data!.scannerInventory).toEqual([{ make: 'Canon', model: 'DR-C225', verdict: 'REPLACE', workstations: 1, deployments: 1 }]);
  });

  it('serves the capture of a page of deployments in a constant number of SQL statements', async () => {
    const doc = graphql(`query ScannerAssessmentCapturePage($n: Int!) { deployments(first: $n) { nodes {
      scannerSummary { assessed } scannerAssessments { workstations { verdict } location { name } }
      questionnaireResponses { status questionnaire { key } } trainingSessions { status } accountRequests { status organization { name } } } } }`);
    const one = await api.gql(doc, { n: 1 });
    const many = await api.gql(doc, { n: 20 });
    expect(many.extensions!.sqlStatements).toBe(one.extensions!.sqlStatements);
  });
});
