// What an attempt at a CAT case must say for its outcome (docs/domain.md#court-acceptance-testing):
// the server refuses an attempt without it, and the runner asks for it before recording one.
import { TestResultStatus } from './enums';
import type { FieldProblem } from './problems';

export interface AttemptText {
  status: TestResultStatus;
  actualResult?: string | null;
  notes?: string | null;
}

/** The text each outcome needs, and what it must say: a failure what happened, a blocked or not applicable case why. */
export const ATTEMPT_NEEDS: { readonly [S in TestResultStatus]?: FieldProblem & { field: 'actualResult' | 'notes' } } = {
  [TestResultStatus.FAILED]: { field: 'actualResult', message: 'must say what actually happened when the attempt failed.' },
  [TestResultStatus.BLOCKED]: { field: 'notes', message: 'must say why the case is blocked.' },
  [TestResultStatus.NOT_APPLICABLE]: { field: 'notes', message: 'must say why the case does not apply.' },
};

/** The text an attempt lacks for its outcome (blank counts as missing), as problems by field. */
export function attemptProblems(attempt: AttemptText): FieldProblem[] {
  const need = ATTEMPT_NEEDS[attempt.status];
  return need && !attempt[need.field]?.trim() ? [{ field: need.field, message: need.message }] : [];
}
