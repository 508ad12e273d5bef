import { Injectable } from '@nestjs/common';
import {
  actionsOfKind,
  auditActionInfo,
  can,
  FAMILY_ROLES,
  ROLES,
  type AccessLogEntriesQuery,
  type AccessLogEntry,
  type AccessLogPage,
  type AccessLogQuery,
} from '@iep/shared';
import { AuditRepository, type GroupFilter } from './audit.repository';
import type { Prisma } from '../../generated/prisma/client';
import type { AuthContext } from '../auth/auth.types';
import { TeamAccessService } from '../access/team-access.service';

const asRole = (value: string | null) => ROLES.find((r) => r === value) ?? null;
const DAY_MS = 86_400_000;

/**
 * The comments module names the thread's visibility in each event's detail (`visibility`; a list
 * read names `visibilities`, the kinds it covered, and says nothing about any one thread). A
 * parent sees no event about a staff-only thread: a comment event counts only when its thread is
 * team-visible. (A positive match, so an event without the field is left out, never let through.)
 * The grouped log applies the same rule in SQL (AuditRepository).
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
 * OTs see everything. The log is read here and never changed anywhere.
 */
@Injectable()
export class AccessLogService {
  constructor(
    private readonly repo: AuditRepository,
    private readonly access: TeamAccessService,
  ) {}

  /**
   * The log as people read it: one row per person, action and day with a count, the purpose each
   * access served (300.614: who, when, for what purpose), a page at a time.
   */
  async page(ctx: AuthContext, studentId: string, query: AccessLogQuery): Promise<AccessLogPage> {
    const role = await this.access.requireStudent(ctx.user.id, studentId, 'audit.view');
    const family = !can({ userId: ctx.user.id, role }, 'audit.detail');
    const shift = query.tzOffset * 60_000;
    const base: GroupFilter = { studentId, hideRoles: family ? FAMILY_ROLES : null, tzOffset: query.tzOffset };
    const filter: GroupFilter = {
      ...base,
      ...(query.person ? { actorId: query.person } : {}),
      ...(query.kind ? { actions: actionsOfKind(query.kind) } : {}),
      ...(query.from ? { from: new Date(Date.parse(`${query.from}T00:00:00Z`) - shift) } : {}),
      ...(query.to ? { to: new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS - shift) } : {}),
    };
    const [rows, total, people] = await Promise.all([
      this.repo.groups(filter, (query.page - 1) * query.pageSize, query.pageSize),
      this.repo.countGroups(filter),
      this.repo.people(base),
    ]);
    const names = await this.repo.names(people.map((p) => p.actorId));
    return {
      groups: rows.map((r) => ({
        ...r,
        actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
        actorRole: asRole(r.actorRole),
        ...auditActionInfo(r.action),
      })),
      page: query.page,
      pageSize: query.pageSize,
      total,
      people: people
        .map((p) => ({ id: p.actorId, name: names.get(p.actorId) ?? null, role: asRole(p.actorRole) }))
        .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '')),
    };
  }

  /** The raw trail with every detail, for staff who answer for the record (403 to the family). */
  async trail(ctx: AuthContext, studentId: string, query: AccessLogEntriesQuery): Promise<AccessLogEntry[]> {
    await this.access.requireStudent(ctx.user.id, studentId, 'audit.detail');
    return this.list(ctx, studentId, query);
  }

  /** Every event with its details, for the record's copy (ZIP) and for staff who answer for the record. */
  async list(ctx: AuthContext, studentId: string, query: AccessLogEntriesQuery): Promise<AccessLogEntry[]> {
    const role = await this.access.requireStudent(ctx.user.id, studentId, 'audit.view');
    // Without the details: the family sees who outside it opened the record, when (300.613, 99.32).
    const family = !can({ userId: ctx.user.id, role }, 'audit.detail');
    const where: Prisma.AuditEventWhereInput = {
      studentId,
      ...(query.action ? { action: query.action } : {}),
      ...(query.actorId ? { actorId: query.actorId } : {}),
      createdAt: {
        ...(query.from ? { gte: new Date(`${query.from}T00:00:00Z`) } : {}),
        ...(query.to ? { lt: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + DAY_MS) } : {}),
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
