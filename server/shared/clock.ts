import { californiaDate } from './dates';

/** The one source of "now". Tests pass a clock they can move; everything else uses the system's. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Today's calendar date in America/Los_Angeles. */
export const today = (clock: Clock) => californiaDate(clock.now());
