import type { Role, SectionStatus } from '@iep/shared';

/** A signed-in person behind a document socket. */
export interface GateUser {
  id: string;
  name: string;
}

/** A person's standing on a section, as the document socket needs it. */
export interface GateSection {
  status: SectionStatus;
  /** Their role on the student's team; null when they are not on it. */
  role: Role | null;
  studentId: string;
}

/** An access to the record that the document socket reports for the audit log. */
export interface GateAccessEvent {
  action: 'section.session_open' | 'section.session_close';
  actorId: string;
  actorRole: string;
  studentId?: string;
  sectionId: string;
  ip?: string | null;
  detail: Record<string, string[] | string | number | boolean | null>;
}

/**
 * What the document engine asks of the rest of the app: sessions, standing on a section, the
 * audit log. The engine (collab/) depends on this port only; modules/document supplies it.
 */
export interface CollabGate {
  sessionUser(sessionId: string): Promise<GateUser | null>;
  onSessionEnded(listener: (sessionId: string) => void): void;
  sectionFor(userId: string, sectionId: string): Promise<GateSection | null>;
  record(event: GateAccessEvent): Promise<void>;
}

export const COLLAB_GATE = Symbol('COLLAB_GATE');
