import { z } from 'zod';
import { safeText } from '../input';
import { ROLES } from '../roles';
import { SECTION_FRAGMENTS } from '../doc';
import { THREAD_VISIBILITIES } from '../policy';
import { AGENDA_KINDS } from '../meeting';

/** Longest comment body, in characters. */
export const COMMENT_MAX_CHARS = 10_000;
/** Most people one comment may @mention. */
export const MENTIONS_MAX = 20;
/** Comments one person may post per minute (more answer 429 COMMENT_RATE_LIMITED). */
export const COMMENTS_PER_MINUTE = 30;

/** Structured parts a thread may be attached to, as `<root>/<recordId>`. */
export const THREAD_RECORD_ROOTS = ['goals', 'services', 'accommodations'] as const;
export type ThreadRecordRoot = (typeof THREAD_RECORD_ROOTS)[number];

const fragmentPart = z.enum(SECTION_FRAGMENTS);
const recordPart = z
  .string()
  .regex(/^(goals|services|accommodations)\/[A-Za-z0-9_-]{1,64}$/, 'a record reference like goals/<id>');
/** Where a thread hangs: a rich-text fragment (with an anchor) or a structured record. */
export const threadPartSchema = z.union([fragmentPart, recordPart]);

/** A Yjs relative position, base64 of `Y.encodeRelativePosition`. */
const anchorSchema = z
  .string()
  .max(2_000)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64');

export const threadVisibilitySchema = z.enum(THREAD_VISIBILITIES);
export const commentBodySchema = safeText({
  min: 1,
  max: COMMENT_MAX_CHARS,
  messages: { min: 'Write something first', max: `At most ${COMMENT_MAX_CHARS} characters` },
});
const mentionsSchema = z.array(z.string().uuid()).max(MENTIONS_MAX).default([]);

/** Which suggestion a thread discusses: its author and the id their editor chose. */
export const suggestionRefSchema = z.object({ authorId: z.string().min(1).max(64), id: z.string().min(1).max(64) });
export type SuggestionRef = z.infer<typeof suggestionRefSchema>;

/** What became of a discussed suggestion: still open, decided, or its text gone without a decision. */
export const SUGGESTION_THREAD_STATES = ['open', 'accepted', 'rejected', 'withdrawn', 'gone'] as const;
export type SuggestionThreadState = (typeof SUGGESTION_THREAD_STATES)[number];

export const createThreadRequestSchema = z
  .object({
    part: threadPartSchema,
    anchorStart: anchorSchema.optional(),
    anchorEnd: anchorSchema.optional(),
    quote: safeText({ max: 2_000, trim: false }).default(''),
    visibility: threadVisibilitySchema.default('team'),
    body: commentBodySchema,
    mentions: mentionsSchema,
    /** A thread on an open suggestion: the server anchors it to the suggestion's text (part, anchors, quote). */
    suggestion: suggestionRefSchema.optional(),
  })
  .refine((v) => (v.anchorStart === undefined) === (v.anchorEnd === undefined), {
    message: 'anchorStart and anchorEnd go together',
    path: ['anchorEnd'],
  });
export type CreateThreadRequest = z.input<typeof createThreadRequestSchema>;

export const createCommentRequestSchema = z.object({ body: commentBodySchema, mentions: mentionsSchema });
export type CreateCommentRequest = z.input<typeof createCommentRequestSchema>;
export const editCommentRequestSchema = z.object({ body: commentBodySchema });

export const threadIdParamSchema = z.object({ threadId: z.string().uuid() });
export const commentIdParamSchema = z.object({ commentId: z.string().uuid() });
export const threadListQuerySchema = z.object({ resolved: z.enum(['true', 'false', 'all']).default('all') });

export const personSchema = z.object({ id: z.string().uuid(), name: z.string(), role: z.enum(ROLES) });
export type Person = z.infer<typeof personSchema>;

export const commentSchema = z.object({
  id: z.string().uuid(),
  threadId: z.string().uuid(),
  author: personSchema,
  /** Null once deleted: the record keeps the words, the thread shows "deleted". */
  body: z.string().nullable(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
  /** Written by the family: gathered into "Parent input to discuss". */
  parentInput: z.boolean(),
  mentions: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
});
export type CommentDto = z.infer<typeof commentSchema>;

export const threadSchema = z.object({
  id: z.string().uuid(),
  sectionId: z.string().uuid(),
  part: z.string(),
  anchorStart: z.string().nullable(),
  anchorEnd: z.string().nullable(),
  quote: z.string(),
  visibility: threadVisibilitySchema,
  author: personSchema,
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  /** The anchored text (or record) is gone; the thread stays, with its quote. */
  detached: z.boolean(),
  /** A thread on a suggestion: which one, and what became of it. Null for other threads. */
  suggestion: suggestionRefSchema
    .extend({ state: z.enum(SUGGESTION_THREAD_STATES) })
    .nullable()
    .default(null),
  comments: z.array(commentSchema),
});
export type ThreadDto = z.infer<typeof threadSchema>;
export const threadListSchema = z.object({ threads: z.array(threadSchema) });

export const teamListSchema = z.object({ members: z.array(personSchema) });

export const notificationKinds = [
  'mention',
  'shared_for_review',
  'consent_revoked',
  'signatures_voided',
  'meeting_summary',
  'section_approved',
  'signature_needed',
  'progress_report_issued',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/**
 * A meeting's summary as a notification keeps it: codes (roles, decisions, agenda kinds, check codes,
 * parts) and values, so that each reader's client and mail word it in their own language.
 */
export const meetingDigestSchema = z.object({
  /** When the meeting started (ISO), for the date in words. */
  startedAt: z.string().nullable(),
  attendance: z.array(
    z.object({ name: z.string(), role: z.enum(ROLES), minutes: z.number().int(), excused: z.boolean() }),
  ),
  decisions: z.array(
    z.object({ kind: z.enum(['proposal_accepted', 'proposal_rejected', 'thread_resolved']), title: z.string() }),
  ),
  /** Open agenda items: for `check` the title is the check's code and `part` where it points. */
  open: z.array(z.object({ kind: z.enum(AGENDA_KINDS), title: z.string(), part: z.string().nullable() })),
  /** The shared meeting notes as plain text (the whole team, family included, wrote and reads them). */
  notes: z.string(),
});
export type MeetingDigest = z.infer<typeof meetingDigestSchema>;

/** What a notification kind needs to be worded: never anything staff-only when it reaches a parent. */
export const notificationDetailSchema = z.object({
  /** shared_for_review: the date (YYYY-MM-DD) by which the family is asked to respond. */
  respondBy: z.string().nullable().optional(),
  /** consent_revoked, signatures_voided: the reason given. */
  reason: z.string().nullable().optional(),
  /** signatures_voided, section_approved, signature_needed: the version concerned. */
  versionNumber: z.number().int().nullable().optional(),
  /** meeting_summary: the meeting and what its reader may see of it, as codes and values. */
  meetingId: z.string().uuid().nullable().optional(),
  digest: meetingDigestSchema.nullable().optional(),
  /** progress_report_issued: the report, for the link to it. */
  progressReportId: z.string().uuid().nullable().optional(),
  /** meeting_summary written before the digest: an English plain-text summary (read as it is). */
  summary: z.string().nullable().optional(),
});
export type NotificationDetail = z.infer<typeof notificationDetailSchema>;

export const notificationSchema = z.object({
  id: z.string().uuid(),
  kind: z.enum(notificationKinds),
  sectionId: z.string().uuid(),
  /** Mentions only: the thread and comment; null for the other kinds. */
  threadId: z.string().uuid().nullable(),
  commentId: z.string().uuid().nullable(),
  detail: notificationDetailSchema,
  actorName: z.string(),
  studentName: z.string(),
  excerpt: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationDto = z.infer<typeof notificationSchema>;

/**
 * Where a notification leads, as a path with a fragment naming the exact place on the section page:
 * the thread (mention), the sign-off panel, the meeting's summary, the family's review. The client
 * navigates to it; a mail links to PUBLIC_URL + it.
 */
export function notificationPath(
  n: Pick<NotificationDto, 'kind' | 'sectionId' | 'threadId' | 'commentId' | 'detail'>,
): string {
  const base = `/sections/${n.sectionId}`;
  switch (n.kind) {
    case 'mention':
      return n.threadId === null ? base : `${base}#thread-${n.threadId}`;
    case 'signature_needed':
    case 'signatures_voided':
    case 'section_approved':
      return `${base}#signoff`;
    case 'meeting_summary':
      return n.detail.meetingId ? `${base}#meeting-${n.detail.meetingId}` : base;
    case 'shared_for_review':
    case 'consent_revoked':
      return `${base}#workflow`;
    case 'progress_report_issued':
      return n.detail.progressReportId ? `${base}#progress-report-${n.detail.progressReportId}` : base;
  }
}
export const notificationListSchema = z.object({
  notifications: z.array(notificationSchema),
  unread: z.number().int(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;
/** Mark some (ids) or all (no ids) of the caller's notifications read. */
export const markNotificationsReadSchema = z.object({ ids: z.array(z.string().uuid()).max(500).optional() });

/**
 * Where a mail's one-time link (a password reset, an invitation) stood in its text: the outbox
 * shows this marker, never the link, which only the recipient's copy carries.
 */
export const MAIL_SECRET_MARKER = '[one-time link hidden]';

export const outboxMessageSchema = z.object({
  id: z.string().uuid(),
  to: z.string(),
  subject: z.string(),
  /** The text as written, with MAIL_SECRET_MARKER where a one-time link is. */
  text: z.string(),
  status: z.enum(['queued', 'sent', 'failed']),
  error: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  /**
   * The mail's one-time link: `held` until it is sent or expires (then `erased`: the server keeps no
   * copy); null when the mail carries none.
   */
  secret: z.enum(['held', 'erased']).nullable(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;
export const outboxListSchema = z.object({ messages: z.array(outboxMessageSchema) });
