// How each kind of refused update is applied again when a person resolves its conflict: through the
// same function the mutation runs, so that validation and side effects (verdicts, dependencies,
// task completion) happen exactly as they would have.
import type { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { applyStatusChange } from '../account-request/account-request.service';
import { ChangeAccountRequestStatusInput } from '../account-request/account-request.inputs';
import { applyUpdateDefect } from '../defect/defect.service';
import { UpdateDefectInput } from '../defect/defect.inputs';
import { applyDependencyUpdate } from '../dependency/dependency.service';
import { UpdateDependencyInput } from '../dependency/dependency.inputs';
import { applyUpdateDeployment } from '../deployment/deployment.service';
import { UpdateDeploymentInput } from '../deployment/deployment.inputs';
import { applyUpdateIncident } from '../incident/incident.service';
import { UpdateIncidentInput } from '../incident/incident.inputs';
import { applyAccept, applyReturn, applySave, applySubmit } from '../questionnaire/questionnaire.service';
import { ReviewResponseInput, SaveResponseInput, SubmitResponseInput } from '../questionnaire/questionnaire.inputs';
import { applyAssessmentCompletion, applyAssessmentUpdate, applyWorkstationUpdate } from '../scanner/scanner.service';
import { CompleteScannerAssessmentInput, UpdateScannerAssessmentInput, UpdateScannerWorkstationInput } from '../scanner/scanner.inputs';
import { applySessionUpdate, applyTrainingHeld } from '../training/training.service';
import { AttendeeInput, RecordTrainingHeldInput, UpdateTrainingSessionInput } from '../training/training.inputs';
import type { Refusal } from './replay';

interface Reapplier {
  /** The operation's input class, validated like the GraphQL argument. */
  input: new () => object;
  /** The input field naming the record. */
  idField: string;
  /** Turns values named like the record's fields (as the conflict keeps them) into input fields. */
  toInput?: (values: Record<string, unknown>) => Record<string, unknown>;
  apply: (tx: EntityManager, ctx: Context, input: never) => Promise<{ version: number } | Refusal>;
}

const review = (values: Record<string, unknown>) => ({ comment: values.reviewComment ?? null });
const withAttendees = (values: Record<string, unknown>) => ({
  ...values,
  ...(Array.isArray(values.attendees) ? { attendees: values.attendees.map((a) => Object.assign(new AttendeeInput(), a)) } : {}),
});

/** Keyed by the operation a conflict records. An operation missing here can still be resolved by taking theirs. */
export const REAPPLIERS: Record<string, Reapplier> = {
  updateDependency: { input: UpdateDependencyInput, idField: 'dependencyId', apply: applyDependencyUpdate },
  updateScannerAssessment: { input: UpdateScannerAssessmentInput, idField: 'assessmentId', apply: applyAssessmentUpdate },
  completeScannerAssessment: { input: CompleteScannerAssessmentInput, idField: 'assessmentId', toInput: () => ({}), apply: applyAssessmentCompletion },
  updateScannerWorkstation: { input: UpdateScannerWorkstationInput, idField: 'workstationId', apply: applyWorkstationUpdate },
  saveResponse: { input: SaveResponseInput, idField: 'responseId', apply: applySave },
  submitResponse: { input: SubmitResponseInput, idField: 'responseId', toInput: ({ answers }) => (answers ? { answers } : {}), apply: applySubmit },
  acceptResponse: { input: ReviewResponseInput, idField: 'responseId', toInput: review, apply: applyAccept },
  returnResponse: { input: ReviewResponseInput, idField: 'responseId', toInput: review, apply: applyReturn },
  updateTrainingSession: { input: UpdateTrainingSessionInput, idField: 'sessionId', toInput: withAttendees, apply: applySessionUpdate },
  recordTrainingHeld: { input: RecordTrainingHeldInput, idField: 'sessionId', toInput: ({ status: _s, ...v }) => withAttendees(v), apply: applyTrainingHeld },
  updateDefect: { input: UpdateDefectInput, idField: 'defectId', apply: applyUpdateDefect },
  updateIncident: { input: UpdateIncidentInput, idField: 'incidentId', apply: applyUpdateIncident },
  updateDeployment: { input: UpdateDeploymentInput, idField: 'deploymentId', apply: applyUpdateDeployment },
  changeAccountRequestStatus: {
    input: ChangeAccountRequestStatusInput, idField: 'requestId', toInput: ({ status, rejectionReason }) => ({ status, reason: rejectionReason ?? null }),
    apply: applyStatusChange,
  },
};
