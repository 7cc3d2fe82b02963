/** Today's date (YYYY-MM-DD) in California, where the schedule's days are counted (docs/domain.md#scheduling). */
export const californiaToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
