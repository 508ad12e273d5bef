import { calendarDateSchema, safeText } from '../input';

/** Free text of a record, as typed (not trimmed): bounded, no NUL, no lone surrogate. */
export const text = (max: number) => safeText({ max, trim: false });

/** A calendar date that exists, as YYYY-MM-DD, in the years 1900 to 2100 (the one date schema). */
export const isoDateSchema = calendarDateSchema;
