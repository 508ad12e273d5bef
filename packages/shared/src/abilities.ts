import { z } from 'zod';
import { MEETING_NOTES_ROOT } from './meeting';
import { can, type Actor, type SectionResource } from './policy';
import { SECTION_STATUSES } from './roles';
import { SECTION_FRAGMENTS, STRUCTURED_ROOTS } from './doc';
import { TRANSITIONS } from './workflow';

/** Every part of the section's document a person may be allowed to write in. */
export const SECTION_PARTS: readonly string[] = [...SECTION_FRAGMENTS, ...STRUCTURED_ROOTS];

/**
 * What one person may do in one section now: the policy's answers, presented. The server sends it
 * with every section response (and the client refetches it on every event that changes the state);
 * the client renders from it and never works rights out again; the document socket takes its
 * writable parts from it (`writableParts`).
 */
export const sectionAbilitiesSchema = z.object({
  view: z.boolean(),
  /** May write in the whole document. */
  edit: z.boolean(),
  /** The document parts this person may write in (all of them when `edit`). */
  editParts: z.array(z.string()),
  /** May write in the meeting notes (outside the signed content). */
  writeMeetingNotes: z.boolean(),
  saveVersion: z.boolean(),
  comment: z.boolean(),
  /** Sees, starts and hears staff-only threads. */
  staffThreads: z.boolean(),
  /** Resolves threads others started (everyone resolves their own). */
  resolveAnyThread: z.boolean(),
  propose: z.boolean(),
  endorse: z.boolean(),
  decideProposals: z.boolean(),
  /** The workflow moves this person may take now, by target state. */
  transitions: z.array(z.enum(SECTION_STATUSES)),
  sign: z.boolean(),
  /** Their signature approves and locks the section. */
  approve: z.boolean(),
  revokeConsent: z.boolean(),
  respondAsFamily: z.boolean(),
  leadMeeting: z.boolean(),
  consentToExcusal: z.boolean(),
  viewAccessLog: z.boolean(),
  accessLogDetail: z.boolean(),
  exportRecord: z.boolean(),
  inviteToTeam: z.boolean(),
  manageTeam: z.boolean(),
});
export type SectionAbilities = z.infer<typeof sectionAbilitiesSchema>;

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
    transitions: TRANSITIONS.filter((t) => t.from === status && can(actor, 'section.transition', { status, to: t.to })).map((t) => t.to),
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
  };
}

/** The parts the document socket lets this person write: the same answer the page renders from. */
export function writableParts(abilities: Pick<SectionAbilities, 'editParts' | 'writeMeetingNotes'>): Set<string> {
  return new Set([...abilities.editParts, ...(abilities.writeMeetingNotes ? [MEETING_NOTES_ROOT] : [])]);
}
