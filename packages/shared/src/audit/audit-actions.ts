/**
 * Every action the audit log records, with what kind of access it is and the purpose it served.
 * The server writes only these codes (its audit writers take `AuditAction`); the client puts each
 * into words from its catalogs (`accessLog.actions.<code>`), and a test there walks this list.
 * The purpose answers FERPA's "for what purpose" (34 CFR 300.614, 99.32) from the action itself.
 */

/** What the person did with the record: the access log's "kind of access" filter. */
export const ACCESS_KINDS = ['view', 'edit', 'comment', 'meeting', 'signoff', 'copy', 'admin', 'account'] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

/** Why the record was reached, in the log's words ("preparing the plan", "the meeting", …). */
export const ACCESS_PURPOSES = [
  'planning',
  'familyReview',
  'meeting',
  'signoff',
  'services',
  'recordRequest',
  'administration',
  'account',
] as const;
export type AccessPurpose = (typeof ACCESS_PURPOSES)[number];

interface ActionInfo {
  kind: AccessKind;
  purpose: AccessPurpose;
}

const info = (kind: AccessKind, purpose: AccessPurpose): ActionInfo => ({ kind, purpose });

export const AUDIT_ACTION_INFO = {
  'auth.login': info('account', 'account'),
  'auth.login_failed': info('account', 'account'),
  'auth.login_invitation': info('account', 'account'),
  'auth.logout': info('account', 'account'),
  'auth.oidc_failed': info('account', 'account'),
  'auth.oidc_linked': info('account', 'account'),
  'auth.password_reset_requested': info('account', 'account'),
  'auth.password_reset': info('account', 'account'),
  'account.profile_updated': info('account', 'account'),
  'account.password_change_failed': info('account', 'account'),
  'account.password_changed': info('account', 'account'),

  'student.list': info('view', 'planning'),
  'section.read': info('view', 'planning'),
  'section.session_open': info('view', 'planning'),
  'section.session_close': info('view', 'planning'),
  'section.version_read': info('view', 'planning'),
  'section.version_saved': info('edit', 'planning'),
  'section.transition': info('edit', 'planning'),
  'section.compliance_overridden': info('edit', 'planning'),
  'section.family_first_opened': info('view', 'familyReview'),
  'section.family_responded': info('comment', 'familyReview'),
  'section.signed': info('signoff', 'signoff'),
  'section.signatures_voided': info('signoff', 'signoff'),
  'section.consent_revoked': info('signoff', 'signoff'),
  'section.exported': info('copy', 'recordRequest'),
  'record.exported': info('copy', 'recordRequest'),
  'notice.drafted': info('edit', 'planning'),
  'notice.updated': info('edit', 'planning'),
  'notice.issued': info('edit', 'planning'),
  'notice.read': info('view', 'planning'),
  'notice.exported': info('copy', 'recordRequest'),
  'notice.acknowledged': info('view', 'familyReview'),
  'service_log.read': info('view', 'services'),
  'service_log.version_read': info('view', 'services'),
  'service_log.minutes_read': info('view', 'services'),
  'service_log.recorded': info('edit', 'services'),
  'service_log.corrected': info('edit', 'services'),
  'goal_data.read': info('view', 'services'),
  'goal_data.version_read': info('view', 'services'),
  'goal_data.recorded': info('edit', 'services'),
  'goal_data.corrected': info('edit', 'services'),
  'service_log.cosigned': info('edit', 'services'),
  'service_log.make_up_scheduled': info('edit', 'services'),
  'goal_data.cosigned': info('edit', 'services'),
  'service_log.caseload_read': info('view', 'services'),
  'billing.consent_read': info('view', 'services'),
  'billing.consent_recorded': info('edit', 'services'),
  'billing.notice_recorded': info('edit', 'services'),
  'billing.consent_revoked': info('edit', 'services'),
  'billing.exported': info('copy', 'services'),
  'progress_report.drafted': info('edit', 'services'),
  'progress_report.updated': info('edit', 'services'),
  'progress_report.issued': info('edit', 'services'),
  'progress_report.read': info('view', 'services'),
  'progress_report.exported': info('copy', 'recordRequest'),
  'progress_report.acknowledged': info('view', 'familyReview'),
  'progress_schedule.read': info('view', 'services'),
  'progress_schedule.set': info('edit', 'services'),
  'present_levels.drafted': info('edit', 'planning'),

  'comments.threads_read': info('comment', 'planning'),
  'comments.thread_read': info('comment', 'planning'),
  'comments.thread_created': info('comment', 'planning'),
  'comments.comment_created': info('comment', 'planning'),
  'comments.comment_edited': info('comment', 'planning'),
  'comments.comment_deleted': info('comment', 'planning'),
  'comments.thread_resolved': info('comment', 'planning'),
  'comments.thread_reopened': info('comment', 'planning'),

  'proposal.created': info('comment', 'planning'),
  'proposal.updated': info('comment', 'planning'),
  'proposal.withdrawn': info('comment', 'planning'),
  'proposal.rejected': info('edit', 'planning'),
  'proposal.accepted': info('edit', 'planning'),
  'proposal.endorsed': info('comment', 'planning'),
  'proposal.commented': info('comment', 'planning'),

  'suggestion.decisions_read': info('view', 'planning'),
  'suggestion.accepted': info('edit', 'planning'),
  'suggestion.rejected': info('edit', 'planning'),
  'suggestion.withdrawn': info('edit', 'planning'),

  'meeting.scheduled': info('meeting', 'meeting'),
  'meeting.started': info('meeting', 'meeting'),
  'meeting.ended': info('meeting', 'meeting'),
  'meeting.joined': info('meeting', 'meeting'),
  'meeting.left': info('meeting', 'meeting'),
  'meeting.dropped': info('meeting', 'meeting'),
  'meeting.excusal_requested': info('meeting', 'meeting'),
  'meeting.excusal_consented': info('meeting', 'meeting'),
  'meeting.excusal_input': info('meeting', 'meeting'),
  'meeting.excused': info('meeting', 'meeting'),

  'team.role_changed': info('admin', 'administration'),
  'team.member_removed': info('admin', 'administration'),
  'team.authority_revoked': info('admin', 'administration'),
  'invitation.created': info('admin', 'administration'),
  'invitation.revoked': info('admin', 'administration'),
  'invitation.accepted': info('admin', 'administration'),
  'district.school_created': info('admin', 'administration'),
  'district.school_renamed': info('admin', 'administration'),
  'district.school_deleted': info('admin', 'administration'),
  'district.student_created': info('admin', 'administration'),
  'district.student_updated': info('admin', 'administration'),
  'district.plan_created': info('admin', 'administration'),
  'district.plan_updated': info('admin', 'administration'),
  'district.section_opened': info('admin', 'administration'),
  'district.letterhead_set': info('admin', 'administration'),
  'mail.outbox_read': info('view', 'administration'),
} as const satisfies Record<string, ActionInfo>;

export type AuditAction = keyof typeof AUDIT_ACTION_INFO;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_INFO) as AuditAction[];

export const isAuditAction = (code: string): code is AuditAction => Object.hasOwn(AUDIT_ACTION_INFO, code);

/** The kind and purpose of an action; a code written before this list existed counts as viewing for the plan. */
export function auditActionInfo(code: string): ActionInfo {
  return isAuditAction(code) ? AUDIT_ACTION_INFO[code] : { kind: 'view', purpose: 'planning' };
}

/** The actions of one kind, for the log's "kind of access" filter. */
export const actionsOfKind = (kind: AccessKind): AuditAction[] =>
  AUDIT_ACTIONS.filter((code) => AUDIT_ACTION_INFO[code].kind === kind);
