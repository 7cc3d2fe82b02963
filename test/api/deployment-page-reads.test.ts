import type { ResultOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeploymentWorkspaceDocument } from '../../client/src/graphql/documents/deployment-workspace';
import { Api, startApi, type GqlResult } from '../support/api';
import { createDeployment, organizationsOf } from '../support/fixtures';

// The deployment page is every role's page: the app's own DeploymentWorkspace query (staff, last
// go-live move, readiness, meetings, documents, training, accounts) must answer for each role in
// scope, or the page would lose those sections.
const WORKSPACE = print(DeploymentWorkspaceDocument);
type Workspace = GqlResult<ResultOf<typeof DeploymentWorkspaceDocument>>;

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

describe('the deployment page reads', () => {
  it('answers the workspace query for every role that sees the deployment', async () => {
    const { courtId } = await organizationsOf(api, 'Fresno');
    const field = await api.as('FIELD_STAFF');
    const d = await createDeployment(api, 'Fresno', 120, { fieldStaffIds: [field.user!.id] });
    const clients = {
      ADMIN: api,
      COORDINATOR: await api.as('COORDINATOR'),
      FIELD_STAFF: field,
      PARTNER_USER: await api.as('PARTNER_USER', { organizationId: courtId }),
      REPORTER: await api.as('REPORTER'),
    };
    for (const [role, client] of Object.entries(clients)) {
      const res = (await client.gql(WORKSPACE, { id: d.id })) as Workspace;
      expect([role, res.errors]).toEqual([role, undefined]);
      expect(res.data!.deployment.fieldStaff).toEqual([{ id: field.user!.id, displayName: expect.any(String) }]);
      expect(res.data!.deploymentReadiness.status).toBe('NO_GO');
    }
  });
});
