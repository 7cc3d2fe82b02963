import fs from 'node:fs';
import path from 'node:path';
import type { OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { entryInWords, OUTBOX_REGISTRY, type FindCached } from '../../client/src/offline/outbox-operations';
import { OPERATION_LABELS } from '../../rules/labels';

// The outbox registry (docs/sync.md#outbox): every operation the app can queue is registered once,
// with the schema mutation it sends and its words on /sync.

const CLIENT = path.resolve(__dirname, '../../client/src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return item.name === 'generated' || item.name.startsWith('generated-') ? [] : sources(full);
    return /\.tsx?$/.test(item.name) ? [full] : [];
  });
}

/** Operation names the app's code hands to the outbox: through useOutboxWrite or an entry it enqueues itself. */
const queued = new Set(sources(CLIENT).flatMap((file) => {
  const code = fs.readFileSync(file, 'utf8');
  const enqueued = code.includes('.enqueue(') ? [...code.matchAll(/operationName: '(\w+)'/g)] : [];
  return [...code.matchAll(/useOutboxWrite\(\s*'(\w+)'/g), ...enqueued].map((m) => m[1]);
}));

const noCache: FindCached = () => undefined;
/** Any input: every field reads as a date, the one shape every label can format. */
const anyInput = new Proxy({}, { get: (_target, field) => (field === 'then' ? undefined : '2027-03-02') });

describe('the outbox registry', () => {
  it('has an entry for every operation the app queues', () => {
    expect(queued.size).toBeGreaterThan(40);
    expect([...queued].filter((name) => !(name in OUTBOX_REGISTRY))).toEqual([]);
  });

  it('names for each the mutation its document sends, whose words rules/labels.ts holds', () => {
    for (const [name, registration] of Object.entries(OUTBOX_REGISTRY)) {
      const operation = registration.document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
      expect(operation?.name?.value, name).toBe(name);
      const [field] = operation!.selectionSet.selections;
      expect(field.kind === 'Field' && field.name.value, name).toBe(registration.mutation);
      expect(OPERATION_LABELS[registration.mutation], name).toBeTruthy();
    }
  });

  it('says every entry in words, even with nothing of its records on the device', () => {
    for (const name of Object.keys(OUTBOX_REGISTRY)) {
      const words = entryInWords({ operationName: name, variables: { input: anyInput } }, noCache);
      const registration = OUTBOX_REGISTRY[name as keyof typeof OUTBOX_REGISTRY];
      expect(words.startsWith(OPERATION_LABELS[registration.mutation]), name).toBe(true);
      expect(words, name).not.toMatch(/undefined|null|\[object|[A-Z]{3,}_[A-Z]/);
    }
  });

  it('names the record from what the device holds: which case, which task, which dependency', () => {
    const cache: Record<string, Record<string, unknown>> = {
      'TestCase:c12': { key: 'SR-12', title: 'Search by name' },
      'Task:t3': { number: 3, title: 'Kick-off meeting' },
      'Dependency:d1': { title: 'CA DOJ CLETS/CARPOS registration' },
    };
    const find: FindCached = (key) => cache[String(key)];
    const words = (operationName: string, input: Record<string, unknown>) => entryInWords({ operationName, variables: { input } }, find);
    expect(words('RecordTestResult', { runId: 'r', caseId: 'c12', status: 'PASSED' })).toBe('Recorded a test result: case SR-12 ‘Search by name’, passed');
    expect(words('RecordTestResult', { runId: 'r', caseId: 'c13', status: 'FAILED' })).toBe('Recorded a test result: a case, failed');
    expect(words('CompleteTask', { taskId: 't3' })).toBe('Completed a task: task 3 ‘Kick-off meeting’');
    expect(words('UpdateDependency', { dependencyId: 'd1', status: 'WAITING' })).toBe('Updated a dependency: CA DOJ CLETS/CARPOS registration: waiting');
    expect(words('RecordScannerWorkstation', { label: 'Clerk window 2', make: 'Fujitsu', model: 'fi-7160' }))
      .toBe('Recorded a scanner workstation: Clerk window 2: Fujitsu fi-7160');
    expect(words('SomethingOld', {})).toBe('A change this version of the app cannot send (SomethingOld)');
  });
});
