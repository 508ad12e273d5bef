import { z } from 'zod';
import { SECTION_STATUSES } from './roles';

/** What a person may do with a student's record as a whole, sent with each student in their list. */
export const studentAbilitiesSchema = z.object({
  viewAccessLog: z.boolean(),
  accessLogDetail: z.boolean(),
  exportRecord: z.boolean(),
  viewDashboard: z.boolean(),
  /** The caseload of minutes required against delivered. */
  viewCaseload: z.boolean(),
  /** Records and revokes the family's consent to bill public benefits. */
  billingConsent: z.boolean(),
  inviteToTeam: z.boolean(),
  manageTeam: z.boolean(),
});
export type StudentAbilities = z.infer<typeof studentAbilitiesSchema>;

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
  /** The rich-text parts this person may suggest in (Suggest mode). */
  suggestParts: z.array(z.string()),
  /** Accepts and rejects anyone's suggestions. */
  decideSuggestions: z.boolean(),
  /** Withdraws their own suggestions. */
  withdrawOwnSuggestions: z.boolean(),
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
  /** Prior Written Notices: sees drafts, edits them, issues them, acknowledges receipt (the family). */
  viewNoticeDrafts: z.boolean(),
  editNotices: z.boolean(),
  issueNotices: z.boolean(),
  acknowledgeNotices: z.boolean(),
  /** The service log: reads it (and the minutes), reads the notes not shared with the family, records sessions. */
  viewServiceLog: z.boolean(),
  serviceUnsharedNotes: z.boolean(),
  logSessions: z.boolean(),
  /** Goal data: reads the charts, records and corrects data points. */
  viewGoalData: z.boolean(),
  recordGoalData: z.boolean(),
  /** Co-signs the OTA's entries (sessions and data points) as the supervising OT. */
  cosignSessions: z.boolean(),
  /** Records and revokes the family's consent to bill public benefits. */
  billingConsent: z.boolean(),
  viewProgressReports: z.boolean(),
  writeProgressReports: z.boolean(),
  acknowledgeProgressReports: z.boolean(),
  /** Asks for present levels drafted from the year's data, written as their suggestion. */
  draftPresentLevels: z.boolean(),
});
export type SectionAbilities = z.infer<typeof sectionAbilitiesSchema>;
