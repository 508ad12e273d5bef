import { Injectable } from '@nestjs/common';
import type { CollabGate, GateAccessEvent, GateSection, GateUser } from '../../collab/collab-gate';
import { TeamAccessService } from '../access/team-access.service';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';

/** The document engine's port onto sessions, team standing and the audit log. */
@Injectable()
export class CollabGateAdapter implements CollabGate {
  constructor(
    private readonly auth: AuthService,
    private readonly access: TeamAccessService,
    private readonly audit: AuditService,
  ) {}

  async sessionUser(sessionId: string): Promise<GateUser | null> {
    const session = await this.auth.sessionById(sessionId);
    return session ? { id: session.user.id, name: session.user.name } : null;
  }

  onSessionEnded(listener: (sessionId: string) => void): void {
    this.auth.onSessionEnded(listener);
  }

  sectionFor(userId: string, sectionId: string): Promise<GateSection | null> {
    return this.access.sectionFor(userId, sectionId);
  }

  record(event: GateAccessEvent): Promise<void> {
    return this.audit.record(event);
  }
}
