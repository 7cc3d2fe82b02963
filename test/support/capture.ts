import { randomUUID } from 'node:crypto';
import { dataOf, type Api } from './api';
import { graphql } from './generated';
import type { RecordScannerWorkstationInput, StartScannerAssessmentInput, UpdateScannerWorkstationInput } from './generated/graphql';

// What tests read of a workstation; documents spread it by name.
graphql(`fragment WorkstationFields on ScannerWorkstation { id assessmentId deploymentId label make model serialNumber connection drivers opticalResolutionDpi duplex
  automaticDocumentFeeder colour operatingSystem browser scanProfileSet testScanOutcome photoShas notes verdict
  missedRequirements { key category } requirementsVersion version updatedBy }`);

const LOCATIONS = graphql(`query CourtLocations($id: ID!) { deployment(id: $id) { court { locations { id } } } }`);
const START_ASSESSMENT = graphql(`mutation StartAssessmentFixture($i: StartScannerAssessmentInput!) { startScannerAssessment(input: $i) { id version status } }`);
const RECORD_WORKSTATION = graphql(`mutation RecordWorkstation($i: RecordScannerWorkstationInput!) { recordScannerWorkstation(input: $i) { ...WorkstationFields } }`);
const UPDATE_WORKSTATION = graphql(`mutation UpdateWorkstation($i: UpdateScannerWorkstationInput!) { updateScannerWorkstation(input: $i) { ...WorkstationFields } }`);

/** Facts of a scanner that meets requirements version 1; override to miss some. */
export const meetingScanner = (extra: Partial<RecordScannerWorkstationInput> = {}) => ({
  label: 'Family law intake 1', make: 'Fujitsu', model: 'fi-7160', serialNumber: 'A1B2C3', connection: 'USB' as const, drivers: ['TWAIN' as const],
  opticalResolutionDpi: 600, duplex: true, automaticDocumentFeeder: true, colour: true, operatingSystem: 'Windows 11 Enterprise',
  browser: 'Edge 142', scanProfileSet: true, testScanOutcome: 'PASSED' as const, ...extra,
});

/** The first courthouse of the deployment's court. */
export async function courtLocationId(api: Api, deploymentId: string): Promise<string> {
  return dataOf(await api.gql(LOCATIONS, { id: deploymentId })).deployment.court.locations[0].id;
}

export async function startAssessment(api: Api, deploymentId: string, extra: Partial<StartScannerAssessmentInput> = {}) {
  return dataOf(await api.gql(START_ASSESSMENT, {
    i: { deploymentId, locationId: await courtLocationId(api, deploymentId), assessedOn: api.clock.now().toISOString().slice(0, 10), mutationId: randomUUID(), ...extra },
  })).startScannerAssessment;
}

export const recordWorkstation = (api: Api, assessmentId: string, facts: Omit<RecordScannerWorkstationInput, 'assessmentId'>) =>
  api.gql(RECORD_WORKSTATION, { i: { assessmentId, mutationId: randomUUID(), ...facts } });

export const updateWorkstation = (api: Api, input: UpdateScannerWorkstationInput) => api.gql(UPDATE_WORKSTATION, { i: input });

export function taskByKey<D extends { tasks: { key: string }[] }>(d: D, key: string): D['tasks'][number] {
  const task = d.tasks.find((t) => t.key === key);
  if (!task) throw new Error(`The deployment has no task ${key}.`);
  return task;
}

export function dependencyOf<D extends { dependencies: { kind: string }[] }>(d: D, kind: string): D['dependencies'][number] {
  const dependency = d.dependencies.find((x) => x.kind === kind);
  if (!dependency) throw new Error(`The deployment has no ${kind} dependency.`);
  return dependency;
}
