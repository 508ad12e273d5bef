import type { Role } from '@iep/shared';
import { labelOf } from './section-pdf.labels';
import { COLOR, FONT, SIZE, type PdfWriter } from './section-pdf.layout';

export interface PdfTeamMember {
  name: string;
  role: Role;
}

/** One person at the meeting that settled this version (meetings arrive later; may be empty). */
export interface PdfAttendance {
  name: string;
  role: string;
  /** in_person | video | phone, or free text. */
  how: string;
  joinedAt: Date | null;
  leftAt: Date | null;
  /** The interpreter's name or language, when one was used. */
  interpreter: string | null;
}

export interface PdfSignature {
  role: Role;
  signerName: string;
  typedName: string;
  decision: 'approve' | 'consent' | 'consent_in_part' | 'no_consent';
  excludedItems: { ref: string; label: string }[];
  reason: string | null;
  signedAt: Date;
  contentHash: string;
  voidedAt: Date | null;
  voidReason: string | null;
}

export interface PdfRevocation {
  name: string;
  reason: string;
  revokedAt: Date;
}

const INDENT = 12;

export function renderTeam(w: PdfWriter, team: PdfTeamMember[]): void {
  const L = w.labels;
  w.heading(L.team.heading);
  if (team.length === 0) {
    w.muted(L.team.none);
    return;
  }
  for (const m of team) w.field(L.roles[m.role], m.name);
}

export function renderAttendance(w: PdfWriter, attendance: PdfAttendance[]): void {
  const L = w.labels.attendance;
  w.heading(L.heading);
  if (attendance.length === 0) {
    w.muted(L.none);
    return;
  }
  for (const a of attendance) {
    w.keepSpace(SIZE.body * 5);
    const role = labelOf(w.labels.roles, a.role);
    w.paragraph(role ? `${a.name} — ${role}` : a.name, { font: FONT.bold, gap: 1 });
    w.field(
      L.how,
      a.how
        .split(', ')
        .map((mode) => labelOf(L.modes, mode))
        .join(', '),
      INDENT,
    );
    w.field(L.joined, w.dateTime(a.joinedAt), INDENT);
    w.field(L.left, w.dateTime(a.leftAt), INDENT);
    w.field(L.interpreter, a.interpreter && a.interpreter.trim() !== '' ? a.interpreter : w.labels.no, INDENT);
  }
}

/**
 * Every signature on the version, voided ones included and marked: the record shows what was
 * signed and what was later undone, never a cleaned-up story.
 */
export function renderSignatures(w: PdfWriter, signatures: PdfSignature[], versionHash: string): void {
  const L = w.labels.signatures;
  w.heading(L.heading);
  if (signatures.length === 0) {
    w.muted(L.none);
    return;
  }
  for (const s of signatures) {
    w.keepSpace(SIZE.body * 7);
    const voided = s.voidedAt !== null;
    w.paragraph(`${s.signerName} — ${w.labels.roles[s.role]}${voided ? ` (${L.voided.toUpperCase()})` : ''}`, {
      font: FONT.bold,
      color: voided ? COLOR.muted : COLOR.text,
      gap: 1,
    });
    w.field(L.typedName, s.typedName, INDENT);
    w.field(L.decision, labelOf(L.decisions, s.decision), INDENT);
    if (s.excludedItems.length > 0)
      w.field(L.excluded, s.excludedItems.map((item) => item.label || item.ref).join('; '), INDENT);
    w.fieldIfSet(L.reason, s.reason, INDENT);
    w.field(L.signedAt, w.dateTime(s.signedAt), INDENT);
    // A signature binds to a hash; one that names another hash did not sign this text.
    if (s.contentHash !== versionHash) w.field(L.otherHash, s.contentHash, INDENT);
    if (voided) w.field(L.voided, [w.dateTime(s.voidedAt), s.voidReason].filter((p) => p).join(' — '), INDENT);
    w.gap(0.3);
  }
}

export function renderRevocations(w: PdfWriter, revocations: PdfRevocation[]): void {
  const L = w.labels.revocations;
  w.heading(L.heading);
  if (revocations.length === 0) {
    w.muted(L.none);
    return;
  }
  for (const r of revocations) {
    w.keepSpace(SIZE.body * 4);
    w.paragraph(r.name, { font: FONT.bold, gap: 1 });
    w.field(L.revokedAt, w.dateTime(r.revokedAt), INDENT);
    w.field(L.reason, r.reason, INDENT);
  }
}
