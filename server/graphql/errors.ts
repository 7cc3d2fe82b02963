import { GraphQLError } from 'graphql';
import type { FieldProblem } from '../../rules/problems';

export type { FieldProblem };

// The catalogue of codes, each described in docs/errors.md; add a code there and here together.
export type ErrorCode =
  | 'BAD_USER_INPUT' // details: { fields: [{ field, message }] }
  | 'INVALID_TRANSITION' // details: { noun, id, from, to }
  | 'MUTATION_ID_REUSED' // details: { mutationId, operation }
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN' // details: { operation }
  | 'NOT_FOUND' // details: { noun, id }
  | 'CONFLICT' // details: { conflictId, noun, id, baseVersion, version, server, updatedBy, updatedAt }
  | 'PREREQUISITES_OPEN' // details: { taskId, open: [{ id, number, title, status }] }
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

export const problem = (code: ErrorCode, message: string, details?: object) =>
  new GraphQLError(message, { extensions: { code, ...(details ? { details } : {}) } });

export const notFound = (noun: string, id: string) =>
  problem('NOT_FOUND', `${noun} ${id} does not exist.`, { noun, id });

export const badInput = (fields: FieldProblem[]) =>
  problem('BAD_USER_INPUT', fields.map((f) => `${f.field}: ${f.message}`).join(' '), { fields });

export const invalidTransition = (noun: string, id: string, from: string, to: string, why: string) =>
  problem('INVALID_TRANSITION', `${noun} ${id} is ${from} and cannot become ${to}: ${why}`, { noun, id, from, to });

/** What the action needs (a lifecycle template, a CAT plan, scanner requirements) has not been published yet. */
export const notConfigured = (noun: string, message: string) => problem('NOT_CONFIGURED', message, { noun });
