import { z } from 'zod';
import { calendarDateSchema, DATE_ISSUES, fromNotAfterTo, queryInt } from '../input';
import { roleSchema } from '../schemas';
import { ACCESS_KINDS, ACCESS_PURPOSES } from './audit-actions';

export const ACCESS_LOG_PAGE_SIZE = 25;
export const ACCESS_LOG_MAX_PAGE = 10_000;
/** Minutes east of UTC, as far as time zones go (UTC-14:00 to UTC+14:00). */
export const TZ_OFFSET_LIMIT = 840;

const tzOffsetSchema = z
  .string()
  .regex(/^-?[0-9]{1,4}$/, 'expected_minutes')
  .transform(Number)
  .pipe(z.number().int().min(-TZ_OFFSET_LIMIT).max(TZ_OFFSET_LIMIT));

/**
 * The access log as people read it: accesses grouped by person, day and action, newest day first,
 * one page at a time. `from` and `to` are days (inclusive) in the reader's time zone, which
 * `tzOffset` gives in minutes east of UTC. Unknown parameters are refused, not ignored.
 */
export const accessLogQuerySchema = z
  .strictObject({
    person: z.string().uuid().optional(),
    kind: z.enum(ACCESS_KINDS).optional(),
    from: calendarDateSchema.optional(),
    to: calendarDateSchema.optional(),
    page: queryInt({ min: 1, max: ACCESS_LOG_MAX_PAGE }).default(1),
    pageSize: queryInt({ min: 1, max: 100 }).default(ACCESS_LOG_PAGE_SIZE),
    tzOffset: tzOffsetSchema.default(0),
  })
  .refine(fromNotAfterTo, { message: DATE_ISSUES.fromAfterTo, path: ['to'] });
export type AccessLogQuery = z.infer<typeof accessLogQuerySchema>;

/** One person's accesses of one kind on one day: "read the OT section 14 times on 2 Dec". */
export const accessLogGroupSchema = z.object({
  day: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: roleSchema.nullable(),
  /** The action's code: the client's catalogs put it into words; it is never shown as it is. */
  action: z.string(),
  kind: z.enum(ACCESS_KINDS),
  purpose: z.enum(ACCESS_PURPOSES),
  count: z.number().int(),
  first: z.string(),
  last: z.string(),
});
export type AccessLogGroup = z.infer<typeof accessLogGroupSchema>;

export const accessLogPersonSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  role: roleSchema.nullable(),
});
export type AccessLogPerson = z.infer<typeof accessLogPersonSchema>;

export const accessLogPageSchema = z.object({
  groups: z.array(accessLogGroupSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** How many groups the filters match in all. */
  total: z.number().int(),
  /** Everyone in the log this reader may see, for the "person" filter (without the other filters). */
  people: z.array(accessLogPersonSchema),
});
export type AccessLogPage = z.infer<typeof accessLogPageSchema>;
