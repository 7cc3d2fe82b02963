const dateTimeFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
/** An instant on paper: date and time, in the device's time zone. */
export const printedDateTime = (value: string) => dateTimeFormat.format(new Date(value));
