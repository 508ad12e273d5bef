import { z } from 'zod';

/**
 * The building blocks of every request schema: free text, integers in paths and queries, and dates.
 * PostgreSQL (and PGlite) refuse a NUL in text and JSON, a lone UTF-16 surrogate cannot be encoded,
 * an `integer` column stops at 2^31 - 1, and a `timestamp` has no year 0; these schemas refuse all
 * of that at the edge (400 VALIDATION_FAILED naming the field), so none of it reaches the database.
 */

/** The issue messages of refused text: forms map them to their own words. */
export const TEXT_ISSUES = {
  nul: 'Contains a NUL character (U+0000), which cannot be stored',
  loneSurrogate: 'Contains a broken character (an unpaired UTF-16 surrogate)',
} as const;

/** True when the string holds no NUL character. */
export function hasNoNul(value: string): boolean {
  return !value.includes('\u0000');
}

/** True when every UTF-16 surrogate in the string is one half of a pair (String#isWellFormed). */
export function isWellFormedText(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (unit > 0xdbff) return false;
    const next = value.charCodeAt(i + 1);
    if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
    i++;
  }
  return true;
}

/** True when the string may be stored as it is: no NUL, no lone surrogate. */
export function isStorableText(value: string): boolean {
  return hasNoNul(value) && isWellFormedText(value);
}

export interface TextOptions {
  /** Longest accepted, in UTF-16 code units, after trimming. Every free-text field has one. */
  max: number;
  min?: number;
  /** Trim surrounding white space before the checks (the default); false keeps the text as typed. */
  trim?: boolean;
  /** Messages for the length checks, where a form shows them. */
  messages?: { min?: string; max?: string };
}

/**
 * The one schema for free text in a request (names, bodies, quotes, reasons, notes, filters,
 * search words): bounded, and refused (never rewritten) when it holds a NUL or a lone surrogate.
 */
export function safeText({ max, min, trim = true, messages = {} }: TextOptions): z.ZodString {
  let schema = z.string();
  if (trim) schema = schema.trim();
  if (min !== undefined) schema = schema.min(min, messages.min);
  return schema
    .max(max, messages.max)
    .refine(hasNoNul, { message: TEXT_ISSUES.nul })
    .refine(isWellFormedText, { message: TEXT_ISSUES.loneSurrogate });
}

/** An email address as every route takes it: trimmed, lower-cased, at most 254 characters. */
export function emailSchema(message?: string): z.ZodString {
  return safeText({ max: 254 })
    .toLowerCase()
    .email(message === undefined ? undefined : { message });
}

// --- Integers -----------------------------------------------------------------------------------

/** The largest value of a PostgreSQL `integer` (int4). */
export const INT4_MAX = 2_147_483_647;

export interface IntOptions {
  min?: number;
  max?: number;
}

/**
 * An integer in a path or query string: digits only (no sign, exponent, point or spaces), within
 * [min, max] (by default 1 to 2^31 - 1). The OpenAPI document says `format: int32`.
 */
export function pathInt({ min = 1, max = INT4_MAX }: IntOptions = {}) {
  return z
    .string()
    .regex(/^[0-9]{1,10}$/, 'expected_digits')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .meta({ format: 'int32', minimum: min, maximum: max });
}

/** The same bounds for a query string's integers. */
export const queryInt = pathInt;

/** An integer in a JSON body: within [min, max] (by default 1 to 2^31 - 1). */
export function bodyInt({ min = 1, max = INT4_MAX }: IntOptions = {}): z.ZodNumber {
  return z.number().int().min(min).max(max);
}

// --- Dates --------------------------------------------------------------------------------------

/** Dates the record holds: birth dates, plan and meeting dates, filters. Years outside are refused. */
export const DATE_MIN_YEAR = 1900;
export const DATE_MAX_YEAR = 2100;
/** The same bounds as YYYY-MM-DD, for the `min` and `max` of a date input. */
export const DATE_MIN = `${DATE_MIN_YEAR}-01-01`;
export const DATE_MAX = `${DATE_MAX_YEAR}-12-31`;

export const DATE_ISSUES = {
  format: 'expected YYYY-MM-DD',
  noSuchDate: 'no such date',
  outOfRange: 'date_out_of_range',
  fromAfterTo: 'from_after_to',
} as const;

function realDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function yearInRange(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= DATE_MIN_YEAR && year <= DATE_MAX_YEAR;
}

/** A calendar date that exists, as YYYY-MM-DD, in the years 1900 to 2100. */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, DATE_ISSUES.format)
  .refine(realDate, DATE_ISSUES.noSuchDate)
  .refine(yearInRange, DATE_ISSUES.outOfRange)
  .meta({ format: 'date' });

const FIRST_INSTANT = Date.UTC(DATE_MIN_YEAR, 0, 1);
const LAST_INSTANT = Date.UTC(DATE_MAX_YEAR + 1, 0, 1);

/** An instant in ISO 8601 with its offset (2026-05-04T15:00:00+02:00), in the years 1900 to 2100. */
export const dateTimeSchema = z.iso.datetime({ offset: true }).refine((value) => {
  const at = Date.parse(value);
  return at >= FIRST_INSTANT && at < LAST_INSTANT;
}, DATE_ISSUES.outOfRange);

/** For an object with optional `from` and `to` dates: `from` must not come after `to`. */
export function fromNotAfterTo(value: { from?: string; to?: string }): boolean {
  return value.from === undefined || value.to === undefined || value.from <= value.to;
}
