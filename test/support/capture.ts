import { randomUUID } from 'node:crypto';
import type { Api } from './api';

export const WORKSTATION_FIELDS = `id assessmentId deploymentId label make model serialNumber connection drivers opticalResolutionDpi duplex
  automaticDocumentFeeder colour operatingSystem browser scanProfileSet testScanOutcome photoShas notes verdict
  missedRequirements { key category } requirementsVersion version updatedBy`;

/** Facts of a scanner that meets requirements version 1; override to miss some. */
export const meetingScanner = (extra: Record<string, unknown> = {}) => ({
  label: 'Family law intake 1', make: 'Fujitsu', model: 'fi-7160', serialNumber: 'A1B2C3', connection: 'USB', drivers: ['TWAIN'],
  opticalResolutionDpi: 600, duplex: true, automaticDocumentFeeder: true, colour: true, operatingSystem: 'Windows 11 Enterprise',
  browser: 'Edge 142', scanProfileSet: true, testScanOutcome: 'PASSED', ...extra,
});

/** The first courthouse of the deployment's court. */
export async function courtLocationId(api: Api, deploymentId: string): Promise<string> {
  const res = await api.gql(`query($id: ID!) { deployment(id: $id) { court { locations { id } } } }`, { id: deploymentId });
  return res.data!.deployment.court.locations[0].id;
}

export async function startAssessment(api: Api, deploymentId: string, extra: Record<string, unknown> = {}) {
  const res = await api.gql(`mutation($i: StartScannerAssessmentInput!) { startScannerAssessment(input: $i) { id version status } }`, {
    i: { deploymentId, locationId: await courtLocationId(api, deploymentId), assessedOn: api.clock.now().toISOString().slice(0, 10), mutationId: randomUUID(), ...extra },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.startScannerAssessment as { id: string; version: number; status: string };
}

export const recordWorkstation = (api: Api, assessmentId: string, facts: Record<string, unknown>) =>
  api.gql(`mutation($i: RecordScannerWorkstationInput!) { recordScannerWorkstation(input: $i) { ${WORKSTATION_FIELDS} } }`, {
    i: { assessmentId, mutationId: randomUUID(), ...facts },
  });

export const updateWorkstation = (api: Api, input: Record<string, unknown>) =>
  api.gql(`mutation($i: UpdateScannerWorkstationInput!) { updateScannerWorkstation(input: $i) { ${WORKSTATION_FIELDS} } }`, { i: input });

export async function readDeployment(api: Api, id: string, fields: string) {
  const res = await api.gql(`query($id: ID!) { deployment(id: $id) { ${fields} } }`, { id });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.deployment;
}

export const taskByKey = (d: { tasks: { key: string }[] }, key: string) => d.tasks.find((t) => t.key === key) as any;
export const dependencyOf = (d: { dependencies: { kind: string }[] }, kind: string) => d.dependencies.find((x) => x.kind === kind) as any;
