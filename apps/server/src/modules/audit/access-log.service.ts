import { Injectable } from '@nestjs/common';
import { can, FAMILY_ROLES, ROLES, type AccessLogEntry, type AccessLogQuery } from '@iep/shared';
import { AuditRepository } from './audit.repository';
import type { Prisma } from '../../generated/prisma/client';
import type { AuthContext } from '../auth/auth.types';
import { TeamAccessService } from '../access/team-access.service';

const asRole = (value: string | null) => ROLES.find((r) => r === value) ?? null;

/**
 * The comments module names the thread's visibility in each event's detail (`visibility`; a list
 * read names `visibilities`, the kinds it covered, and says nothing about any one thread). A
 * parent sees no event about a staff-only thread: a comment event counts only when its thread is
 * team-visible. (A positive match, so an event without the field is left out, never let through.)
 */
const TEAM_THREADS_ONLY: Prisma.AuditEventWhereInput = {
  OR: [
    { NOT: { action: { startsWith: 'comments.' } } },
    { action: 'comments.threads_read' },
    { detail: { path: ['visibility'], equals: 'team' } },
  ],
};

/**
 * Who saw or changed a student's record. A parent sees the accesses by people outside the family
 * (FERPA 99.32), without the details that could carry staff-only content; administrators and
 * OTs see everything, with filters. The log is read here and never changed anywhere.
 */
@Injectable()
export class AccessLogService {
  constructor(
    private readonly repo: AuditRepository,
    private readonly access: TeamAccessService,
  ) {}

  async list(ctx: AuthContext, studentId: string, query: AccessLogQuery): Promise<AccessLogEntry[]> {
    const role = await this.access.requireStudent(ctx.user.id, studentId, 'audit.view');
    // Without the details: the family sees who outside it opened the record, when (300.613, 99.32).
    const family = !can({ userId: ctx.user.id, role }, 'audit.detail');
    const where: Prisma.AuditEventWhereInput = {
      studentId,
      ...(query.action ? { action: query.action } : {}),
      ...(query.actorId ? { actorId: query.actorId } : {}),
      createdAt: {
        ...(query.from ? { gte: new Date(`${query.from}T00:00:00Z`) } : {}),
        ...(query.to ? { lt: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
      },
      ...(family
        ? {
            AND: [
              { actorId: { not: null } },
              { OR: [{ actorRole: null }, { actorRole: { notIn: [...FAMILY_ROLES] } }] },
              TEAM_THREADS_ONLY,
            ],
          }
        : {}),
    };
    const rows = await this.repo.events(where, query.limit);
    const names = await this.repo.names([...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))]);
    return rows.map((r) => ({
      id: r.id.toString(),
      at: r.createdAt.toISOString(),
      actorId: r.actorId,
      actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
      actorRole: asRole(r.actorRole),
      action: r.action,
      sectionId: r.sectionId,
      detail: family ? null : r.detail,
    }));
  }
}
