// The catalogue of error codes, each described in docs/errors.md; add a code there, here and to
// ERROR_CODE_LABELS (rules/labels.ts) together. The server raises them with server/graphql/errors.ts.
export type ErrorCode =
  | 'BAD_USER_INPUT' // details: { fields: [{ field, message }] }
  | 'INVALID_TRANSITION' // details: { noun, id, from, to }
  | 'MUTATION_ID_REUSED' // details: { mutationId, operation }
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN' // details: { operation }
  | 'NOT_FOUND' // details: { noun, id }
  | 'CONFLICT' // details: { conflictId, noun, id, baseVersion, version, server, updatedBy, updatedAt }
  | 'PREREQUISITES_OPEN' // details: { taskId, open: [{ id, number, title, status }] }
  | 'ASSIGNEE_NOT_ALLOWED' // details: { taskId, assigneeId, party }
  | 'PHASE_GATE_BLOCKED' // details: { phase, open: [{ id, number, title, status }] }
  | 'NOT_READY' // details: { blockers }
  | 'SIGN_OFF_BLOCKED' // details: { blockers }
  | 'GO_LIVE_LOCKED' // details: { deploymentId, actualGoLive }
  | 'NOT_CONFIGURED' // details: { noun }
  | 'ACCOUNT_LOCKED'
  | 'RATE_LIMITED'
  | 'MFA_REQUIRED'
  | 'REAUTHENTICATION_REQUIRED' // details: { secondFactor }
  | 'QUERY_TOO_COMPLEX'
  | 'PAYLOAD_TOO_LARGE'
  | 'BAD_REQUEST'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'INTERNAL_SERVER_ERROR';
