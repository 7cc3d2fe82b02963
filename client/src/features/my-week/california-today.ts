import { californiaDate } from '../../../../rules/dates';
/** Today's date (YYYY-MM-DD) in California, where the schedule's days are counted (docs/domain.md#scheduling). */
export const californiaToday = () => californiaDate(new Date());
