import {
  emptyProposalFields,
  parentWordsSchema,
  proposalFieldsSchema,
  proposalGroupKey,
  proposalMeasurability,
  proposalMissingFields,
  type ParentWords,
  type ProposalFields,
  type ProposalView,
  type Role,
} from '@iep/shared';
import type { ProposalRecord, ProposalRow } from './proposals.repository';

/** The stored goal fields of a proposal (written from validated input; anything else reads as empty). */
export function fieldsOf(value: unknown): ProposalFields {
  const parsed = proposalFieldsSchema.safeParse(value);
  return parsed.success ? parsed.data : emptyProposalFields();
}

/** The proposer's own words, when stored (anything unreadable reads as none). */
export function parentWordsOf(value: unknown): ParentWords | null {
  if (value === null) return null;
  const parsed = parentWordsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export const groupKeyOf = (row: ProposalRecord): string =>
  proposalGroupKey({ kind: row.kind, targetGoalId: row.targetGoalId, fields: fieldsOf(row.fields) });

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/**
 * A proposal as the API returns it, with names for the people, the live goal it would change (for
 * the field-by-field view) and what it still lacks.
 */
export function toView(
  row: ProposalRow,
  names: Map<string, string>,
  liveGoals: Map<string, ProposalFields>,
): ProposalView {
  const person = (id: string, role: Role) => ({ id, name: names.get(id) ?? '', role });
  const fields = fieldsOf(row.fields);
  return {
    id: row.id,
    sectionId: row.sectionId,
    kind: row.kind,
    targetGoalId: row.targetGoalId,
    status: row.status,
    fields,
    baseFields: row.baseFields === null ? null : fieldsOf(row.baseFields),
    currentFields: row.targetGoalId ? (liveGoals.get(row.targetGoalId) ?? null) : null,
    rationale: row.rationale,
    parentWords: parentWordsOf(row.parentWords),
    missingFields: proposalMissingFields(fields, row.rationale, row.parentWords !== null),
    measurability: proposalMeasurability(fields),
    groupKey: groupKeyOf(row),
    proposedBy: person(row.proposedById, row.proposedByRole),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    decidedBy: row.decidedById && row.decidedByRole ? person(row.decidedById, row.decidedByRole) : null,
    decidedAt: iso(row.decidedAt),
    decisionReason: row.decisionReason,
    appliedGoalId: row.appliedGoalId,
    versionNumber: row.versionNumber,
    supersededById: row.supersededById,
    endorsements: row.endorsements.map((e) => ({
      ...person(e.userId, e.role),
      stance: e.stance,
      note: e.note,
      at: e.updatedAt.toISOString(),
    })),
    comments: row.comments.map((c) => ({
      id: c.id,
      author: person(c.authorId, c.authorRole),
      body: c.body,
      at: c.createdAt.toISOString(),
    })),
  };
}

/** Every person a set of proposals names. */
export function peopleOf(rows: ProposalRow[]): string[] {
  return rows.flatMap((r) => [
    r.proposedById,
    ...(r.decidedById ? [r.decidedById] : []),
    ...r.endorsements.map((e) => e.userId),
    ...r.comments.map((c) => c.authorId),
  ]);
}
