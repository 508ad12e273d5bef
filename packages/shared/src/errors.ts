/** Stable error codes: clients and scripts branch on these, never on messages. */
export const ErrorCode = {
  BadRequest: 'BAD_REQUEST',
  ValidationFailed: 'VALIDATION_FAILED',
  InvalidJson: 'INVALID_JSON',
  Unauthenticated: 'UNAUTHENTICATED',
  InvalidCredentials: 'INVALID_CREDENTIALS',
  Forbidden: 'FORBIDDEN',
  CrossSiteRequest: 'CROSS_SITE_REQUEST',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  /** The section is approved (locked), or frozen for sign-off, and refuses the change. */
  SectionLocked: 'SECTION_LOCKED',
  /** A workflow move that does not exist from the current state, or is taken another way. */
  InvalidTransition: 'INVALID_TRANSITION',
  /**
   * Requesting sign-off or approving while compliance checks fail and no reason was recorded for
   * them; details list the failing checks (`checks`: key, code, target, details).
   */
  ComplianceFailing: 'COMPLIANCE_FAILING',
  /** A signature on a version that is no longer the one being signed; details name the current one. */
  VersionNotCurrent: 'VERSION_NOT_CURRENT',
  /** The live document no longer matches the frozen version (an edit voided the signatures). */
  ContentChanged: 'CONTENT_CHANGED',
  AlreadySigned: 'ALREADY_SIGNED',
  SignatureOutOfOrder: 'SIGNATURE_OUT_OF_ORDER',
  NotASigner: 'NOT_A_SIGNER',
  SignatureNameMismatch: 'SIGNATURE_NAME_MISMATCH',
  MeetingAlreadyRunning: 'MEETING_ALREADY_RUNNING',
  /** A meeting scheduled for a time already past (a few minutes' grace for "now"). */
  MeetingInPast: 'MEETING_IN_PAST',
  MeetingNotRunning: 'MEETING_NOT_RUNNING',
  /**
   * A meeting event or route named an agenda key or a part that is not on the meeting's agenda (or
   * not in the section), or that someone on the team may not see (a staff-only thread). Nothing is stored.
   */
  MeetingTargetUnknown: 'MEETING_TARGET_UNKNOWN',
  /** An excusal lacks the parent's written consent or the member's written input. */
  ExcusalIncomplete: 'EXCUSAL_INCOMPLETE',
  /** The proposal was already decided or withdrawn. */
  ProposalNotOpen: 'PROPOSAL_NOT_OPEN',
  /** The proposal lacks fields a goal needs; details name them. */
  ProposalIncomplete: 'PROPOSAL_INCOMPLETE',
  /** The goal a change proposal targets is no longer in the document. */
  ProposalTargetGone: 'PROPOSAL_TARGET_GONE',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  TooManyRequests: 'TOO_MANY_REQUESTS',
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  /**
   * A value the database cannot take (a NUL or broken character, a number or date out of its range)
   * that got past the request schemas: refused as 400 and logged, never a 500. The schemas refuse
   * such input first, as VALIDATION_FAILED; this code is the backstop.
   */
  InvalidInput: 'INVALID_INPUT',
  Internal: 'INTERNAL_ERROR',
  // --- comment threads (issue 4) ---
  /** A mention names someone who is not on the student's team. */
  MentionOutsideTeam: 'MENTION_OUTSIDE_TEAM',
  /** A mention names someone who may not see this thread (a parent on a staff-only thread). */
  MentionNotVisible: 'MENTION_NOT_VISIBLE',
  /** Too many comments from one person in a minute. */
  CommentRateLimited: 'COMMENT_RATE_LIMITED',
  // --- people and plans (issue 10) ---
  /** The address already belongs to someone on this student's team (or has an open invitation). */
  AlreadyOnTeam: 'ALREADY_ON_TEAM',
  /** The invitation or reset link has passed its expiry. */
  LinkExpired: 'LINK_EXPIRED',
  /** The invitation or reset link was already used. */
  LinkUsed: 'LINK_USED',
  /** The invitation was revoked by the team. */
  LinkRevoked: 'LINK_REVOKED',
  /** A password too short, too long, or found in the common-password list. */
  PasswordTooWeak: 'PASSWORD_TOO_WEAK',
  /** The current password given to change it is not right. */
  WrongPassword: 'WRONG_PASSWORD',
  /** A record that still has dependants (a school with students, a plan with a signed section). */
  InUse: 'IN_USE',
  /** OpenID Connect sign-in failed (state, nonce, code, or the provider's answer). */
  OidcFailed: 'OIDC_FAILED',
  /** OpenID Connect is not configured on this server. */
  OidcNotConfigured: 'OIDC_NOT_CONFIGURED',
  /** The last member who can run the team (OT or administrator) cannot be removed. */
  LastLeader: 'LAST_LEADER',
  // --- suggestion mode (issue 18) ---
  /** Sign-off was requested while suggestions are open; details list them. */
  SuggestionsOpen: 'SUGGESTIONS_OPEN',
  /** No open suggestion matches (decided, withdrawn, or never there). */
  SuggestionNotFound: 'SUGGESTION_NOT_FOUND',
  // --- Prior Written Notice (issue 19) ---
  /** Issuing a notice with a required field blank; details name the fields. */
  NoticeIncomplete: 'NOTICE_INCOMPLETE',
  /** The notice was issued: it is part of the record and never changes. */
  NoticeIssued: 'NOTICE_ISSUED',
  /** Acknowledging a notice that is still a draft. */
  NoticeNotIssued: 'NOTICE_NOT_ISSUED',
  // --- service log (issue 22) ---
  /** A session that ends at or before it starts. */
  SessionTimesInvalid: 'SESSION_TIMES_INVALID',
  /** A session dated outside the plan's dates (the IEP meeting to the annual review), or in the future. */
  SessionOutsidePlan: 'SESSION_OUTSIDE_PLAN',
  /** The student already has a session at that time: the day cannot hold the minutes. */
  SessionOverlaps: 'SESSION_OVERLAPS',
  /** A goal that is not a goal of the approved plan. */
  GoalNotInPlan: 'GOAL_NOT_IN_PLAN',
  /** A service that is not in the approved plan's service grid. */
  ServiceNotInPlan: 'SERVICE_NOT_IN_PLAN',
  /** A make-up for an entry that is not a missed session owed by the school, or is made up already. */
  MakeUpTargetInvalid: 'MAKEUP_TARGET_INVALID',
  /** Sessions are logged only against an approved section. */
  SectionNotApproved: 'SECTION_NOT_APPROVED',
  // --- goal data (issue 22) ---
  /** A data point's value out of range: correct over total, no trials, a percentage outside 0..100, a level outside 1..5. */
  DataPointValueInvalid: 'DATA_POINT_VALUE_INVALID',
  /** A data point dated before the plan's meeting, after its annual review, or in the future. */
  DataPointOutsidePlan: 'DATA_POINT_OUTSIDE_PLAN',
  /** A kind of data the goal is not measured in (its criterion's scale, or its earlier points'). */
  DataPointKindMismatch: 'DATA_POINT_KIND_MISMATCH',
  /** A session that is not a delivered session of this student's log on the point's date. */
  DataPointSessionInvalid: 'DATA_POINT_SESSION_INVALID',
  /** Co-signing by someone who is not the supervising OT (an OT on the student's team). */
  CosignNotSupervisor: 'COSIGN_NOT_SUPERVISOR',
  /** The entry was recorded by an OT: it needs no co-signature. */
  CosignNotNeeded: 'COSIGN_NOT_NEEDED',
  /** This version of the entry is co-signed already. */
  CosignAlreadyDone: 'COSIGN_ALREADY_DONE',
  /** The version named was corrected since: co-sign the current version. */
  CosignVersionSuperseded: 'COSIGN_VERSION_SUPERSEDED',
  /** A make-up scheduled before the missed session, after the plan's annual review, or in the past. */
  MakeUpDateInvalid: 'MAKEUP_DATE_INVALID',
  /** Present levels are drafted from an approved plan's year (an annual review or the next plan's draft). */
  PresentLevelsNoPlan: 'PRESENT_LEVELS_NO_PLAN',
  // --- billing public benefits (issue 22) ---
  /** The family's consent to bill public benefits is recorded and in force already. */
  BenefitsConsentExists: 'BENEFITS_CONSENT_EXISTS',
  /** The consent was revoked already. */
  BenefitsConsentRevoked: 'BENEFITS_CONSENT_REVOKED',
  /** A date before the consent was given (a revocation or a notice). */
  BenefitsDateInvalid: 'BENEFITS_DATE_INVALID',
  /** An export range that ends before it starts, or longer than a year. */
  BillingRangeInvalid: 'BILLING_RANGE_INVALID',
  // --- progress reports (issue 22) ---
  /** A reporting period that ends before it starts, or lies outside the plan's dates. */
  ProgressPeriodInvalid: 'PROGRESS_PERIOD_INVALID',
  /** The progress report was issued: it is part of the record and never changes. */
  ProgressReportIssued: 'PROGRESS_REPORT_ISSUED',
  /** Acknowledging a progress report that is still a draft. */
  ProgressReportNotIssued: 'PROGRESS_REPORT_NOT_ISSUED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

/** WebSocket close codes of the document endpoint. */
export const CollabCloseCode = {
  /** Bad, expired or missing token. */
  Unauthenticated: 4401,
  /** The token's user may not open this section. */
  Forbidden: 4403,
  /** The section does not exist. */
  NotFound: 4404,
  /** A frame that is not a valid y-websocket message, or an update that does not decode. */
  ProtocolError: 4400,
  /** The standard "message too big" code, sent by the socket when a frame passes the limit. */
  MessageTooBig: 1009,
  /** One person has too many document sockets open at once. */
  TooManyConnections: 4429,
} as const;
