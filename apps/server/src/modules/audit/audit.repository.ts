import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../db/prisma.service';
import { Prisma } from '../../generated/prisma/client';

/** Which events of a student's log a reader may see, and the filters they chose. */
export interface GroupFilter {
  studentId: string;
  /** Leave out the given roles' own accesses, anonymous events and staff-only thread events (a family reads the log). */
  hideRoles: readonly string[] | null;
  actorId?: string;
  actions?: readonly string[];
  /** Instants (UTC): from inclusive, to exclusive. */
  from?: Date;
  to?: Date;
  /** Minutes east of UTC: the reader's days. */
  tzOffset: number;
}

export interface GroupRow {
  day: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  count: number;
  first: string;
  last: string;
}

const ISO = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';

/** Reads the audit log (writes go through AuditService; nothing updates or deletes it). */
@Injectable()
export class AuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  events(where: Prisma.AuditEventWhereInput, limit: number) {
    return this.prisma.client.auditEvent.findMany({ where, orderBy: { id: 'desc' }, take: limit });
  }

  async names(ids: string[]): Promise<Map<string, string>> {
    const users = await this.prisma.client.user.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true },
    });
    return new Map(users.map((u) => [u.id, u.name]));
  }

  /** One row per person, role, action and day (in the reader's time zone), newest day first. */
  groups(filter: GroupFilter, skip: number, take: number): Promise<GroupRow[]> {
    return this.prisma.client.$queryRaw<GroupRow[]>`
      SELECT ${dayOf(filter.tzOffset)} AS day, e."actorId"::text AS "actorId", e."actorRole" AS "actorRole",
             e.action AS action, count(*)::int AS count,
             to_char(min(e."createdAt"), ${ISO}) AS first, to_char(max(e."createdAt"), ${ISO}) AS last
      FROM "AuditEvent" e WHERE ${whereOf(filter)}
      GROUP BY 1, 2, 3, 4
      ORDER BY 1 DESC, max(e.id) DESC
      LIMIT ${take}::int OFFSET ${skip}::int`;
  }

  async countGroups(filter: GroupFilter): Promise<number> {
    const rows = await this.prisma.client.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (
        SELECT 1 FROM "AuditEvent" e WHERE ${whereOf(filter)}
        GROUP BY ${dayOf(filter.tzOffset)}, e."actorId", e."actorRole", e.action
      ) g`;
    return rows[0]?.n ?? 0;
  }

  /** Everyone who appears in the log under the filter, with the role of their latest event. */
  people(filter: GroupFilter): Promise<{ actorId: string; actorRole: string | null }[]> {
    return this.prisma.client.$queryRaw<{ actorId: string; actorRole: string | null }[]>`
      SELECT DISTINCT ON (e."actorId") e."actorId"::text AS "actorId", e."actorRole" AS "actorRole"
      FROM "AuditEvent" e WHERE ${whereOf(filter)} AND e."actorId" IS NOT NULL
      ORDER BY e."actorId", e.id DESC`;
  }
}

function dayOf(tzOffset: number): Prisma.Sql {
  return Prisma.sql`to_char(e."createdAt" + make_interval(mins => ${tzOffset}::int), 'YYYY-MM-DD')`;
}

function whereOf(f: GroupFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`e."studentId" = ${f.studentId}::uuid`];
  if (f.actorId !== undefined) parts.push(Prisma.sql`e."actorId" = ${f.actorId}::uuid`);
  if (f.actions !== undefined)
    parts.push(f.actions.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`e.action IN (${Prisma.join(f.actions)})`);
  if (f.from !== undefined) parts.push(Prisma.sql`e."createdAt" >= ${f.from.toISOString()}::timestamp`);
  if (f.to !== undefined) parts.push(Prisma.sql`e."createdAt" < ${f.to.toISOString()}::timestamp`);
  if (f.hideRoles !== null) {
    parts.push(Prisma.sql`e."actorId" IS NOT NULL`);
    if (f.hideRoles.length > 0)
      parts.push(Prisma.sql`(e."actorRole" IS NULL OR e."actorRole" NOT IN (${Prisma.join(f.hideRoles)}))`);
    // A comment event counts only when its thread is team-visible (a list read names no thread).
    parts.push(
      Prisma.sql`(e.action NOT LIKE 'comments.%' OR e.action = 'comments.threads_read' OR e.detail->>'visibility' = 'team')`,
    );
  }
  return Prisma.join(parts, ' AND ');
}
