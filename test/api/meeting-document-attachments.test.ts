import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, errorCode, refusedFields, startApi } from '../support/api';
import { createDeployment } from '../support/fixtures';
import { uploadFile, wordDocument } from '../support/files';
import { graphql } from '../support/generated';

let api: Api;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api?.close(); });

const RECORD_DOCUMENT = graphql(`mutation AttachmentsRecordDocument($input: RecordDocumentInput!) { recordDocument(input: $input) {
  id title attachments { sha256 fileName contentType size } } }`);
const RECORD_MEETING = graphql(`mutation AttachmentsRecordMeeting($input: RecordMeetingInput!) { recordMeeting(input: $input) {
  id attachments { sha256 fileName } } }`);
const RECORDS = graphql(`query AttachmentsRecords($id: ID!) { deployment(id: $id) {
  documents { title attachments { sha256 fileName } } meetings { title attachments { sha256 fileName } } } }`);
const today = () => api.clock.now().toISOString().slice(0, 10);

describe('attachments of meetings and documents', () => {
  it('attaches uploaded files to a document and a meeting, readable with the deployment', async () => {
    const d = await createDeployment(api, 'Fresno', 120);
    const form = await uploadFile(api, Buffer.from('%PDF-1.4 DOJ form'), 'DOJ form 8016.pdf', 'application/pdf');
    const minutes = await uploadFile(api, wordDocument('Kick-off minutes'), 'minutes.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');

    const document = await api.gql(RECORD_DOCUMENT, { input: {
      deploymentId: d.id, title: 'DOJ forms', direction: 'RECEIVED', exchangedOn: today(), attachmentShas: [form.sha256, form.sha256], mutationId: crypto.randomUUID(),
    } });
    expect(document.errors).toBeUndefined();
    expect(document.data!.recordDocument.attachments).toEqual([{ sha256: form.sha256, fileName: 'DOJ form 8016.pdf', contentType: 'application/pdf', size: form.size }]);

    const meeting = await (await api.as('COORDINATOR')).gql(RECORD_MEETING, { input: {
      deploymentId: d.id, kind: 'OTHER', title: 'Working session', meetingOn: today(), held: true, attachmentShas: [minutes.sha256],
    } });
    expect(meeting.data!.recordMeeting.attachments).toEqual([{ sha256: minutes.sha256, fileName: 'minutes.docx' }]);

    const records = (await api.gql(RECORDS, { id: d.id })).data!.deployment;
    expect(records.documents).toEqual([{ title: 'DOJ forms', attachments: [{ sha256: form.sha256, fileName: 'DOJ form 8016.pdf' }] }]);
    expect(records.meetings).toEqual([{ title: 'Working session', attachments: [{ sha256: minutes.sha256, fileName: 'minutes.docx' }] }]);
  });

  it('refuses a file never uploaded or a malformed sha and records nothing', async () => {
    const d = await createDeployment(api, 'Kings', 120);
    const missing = await api.gql(RECORD_DOCUMENT, { input: {
      deploymentId: d.id, title: 'Participation letter', direction: 'SENT', exchangedOn: today(), attachmentShas: ['a'.repeat(64), 'not-a-sha'],
    } });
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(refusedFields(missing)).toEqual(['attachmentShas[1]', 'attachmentShas[0]']);
    expect((await api.gql(RECORDS, { id: d.id })).data!.deployment.documents).toEqual([]);
  });

  it('lets only planners record them', async () => {
    const d = await createDeployment(api, 'Lake', 120);
    const field = await api.as('FIELD_STAFF');
    const res = await field.gql(RECORD_DOCUMENT, { input: { deploymentId: d.id, title: 'Letter', direction: 'SENT', exchangedOn: today(), attachmentShas: [] } });
    expect(errorCode(res)).toBe('FORBIDDEN');
  });
});
