import { Injectable } from '@nestjs/common';
import type { EndorsementStance, ParentWords, ProposalFields, Role, SectionStatus } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

const full = {
  endorsements: { orderBy: { createdAt: 'asc' } },
  comments: { orderBy: { createdAt: 'asc' } },
} as const satisfies Prisma.GoalProposalInclude;

export type ProposalRow = Prisma.GoalProposalGetPayload<{ include: typeof full }>;
export type ProposalRecord = Prisma.GoalProposalGetPayload<object>;

export interface NewProposal {
  sectionId: string;
  kind: 'new_goal' | 'change_goal';
  targetGoalId: string | null;
  fields: ProposalFields;
  baseFields: ProposalFields | null;
  rationale: string;
  parentWords: ParentWords | null;
  proposedById: string;
  proposedByRole: Role;
}

export interface Decision {
  status: 'accepted' | 'rejected' | 'withdrawn';
  decidedById: string;
  decidedByRole: Role;
  decidedAt: Date;
  decisionReason?: string | null;
}

const json = (value: unknown): Prisma.InputJsonValue => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/** Data access for goal proposals, their endorsements and their comments. */
@Injectable()
export class ProposalsRepository {
  constructor(private readonly prisma: PrismaService) {}

  find(id: string): Promise<ProposalRow | null> {
    return this.prisma.client.goalProposal.findUnique({ where: { id }, include: full });
  }

  list(sectionId: string): Promise<ProposalRow[]> {
    return this.prisma.client.goalProposal.findMany({
      where: { sectionId },
      orderBy: { createdAt: 'asc' },
      include: full,
    });
  }

  createIn(tx: Prisma.TransactionClient, p: NewProposal): Promise<ProposalRecord> {
    return tx.goalProposal.create({
      data: {
        ...p,
        fields: json(p.fields),
        baseFields: p.baseFields ? json(p.baseFields) : undefined,
        parentWords: p.parentWords ? json(p.parentWords) : undefined,
      },
    });
  }

  /** The proposer's edit, only while the proposal is open; false when it was decided first. */
  async editIn(
    tx: Prisma.TransactionClient,
    id: string,
    proposerId: string,
    data: { fields?: ProposalFields; rationale?: string },
  ): Promise<boolean> {
    const { count } = await tx.goalProposal.updateMany({
      where: { id, status: 'open', proposedById: proposerId },
      data: {
        ...(data.fields ? { fields: json(data.fields) } : {}),
        ...(data.rationale !== undefined ? { rationale: data.rationale } : {}),
      },
    });
    return count === 1;
  }

  /** The goal fields the OT gave when accepting a proposal in the proposer's own words (the words stay). */
  async setFieldsIn(tx: Prisma.TransactionClient, id: string, fields: ProposalFields): Promise<void> {
    await tx.goalProposal.update({ where: { id }, data: { fields: json(fields) } });
  }

  /**
   * Claims an open proposal for a decision. The guarded update takes the row lock, so of two
   * people deciding at once the second waits, then finds it no longer open: false.
   */
  async decideIn(tx: Prisma.TransactionClient, id: string, decision: Decision): Promise<boolean> {
    const { count } = await tx.goalProposal.updateMany({ where: { id, status: 'open' }, data: decision });
    return count === 1;
  }

  recordIn(tx: Prisma.TransactionClient, id: string): Promise<ProposalRecord | null> {
    return tx.goalProposal.findUnique({ where: { id } });
  }

  async markAppliedIn(
    tx: Prisma.TransactionClient,
    id: string,
    appliedGoalId: string,
    versionNumber: number,
  ): Promise<void> {
    await tx.goalProposal.update({ where: { id }, data: { appliedGoalId, versionNumber } });
  }

  /** The other open proposals of a section: candidates for being superseded by an acceptance. */
  openOthersIn(tx: Prisma.TransactionClient, sectionId: string, exceptId: string): Promise<ProposalRecord[]> {
    return tx.goalProposal.findMany({ where: { sectionId, status: 'open', id: { not: exceptId } } });
  }

  async supersedeIn(tx: Prisma.TransactionClient, ids: string[], byId: string, at: Date): Promise<string[]> {
    if (ids.length === 0) return [];
    await tx.goalProposal.updateMany({
      where: { id: { in: ids }, status: 'open' },
      data: { status: 'superseded', supersededById: byId, decidedAt: at },
    });
    return ids;
  }

  async endorseIn(
    tx: Prisma.TransactionClient,
    proposalId: string,
    userId: string,
    role: Role,
    stance: EndorsementStance,
    note: string,
  ): Promise<void> {
    await tx.proposalEndorsement.upsert({
      where: { proposalId_userId: { proposalId, userId } },
      create: { proposalId, userId, role, stance, note },
      update: { role, stance, note },
    });
  }

  async commentIn(
    tx: Prisma.TransactionClient,
    proposalId: string,
    authorId: string,
    authorRole: Role,
    body: string,
  ): Promise<void> {
    await tx.proposalComment.create({ data: { proposalId, authorId, authorRole, body } });
  }

  /** Stores a document update made by the server in the caller's transaction (see ProposalsService.accept). */
  async storeUpdateIn(
    tx: Prisma.TransactionClient,
    sectionId: string,
    update: Uint8Array,
    userId: string,
  ): Promise<void> {
    await tx.sectionUpdate.create({ data: { sectionId, update: Uint8Array.from(update), userId } });
  }

  /**
   * The section's state at the moment of deciding, with its row locked until the transaction ends:
   * a workflow move (approval locks the section) waits for the decision, or the decision sees it.
   */
  async lockSectionIn(tx: Prisma.TransactionClient, sectionId: string): Promise<SectionStatus | null> {
    const rows = await tx.$queryRaw<
      { status: SectionStatus }[]
    >`SELECT status::text AS status FROM "OtSection" WHERE id = ${sectionId}::uuid FOR UPDATE`;
    return rows[0]?.status ?? null;
  }

  async userNames(ids: string[]): Promise<Map<string, string>> {
    const users = await this.prisma.client.user.findMany({
      where: { id: { in: [...new Set(ids)] } },
      select: { id: true, name: true },
    });
    return new Map(users.map((u) => [u.id, u.name]));
  }
}
