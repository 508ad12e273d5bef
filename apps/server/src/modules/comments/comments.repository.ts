import { Injectable } from '@nestjs/common';
import type { Role, ThreadVisibility } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import { ACTIVE_MEMBER } from '../access/team.repository';

const threadInclude = {
  author: { select: { id: true, name: true } },
  comments: {
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { author: { select: { id: true, name: true } } },
  },
} as const satisfies Prisma.CommentThreadInclude;

export type ThreadRow = Prisma.CommentThreadGetPayload<{ include: typeof threadInclude }>;
export type Tx = Prisma.TransactionClient;
export type SuggestionOutcomeRow = 'accepted' | 'rejected' | 'withdrawn';

export interface NewThread {
  sectionId: string;
  part: string;
  anchorStart: string | null;
  anchorEnd: string | null;
  quote: string;
  visibility: ThreadVisibility;
  authorId: string;
  suggestionAuthorId: string | null;
  suggestionId: string | null;
}

export interface NewComment {
  threadId: string;
  authorId: string;
  authorRole: Role;
  body: string;
  mentionIds: string[];
}

export interface TeamMember {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** Data access for comment threads. Nothing is deleted: comments are marked, edits keep revisions. */
@Injectable()
export class CommentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  listThreads(
    sectionId: string,
    visibilities: ThreadVisibility[],
    resolved: 'true' | 'false' | 'all',
  ): Promise<ThreadRow[]> {
    const resolvedWhere =
      resolved === 'all' ? {} : resolved === 'true' ? { resolvedAt: { not: null } } : { resolvedAt: null };
    return this.prisma.client.commentThread.findMany({
      where: { sectionId, visibility: { in: visibilities }, ...resolvedWhere },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: threadInclude,
    });
  }

  /** The latest recorded decision on each of these suggestions of a section (key `authorId:id`). */
  async suggestionDecisions(sectionId: string, suggestionIds: string[]): Promise<Map<string, SuggestionOutcomeRow>> {
    if (suggestionIds.length === 0) return new Map();
    const rows = await this.prisma.client.suggestionDecision.findMany({
      where: { sectionId, suggestionId: { in: [...new Set(suggestionIds)] } },
      orderBy: [{ decidedAt: 'asc' }, { id: 'asc' }],
      select: { authorId: true, suggestionId: true, outcome: true },
    });
    return new Map(rows.map((r) => [`${r.authorId}:${r.suggestionId}`, r.outcome]));
  }

  /** The ids of a section's threads on these suggestions. */
  async threadsOnSuggestions(sectionId: string, refs: { authorId: string; id: string }[]): Promise<string[]> {
    if (refs.length === 0) return [];
    const rows = await this.prisma.client.commentThread.findMany({
      where: { sectionId, OR: refs.map((r) => ({ suggestionAuthorId: r.authorId, suggestionId: r.id })) },
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  getThread(id: string): Promise<ThreadRow | null> {
    return this.prisma.client.commentThread.findUnique({ where: { id }, include: threadInclude });
  }

  threadMeta(id: string) {
    return this.prisma.client.commentThread.findUnique({
      where: { id },
      select: { id: true, sectionId: true, visibility: true, authorId: true, resolvedAt: true },
    });
  }

  commentMeta(id: string) {
    return this.prisma.client.comment.findUnique({
      where: { id },
      select: { id: true, authorId: true, body: true, deletedAt: true, threadId: true },
    });
  }

  createThread(tx: Tx, thread: NewThread) {
    return tx.commentThread.create({ data: thread, select: { id: true } });
  }

  createComment(tx: Tx, comment: NewComment) {
    return tx.comment.create({ data: comment, select: { id: true } });
  }

  /** Keeps the earlier wording as a revision, then writes the new one. */
  async reviseComment(tx: Tx, id: string, previous: string, body: string): Promise<void> {
    await tx.commentRevision.create({ data: { commentId: id, body: previous } });
    await tx.comment.update({ where: { id }, data: { body, editedAt: new Date() } });
  }

  async markDeleted(tx: Tx, id: string): Promise<void> {
    await tx.comment.update({ where: { id }, data: { deletedAt: new Date() } });
  }

  async setResolved(tx: Tx, id: string, byUserId: string | null): Promise<void> {
    await tx.commentThread.update({
      where: { id },
      data:
        byUserId === null
          ? { resolvedAt: null, resolvedById: null }
          : { resolvedAt: new Date(), resolvedById: byUserId },
    });
  }

  revisions(commentId: string) {
    return this.prisma.client.commentRevision.findMany({ where: { commentId }, orderBy: { replacedAt: 'asc' } });
  }

  async team(studentId: string): Promise<TeamMember[]> {
    const rows = await this.prisma.client.teamMembership.findMany({
      where: { studentId, ...ACTIVE_MEMBER },
      include: { user: { select: { id: true, name: true, email: true } } },
      orderBy: { user: { name: 'asc' } },
    });
    return rows.map((r) => ({ id: r.user.id, name: r.user.name, email: r.user.email, role: r.role }));
  }

  async userNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const users = await this.prisma.client.user.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true },
    });
    return new Map(users.map((u) => [u.id, u.name]));
  }
}
