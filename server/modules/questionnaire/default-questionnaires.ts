// Version 1 of the questionnaires of the process, seeded as reference data. Each names the lifecycle
// task (server/modules/lifecycle-template/default-template.ts) that accepting a response completes.
import { ChoiceSpec, QuestionSpec } from '../../../rules/questionnaire';
import { QuestionType } from './questionnaire.enums';

interface QuestionnaireSpec {
  key: string;
  title: string;
  description: string;
  taskKey: string;
  questions: QuestionSpec[];
}

const { TEXT, NUMBER, YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE, DATE, PHOTO, GROUP } = QuestionType;
const choice = (value: string, label: string): ChoiceSpec => ({ value, label });
const q = (key: string, label: string, type: QuestionType, required: boolean, extra: Partial<QuestionSpec> = {}): QuestionSpec =>
  ({ key, label, type, required, ...extra });

const DEPARTMENTS = [choice('CRIMINAL', 'Criminal'), choice('FAMILY', 'Family'), choice('CIVIL', 'Civil'), choice('JUVENILE', 'Juvenile')];

const SCOPE_QUESTIONNAIRE: QuestionnaireSpec = {
  key: 'SCOPE',
  title: 'Scope questionnaire',
  description: 'Evaluated with the court against the CCPOR Planning Guide: who issues orders, who sends them on, and what the court runs today.',
  taskKey: 'PLANNING_GUIDE_EVALUATION',
  questions: [
    q('issuingDepartments', 'Which departments issue restraining and protective orders?', MULTIPLE_CHOICE, true, { choices: DEPARTMENTS }),
    q('carposSubmitter', 'Who submits orders to CARPOS today?', SINGLE_CHOICE, true, {
      choices: [choice('COURT', 'The court'), choice('SHERIFF', 'The sheriff'), choice('OTHER', 'Someone else')],
    }),
    q('carposSubmitterOther', 'Who else submits orders to CARPOS?', TEXT, true, { visibleWhen: { questionKey: 'carposSubmitter', equals: 'OTHER' } }),
    q('cletsAuthorisedStaff', 'Does the court have CLETS-authorised staff?', YES_NO, true),
    q('cletsAuthorisedStaffCount', 'How many staff are CLETS-authorised?', NUMBER, true, {
      unit: 'people', min: 1, max: 500, visibleWhen: { questionKey: 'cletsAuthorisedStaff', equals: true },
    }),
    q('sheriffDelivery', 'How do orders reach the sheriff?', MULTIPLE_CHOICE, true, {
      choices: [choice('FAX', 'Fax'), choice('HAND_DELIVERY', 'Hand delivery'), choice('SCAN_AND_EMAIL', 'Scan and e-mail'), choice('MAIL', 'Mail'), choice('PICKUP', 'Pickup by the sheriff')],
    }),
    q('localOrderSystem', 'Which local system holds the orders (name and vendor)?', TEXT, true),
    q('localOrderSystemKeeps', 'What does the local system keep?', SINGLE_CHOICE, true, {
      choices: [choice('DATA', 'Order data only'), choice('IMAGES', 'Order images only'), choice('BOTH', 'Data and images')],
    }),
    q('scannersOnHand', 'Scanners on hand for orders', NUMBER, true, { unit: 'scanners', min: 0, max: 1000 }),
    q('scannersPlanned', 'Scanners planned or on order', NUMBER, false, { unit: 'scanners', min: 0, max: 1000 }),
    q('scanningSoftware', 'Scanning software in use', TEXT, false),
  ],
};

export const BUSINESS_OPERATION_QUESTIONNAIRE: QuestionnaireSpec = {
  key: 'BUSINESS_OPERATION',
  title: 'Business Operation questionnaire',
  description: 'The court’s restraining and protective order operations and infrastructure, returned before the invitation to commit.',
  taskKey: 'BUSINESS_OPERATION_QUESTIONNAIRE',
  questions: [
    q('orderVolumes', 'Orders issued, by type', GROUP, true, {
      help: 'One line per type of order the court issues.',
      questions: [
        q('orderType', 'Type of order', SINGLE_CHOICE, true, {
          choices: [
            choice('DOMESTIC_VIOLENCE', 'Domestic violence'), choice('CIVIL_HARASSMENT', 'Civil harassment'), choice('ELDER_ABUSE', 'Elder or dependent adult abuse'),
            choice('WORKPLACE_VIOLENCE', 'Workplace violence'), choice('GUN_VIOLENCE', 'Gun violence'), choice('CRIMINAL_PROTECTIVE', 'Criminal protective order'),
            choice('JUVENILE', 'Juvenile'),
          ],
        }),
        q('monthlyVolume', 'Orders a month', NUMBER, true, { unit: 'orders a month', min: 0, max: 100000 }),
      ],
    }),
    q('intakeWorkflow', 'Intake: how a request becomes an issued order, and who does each step', TEXT, true),
    q('scanningWorkflow', 'Scanning: when orders are scanned, by whom, and where images go', TEXT, true),
    q('staffCount', 'Staff who handle restraining and protective orders', NUMBER, true, { unit: 'people', min: 0, max: 5000 }),
    q('businessHours', 'Hours the clerk’s office handles orders, including after-hours duty', TEXT, true),
    q('caseManagementSystem', 'Case management system (name, vendor, version)', TEXT, true),
    q('networkInventory', 'Network: link to the CCTC, bandwidth, firewalls and proxies', TEXT, true),
    q('workstations', 'Workstations that will use CCPOR', GROUP, false, {
      questions: [
        q('location', 'Location or unit', TEXT, true),
        q('count', 'Workstations', NUMBER, true, { unit: 'workstations', min: 1, max: 1000 }),
        q('operatingSystem', 'Operating system', TEXT, false),
        q('browser', 'Browser', TEXT, false),
      ],
    }),
    q('cletsAccess', 'Does the court have CLETS access today?', YES_NO, true),
    q('carposAccess', 'Does the court have CARPOS access today?', YES_NO, true),
    q('carposAccessDetails', 'How is CARPOS reached today (terminal, agency, who keys orders)?', TEXT, true, { visibleWhen: { questionKey: 'carposAccess', equals: true } }),
  ],
};

export const TRAINING_QUESTIONNAIRE: QuestionnaireSpec = {
  key: 'TRAINING',
  title: 'Training questionnaire',
  description: 'What the court needs from CCPOR training, used to establish the training, CAT and go-live schedules.',
  taskKey: 'ESTABLISH_SCHEDULES',
  questions: [
    q('preferredDates', 'Preferred training dates', GROUP, true, {
      questions: [
        q('date', 'Date', DATE, true),
        q('timeOfDay', 'Time of day', SINGLE_CHOICE, true, { choices: [choice('MORNING', 'Morning'), choice('AFTERNOON', 'Afternoon'), choice('FULL_DAY', 'Full day')] }),
      ],
    }),
    q('preferredMode', 'Preferred mode', SINGLE_CHOICE, true, { choices: [choice('CLASSROOM', 'Classroom'), choice('REMOTE', 'Remote'), choice('RECORDED', 'Recorded')] }),
    q('trainTheTrainer', 'Do you want train-the-trainer sessions for your own trainers?', YES_NO, true),
    q('trainerCount', 'How many of your staff will become trainers?', NUMBER, true, { unit: 'people', min: 1, max: 50, visibleWhen: { questionKey: 'trainTheTrainer', equals: true } }),
    q('endUserCount', 'How many end users need training?', NUMBER, true, { unit: 'people', min: 0, max: 5000 }),
    q('trainingRoom', 'Does the court have a training room?', YES_NO, true),
    q('roomWorkstations', 'Workstations in the room', NUMBER, true, { unit: 'workstations', min: 1, max: 200, visibleWhen: { questionKey: 'trainingRoom', equals: true } }),
    q('roomProjector', 'Does the room have a projector?', YES_NO, true, { visibleWhen: { questionKey: 'trainingRoom', equals: true } }),
    q('roomNetwork', 'Can the room’s workstations reach CCPOR on the network?', YES_NO, true, { visibleWhen: { questionKey: 'trainingRoom', equals: true } }),
    q('roomPhotos', 'Photos of the room', PHOTO, false, { visibleWhen: { questionKey: 'trainingRoom', equals: true } }),
  ],
};

export const READINESS_CHECKLIST: QuestionnaireSpec = {
  key: 'GO_LIVE_READINESS',
  title: 'Go-Live Readiness Checklist',
  description: 'Sent by the CCPOR team and answered by the court to validate go-live readiness.',
  taskKey: 'VALIDATE_READINESS',
  questions: [
    q('accountsActive', 'Every CCPOR user account the court needs is active.', YES_NO, true),
    q('trainingCompleted', 'Every user who will use CCPOR on day 0 has been trained.', YES_NO, true),
    q('scannersReady', 'Every scanner meets the requirements and has the CCPOR scan profile set.', YES_NO, true),
    q('catSignedOff', 'Court Acceptance Testing passed and the results are signed off.', YES_NO, true),
    q('leasInformed', 'The sheriff and participating LEAs know the go-live date and how orders will reach them.', YES_NO, true),
    q('cutOverPlan', 'Cut-over: the day the old process stops, and what happens to orders in flight', TEXT, true),
    q('goLiveSupport', 'Who the court calls on go-live day (help desk, CCPOR team contacts)', TEXT, true),
    q('confirmedGoLive', 'Go-live date confirmed by the court', DATE, true),
    q('openIssues', 'Open issues the CCPOR team should know about', TEXT, false),
  ],
};

export const DEFAULT_QUESTIONNAIRES = [SCOPE_QUESTIONNAIRE, BUSINESS_OPERATION_QUESTIONNAIRE, TRAINING_QUESTIONNAIRE, READINESS_CHECKLIST];
