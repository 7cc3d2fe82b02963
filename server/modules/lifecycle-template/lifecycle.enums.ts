import { registerEnumType } from 'type-graphql';
import { Phase, Lane, Party, TaskKind } from '../../../rules/enums';

export { Phase, Lane, Party, TaskKind };

export const PHASE_ORDER = [Phase.PLANNING, Phase.SCOPE, Phase.IMPLEMENT, Phase.GO_LIVE, Phase.POST_GO_LIVE];

/**
 * Days before go-live at which each phase begins at the latest (docs/domain.md#lifecycle).
 * A phase entered later than this has a window that is too short.
 */
export const PHASE_STARTS_AT: Partial<Record<Phase, number>> = {
  [Phase.PLANNING]: -90,
  [Phase.SCOPE]: -60,
  [Phase.IMPLEMENT]: -30,
};

registerEnumType(Phase, {
  name: 'Phase',
  description: 'A phase of the CCPOR deployment lifecycle, in order.',
  valuesConfig: {
    PLANNING: { description: 'Awareness, questionnaires and scanner assessment; begins 90 days before go-live at the latest.' },
    SCOPE: { description: 'Planning Guide evaluation, commitment and kick-off; begins 60 days before go-live at the latest.' },
    IMPLEMENT: { description: 'Dependencies, accounts, training and acceptance testing; begins 30 days before go-live at the latest.' },
    GO_LIVE: { description: 'Day 0: the court starts using CCPOR.' },
    POST_GO_LIVE: { description: 'After go-live: incident reporting until close-out.' },
  },
});

registerEnumType(Lane, {
  name: 'Lane',
  description: 'The swim lane of the process diagram a task sits in.',
  valuesConfig: {
    CCPOR_TEAM: { description: 'Work of the CCPOR team.' },
    COURT_AND_LEA: { description: 'Work of the court and its law-enforcement agencies.' },
  },
});

registerEnumType(Party, {
  name: 'Party',
  description: 'Who owns a piece of work or is being waited on.',
  valuesConfig: {
    CCPOR_TEAM: { description: 'The CCPOR team of the Judicial Council.' },
    COURT: { description: 'The superior court being deployed.' },
    LEA: { description: 'A participating law-enforcement agency, e.g. the county sheriff.' },
    DOJ: { description: 'The California Department of Justice (CLETS / CARPOS).' },
    CCTC: { description: 'The California Courts Technology Center datacenter.' },
  },
});

registerEnumType(TaskKind, {
  name: 'TaskKind',
  description: "The kind of activity, from the process diagram's legend.",
  valuesConfig: {
    DOCUMENT: { description: 'A document sent by the CCPOR team.' },
    RESPONSE: { description: 'A response returned by the court or LEA.' },
    MEETING: { description: 'A meeting, communication or information.' },
    COURT_ACTIVITY: { description: 'Work the court or LEA does.' },
    MILESTONE: { description: 'Go-live itself.' },
  },
});
