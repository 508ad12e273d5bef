import { Injectable } from '@nestjs/common';
import type { AgendaItem, MeetingSummary, ThreadVisibility } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';

const TITLE_CHARS = 120;

const excerpt = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > TITLE_CHARS ? `${flat.slice(0, TITLE_CHARS - 1)}…` : flat;
};

interface ThreadRow {
  id: string;
  part: string;
  quote: string;
  comments: { authorRole: string; body: string; deletedAt: Date | null }[];
}

/** A thread as the meeting's visibility filter needs it: where it lives and who may see it. */
export interface NamedThread {
  sectionId: string;
  visibility: ThreadVisibility;
}

interface ProposalRow {
  id: string;
  kind: string;
  targetGoalId: string | null;
  fields: unknown;
}

/** A thread's words: its quote, else its first comment's. */
export function threadTitle(thread: ThreadRow): string {
  const first = thread.comments[0];
  return excerpt(thread.quote.trim() !== '' ? thread.quote : first && !first.deletedAt ? first.body : '');
}

/** A proposal's words: the behaviour it proposes. */
export function proposalTitle(proposal: ProposalRow): string {
  const fields = proposal.fields;
  const behavior = typeof fields === 'object' && fields !== null && 'behavior' in fields ? fields.behavior : undefined;
  return excerpt(typeof behavior === 'string' ? behavior : '');
}

const proposalPart = (p: ProposalRow): string =>
  p.kind === 'change_goal' && p.targetGoalId ? `goals/${p.targetGoalId}` : 'goals';

/** Parent input: the thread was started by a parent. Answered once someone else has replied. */
export function threadItem(thread: ThreadRow): AgendaItem {
  const byParent = thread.comments[0]?.authorRole === 'parent';
  const answered = thread.comments.slice(1).some((c) => c.authorRole !== thread.comments[0]?.authorRole);
  return {
    key: `${byParent ? 'parent_input' : 'thread'}:${thread.id}`,
    kind: byParent ? 'parent_input' : 'thread',
    title: threadTitle(thread),
    part: thread.part,
    state: answered ? 'answered' : 'open',
  };
}

export function proposalItem(proposal: ProposalRow): AgendaItem {
  return {
    key: `proposal:${proposal.id}`,
    kind: 'proposal',
    title: proposalTitle(proposal),
    part: proposalPart(proposal),
    state: 'open',
  };
}

const threadSelect = {
  id: true,
  part: true,
  quote: true,
  comments: { orderBy: { createdAt: 'asc' }, select: { authorRole: true, body: true, deletedAt: true } },
} as const;
const proposalSelect = { id: true, kind: true, targetGoalId: true, fields: true, status: true } as const;

/**
 * What comments and proposals bring to a meeting. Only team-visible threads: the agenda and the
 * summary are shown to the family.
 */
@Injectable()
export class MeetingItemsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async agendaItems(sectionId: string): Promise<AgendaItem[]> {
    const db = this.prisma.client;
    const [threads, proposals] = await Promise.all([
      db.commentThread.findMany({
        where: { sectionId, visibility: 'team', resolvedAt: null },
        orderBy: { createdAt: 'asc' },
        select: threadSelect,
      }),
      db.goalProposal.findMany({
        where: { sectionId, status: 'open' },
        orderBy: { createdAt: 'asc' },
        select: proposalSelect,
      }),
    ]);
    const items = threads.map(threadItem);
    return [
      ...items.filter((i) => i.kind === 'parent_input'),
      ...items.filter((i) => i.kind === 'thread'),
      ...proposals.map(proposalItem),
    ];
  }

  /** The threads, of any section, whose ids these are (keyed in lower case). */
  async threadsNamed(ids: readonly string[]): Promise<Map<string, NamedThread>> {
    if (ids.length === 0) return new Map();
    const rows = await this.prisma.client.commentThread.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, sectionId: true, visibility: true },
    });
    return new Map(rows.map((r) => [r.id.toLowerCase(), { sectionId: r.sectionId, visibility: r.visibility }]));
  }

  /** Proposals decided and team-visible threads resolved between the meeting's start and end. */
  async decisions(sectionId: string, from: Date, to: Date): Promise<MeetingSummary['decisions']> {
    const db = this.prisma.client;
    const [proposals, threads] = await Promise.all([
      db.goalProposal.findMany({
        where: { sectionId, status: { in: ['accepted', 'rejected'] }, decidedAt: { gte: from, lte: to } },
        orderBy: { decidedAt: 'asc' },
        select: proposalSelect,
      }),
      db.commentThread.findMany({
        where: { sectionId, visibility: 'team', resolvedAt: { gte: from, lte: to } },
        orderBy: { resolvedAt: 'asc' },
        select: threadSelect,
      }),
    ]);
    return [
      ...proposals.map((p) => ({
        kind: p.status === 'accepted' ? ('proposal_accepted' as const) : ('proposal_rejected' as const),
        title: proposalTitle(p),
      })),
      ...threads.map((t) => ({ kind: 'thread_resolved' as const, title: threadTitle(t) })),
    ];
  }
}
