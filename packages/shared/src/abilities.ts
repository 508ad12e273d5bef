import {
  sectionAbilitiesSchema,
  studentAbilitiesSchema,
  type SectionAbilities,
  type StudentAbilities,
} from './abilities-schema';
import { MEETING_NOTES_ROOT } from './meeting';
import { can, type Actor, type SectionResource } from './policy';
import { SECTION_FRAGMENTS, STRUCTURED_ROOTS, SUGGESTION_PART_KINDS } from './doc';
import { TRANSITIONS } from './workflow';

/** Every part of the section's document a person may be allowed to write in. */
export const SECTION_PARTS: readonly string[] = [...SECTION_FRAGMENTS, ...STRUCTURED_ROOTS];

export { sectionAbilitiesSchema, studentAbilitiesSchema, type SectionAbilities, type StudentAbilities };

/** The student-level answers of the policy (no section state involved). */
export function studentAbilities(actor: Actor): StudentAbilities {
  return {
    viewAccessLog: can(actor, 'audit.view'),
    accessLogDetail: can(actor, 'audit.detail'),
    exportRecord: can(actor, 'record.export'),
    viewDashboard: can(actor, 'dashboard.view'),
    viewCaseload: can(actor, 'caseload.view'),
    billingConsent: can(actor, 'billing.consent'),
    inviteToTeam: can(actor, 'team.invite'),
    manageTeam: can(actor, 'team.manage'),
  };
}

export function sectionAbilities(actor: Actor, section: SectionResource): SectionAbilities {
  const { status } = section;
  const at = { status };
  const teamThread = { status, visibility: 'team' as const };
  const staffThread = { status, visibility: 'staff' as const };
  return {
    view: can(actor, 'section.view', at),
    edit: can(actor, 'section.edit', at),
    editParts: SECTION_PARTS.filter((part) => can(actor, 'section.edit', { status, part })),
    writeMeetingNotes: can(actor, 'section.edit', { status, part: MEETING_NOTES_ROOT }),
    saveVersion: can(actor, 'version.create', at),
    comment: can(actor, 'thread.create', teamThread),
    staffThreads: can(actor, 'thread.view', staffThread),
    // Asked about a thread someone else started.
    resolveAnyThread: can(actor, 'thread.resolve', { ...teamThread, authorId: '' }),
    propose: can(actor, 'proposal.create', at),
    endorse: can(actor, 'proposal.endorse', at),
    decideProposals: can(actor, 'proposal.decide', at),
    suggestParts: SUGGESTION_PART_KINDS.filter((part) => can(actor, 'suggestion.create', { status, part })),
    decideSuggestions: can(actor, 'suggestion.decide', at),
    withdrawOwnSuggestions: can(actor, 'suggestion.withdraw', { status, authorId: actor.userId }),
    transitions: TRANSITIONS.filter(
      (t) => t.from === status && can(actor, 'section.transition', { status, to: t.to }),
    ).map((t) => t.to),
    sign: can(actor, 'section.sign', at),
    approve: can(actor, 'section.approve', at),
    revokeConsent: can(actor, 'consent.revoke', at),
    respondAsFamily: can(actor, 'family.respond', at),
    leadMeeting: can(actor, 'meeting.lead', at),
    consentToExcusal: can(actor, 'excusal.consent', at),
    viewAccessLog: can(actor, 'audit.view', at),
    accessLogDetail: can(actor, 'audit.detail', at),
    exportRecord: can(actor, 'record.export', at),
    inviteToTeam: can(actor, 'team.invite', at),
    manageTeam: can(actor, 'team.manage', at),
    viewNoticeDrafts: can(actor, 'notice.drafts', at),
    editNotices: can(actor, 'notice.edit', at),
    issueNotices: can(actor, 'notice.issue', at),
    acknowledgeNotices: can(actor, 'notice.acknowledge', at),
    viewServiceLog: can(actor, 'service.view', at),
    serviceUnsharedNotes: can(actor, 'service.unsharedNotes', at),
    logSessions: can(actor, 'service.log', at),
    viewGoalData: can(actor, 'goalData.view', at),
    recordGoalData: can(actor, 'goalData.record', at),
    cosignSessions: can(actor, 'service.cosign', at),
    billingConsent: can(actor, 'billing.consent', at),
    viewProgressReports: can(actor, 'progress.view', at),
    writeProgressReports: can(actor, 'progress.write', at),
    acknowledgeProgressReports: can(actor, 'progress.acknowledge', at),
    draftPresentLevels: can(actor, 'presentLevels.draft', at),
  };
}

/**
 * The parts in which the document socket takes this person's suggestions but no other change: there
 * every insertion must carry their suggestion mark and every deletion be one (collab/suggestion-guard).
 */
export function suggestOnlyParts(
  abilities: Pick<SectionAbilities, 'edit' | 'editParts' | 'suggestParts'>,
): Set<string> {
  if (abilities.edit) return new Set();
  return new Set(abilities.suggestParts.filter((part) => !abilities.editParts.includes(part)));
}

/** The parts the document socket lets this person write: the same answer the page renders from. */
export function writableParts(abilities: Pick<SectionAbilities, 'editParts' | 'writeMeetingNotes'>): Set<string> {
  return new Set([...abilities.editParts, ...(abilities.writeMeetingNotes ? [MEETING_NOTES_ROOT] : [])]);
}
