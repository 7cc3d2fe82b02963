import { Lane, Party, Phase, TaskKind } from './lifecycle.enums';

interface TemplateTaskSpec {
  number: number;
  key: string;
  title: string;
  phase: Phase;
  party: Party;
  kind: TaskKind;
  /** Days from go-live (negative: before). */
  offsetDays: number;
  prerequisites: number[];
  required: boolean;
}

const CCPOR = Party.CCPOR_TEAM;
const COURT = Party.COURT;
const { PLANNING, SCOPE, IMPLEMENT, GO_LIVE, POST_GO_LIVE } = Phase;
const { DOCUMENT, RESPONSE, MEETING, COURT_ACTIVITY, MILESTONE } = TaskKind;

const row = (
  number: number, key: string, title: string, phase: Phase, party: Party, kind: TaskKind,
  offsetDays: number, prerequisites: number[] = [],
): TemplateTaskSpec => ({ number, key, title, phase, party, kind, offsetDays, prerequisites, required: true });

/** The default lifecycle template, version 1 (docs/domain.md#default-template): one row per task. */
export const DEFAULT_TEMPLATE_TASKS: TemplateTaskSpec[] = [
  row(1, 'MANAGEMENT_AWARENESS', 'Management awareness', PLANNING, CCPOR, MEETING, -90),
  row(2, 'PARTNER_SITE_INFO', 'CCPOR information on the partner site', PLANNING, CCPOR, MEETING, -90),
  row(3, 'PARTICIPATION_LETTER', 'Participation letter', PLANNING, CCPOR, DOCUMENT, -88, [1]),
  row(4, 'INTEREST_SURVEY', 'Survey for interest / recommitment', PLANNING, CCPOR, DOCUMENT, -85, [3]),
  row(5, 'INTRODUCTION_MEETING', 'Introduction & overview meeting', PLANNING, CCPOR, MEETING, -80, [4]),
  row(6, 'QUESTIONNAIRES_SENT', 'Questionnaires sent', PLANNING, CCPOR, DOCUMENT, -78, [5]),
  row(7, 'BUSINESS_OPERATION_QUESTIONNAIRE', 'Business Operation questionnaire returned', PLANNING, COURT, RESPONSE, -68, [6]),
  row(8, 'SCANNER_ASSESSMENT', 'Scanner assessment', PLANNING, COURT, COURT_ACTIVITY, -68, [6]),
  row(9, 'INVITATION_TO_COMMIT', 'Invitation to commit', PLANNING, CCPOR, DOCUMENT, -62, [7, 8]),
  row(10, 'PLANNING_GUIDE_SENT', 'Planning Guide sent', SCOPE, CCPOR, DOCUMENT, -58, [9]),
  row(11, 'PLANNING_GUIDE_EVALUATION', 'Evaluation with the Planning Guide', SCOPE, COURT, COURT_ACTIVITY, -52, [10]),
  row(12, 'COURT_COMMITMENT', "Court's commitment", SCOPE, COURT, RESPONSE, -50, [11]),
  row(13, 'KICK_OFF_MEETING', 'Deployment kick-off meeting', SCOPE, CCPOR, MEETING, -45, [12]),
  row(14, 'DEPENDENCY_REVIEW', 'Review of onboarding dependencies', IMPLEMENT, CCPOR, MEETING, -30, [13]),
  row(15, 'ESTABLISH_SCHEDULES', 'Establish schedules (training, CAT, go-live)', IMPLEMENT, CCPOR, MEETING, -28, [14]),
  row(16, 'ACCOUNT_SET_UPS', 'DOJ forms, user & court account set-ups', IMPLEMENT, COURT, COURT_ACTIVITY, -21, [14]),
  row(17, 'TRAINING_AND_CAT_PLAN', 'Training & CAT plan', IMPLEMENT, CCPOR, DOCUMENT, -21, [15]),
  row(18, 'CCPOR_TRAINING', 'CCPOR training', IMPLEMENT, CCPOR, MEETING, -14, [16, 17]),
  row(19, 'COURT_ACCEPTANCE_TESTING', 'Court Acceptance Testing', IMPLEMENT, COURT, COURT_ACTIVITY, -7, [18]),
  row(20, 'COURT_TEST_RESULTS', 'Court test results', IMPLEMENT, COURT, RESPONSE, -5, [19]),
  row(21, 'READINESS_CHECKLIST', 'Go-Live Readiness Checklist', IMPLEMENT, CCPOR, DOCUMENT, -5, [17]),
  row(22, 'VALIDATE_READINESS', 'Validate go-live readiness', IMPLEMENT, COURT, COURT_ACTIVITY, -2, [20, 21]),
  row(23, 'GO_LIVE', 'Go-live', GO_LIVE, CCPOR, MILESTONE, 0, [22]),
  row(24, 'INCIDENT_REPORTING_PROCESS', 'Incident reporting process', POST_GO_LIVE, CCPOR, DOCUMENT, 1, [23]),
  row(25, 'APPROVAL_CLOSE_OUT', 'Approval close-out', POST_GO_LIVE, COURT, RESPONSE, 30, [23]),
];

export const laneOf = (party: Party) => (party === Party.CCPOR_TEAM ? Lane.CCPOR_TEAM : Lane.COURT_AND_LEA);
