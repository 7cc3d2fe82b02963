import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, GqlResult, errorCode, errorDetails, startApi } from '../support/api';
import { createDeployment, organizationsOf } from '../support/fixtures';
import { graphql } from '../support/generated';

// An installation where an administrator has not published what an action needs answers
// NOT_CONFIGURED with what to do, never INTERNAL_SERVER_ERROR (which the app retries as transient).

let api: Api;
let deploymentId: string;

beforeAll(async () => {
  api = await startApi();
  deploymentId = (await createDeployment(api, 'Fresno', 100)).id;
  // The reference data publishes version 1 of each; take that back, as on an installation before it.
  await api.app.db.query('UPDATE lifecycle_template SET "publishedAt" = NULL');
  await api.app.db.query('UPDATE test_plan SET "publishedAt" = NULL');
  await api.app.db.query('DELETE FROM scanner_requirement_set');
});
afterAll(async () => { await api?.close(); });

function expectNotConfigured(res: GqlResult<unknown>, noun: string, says: RegExp) {
  expect(errorCode(res)).toBe('NOT_CONFIGURED');
  expect(errorDetails(res)).toEqual({ noun });
  expect(res.errors![0].message).toMatch(says);
}

describe('nothing published', () => {
  it('refuses to create a deployment without a lifecycle template', async () => {
    const { courtId, sheriffId } = await organizationsOf(api, 'Kern');
    const res = await api.gql(graphql(`mutation NothingPublishedCreateDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }`), {
      i: { courtId, leaIds: [sheriffId], targetGoLive: new Date(api.clock.now().getTime() + 100 * 86_400_000).toISOString().slice(0, 10), mutationId: randomUUID() },
    });
    expectNotConfigured(res, 'LifecycleTemplate', /No lifecycle template is published\. An administrator must publish one/);
  });

  it('refuses a lifecycle template draft with nothing to copy from', async () => {
    const res = await api.gql(graphql(`mutation NothingPublishedLifecycleDraft($i: CreateLifecycleTemplateDraftInput!) { createLifecycleTemplateDraft(input: $i) { id } }`), {
      i: { mutationId: randomUUID() },
    });
    expectNotConfigured(res, 'LifecycleTemplate', /No lifecycle template is published to copy from/);
  });

  it('refuses to start a CAT run without a CAT plan', async () => {
    const res = await api.gql(graphql(`mutation NothingPublishedStartRun($i: StartTestRunInput!) { startTestRun(input: $i) { id } }`), {
      i: { deploymentId, environment: 'TEST', purpose: 'ACCEPTANCE', mutationId: randomUUID() },
    });
    expectNotConfigured(res, 'TestPlan', /No CAT plan is published\. An administrator must publish one/);
  });

  it('answers the latest scanner requirements with what to publish', async () => {
    const res = await api.gql(graphql(`query NothingPublishedScannerRequirements { scannerRequirements { version } }`));
    expectNotConfigured(res, 'ScannerRequirementSet', /No scanner requirements are published\. An administrator must publish them/);
  });
});

describe('automatic persisted queries', () => {
  it('answers BAD_REQUEST, saying what to send, when the hash is not the query’s', async () => {
    const query = '{ me { id } }';
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...api.headers },
      body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update('another query').digest('hex') } } }),
    });
    const body = (await res.json()) as GqlResult;
    expect(res.status).toBe(400);
    expect(errorCode(body)).toBe('BAD_REQUEST');
    expect(body.errors![0].message).toMatch(/SHA-256 of the query text/);
  });
});
