import { z } from 'zod';
import { safeText } from './input';
import { roleSchema } from './schemas';
import { goalMeasurability, type MeasurabilityReason } from './section-checks';
import {
  GOAL_AREAS,
  GOAL_TEXT_FIELDS,
  goalFieldSchemas,
  type GoalArea,
  type GoalRecord,
  type GoalTextField,
} from './doc';

/**
 * Goal proposals: anyone on the team proposes a new goal or a change to a goal, in the goal's own
 * structured form, with a rationale; the team endorses and discusses it; the OT (or the
 * administrator) accepts it into the document in one step, or rejects it with a reason.
 */
export const PROPOSAL_KINDS = ['new_goal', 'change_goal'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const PROPOSAL_STATUSES = ['open', 'accepted', 'rejected', 'withdrawn', 'superseded'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const ENDORSEMENT_STANCES = ['support', 'concern'] as const;
export type EndorsementStance = (typeof ENDORSEMENT_STANCES)[number];

export const RATIONALE_MAX = 2000;
export const NOTE_MAX = 1000;
export const COMMENT_MAX = 2000;

const textField = (field: GoalTextField) => goalFieldSchemas[field].transform((s) => s.trim()).default('');

/** The goal fields a proposal carries: the same fields, and the same limits, as a goal in the document. */
export const proposalFieldsSchema = z.object({
  area: z.enum(GOAL_AREAS).nullable().default(null),
  baseline: textField('baseline'),
  condition: textField('condition'),
  behavior: textField('behavior'),
  criterion: textField('criterion'),
  timeframe: textField('timeframe'),
  measurement: textField('measurement'),
  reporting: textField('reporting'),
});
export type ProposalFields = z.infer<typeof proposalFieldsSchema>;
export const PROPOSAL_FIELDS = ['area', ...GOAL_TEXT_FIELDS] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];

export const emptyProposalFields = (): ProposalFields => proposalFieldsSchema.parse({});

const rationaleSchema = safeText({ max: RATIONALE_MAX });

export const PARENT_WORDS_MAX = 1000;

/**
 * A goal proposed in the proposer's own words, answering plain questions: "What would you like
 * Mateo to be able to do?", "By when?", "How will we know?". Stored as written; the OT turns it
 * into goal fields when accepting it.
 */
export const parentWordsSchema = z.object({
  what: safeText({ min: 1, max: PARENT_WORDS_MAX, messages: { min: 'Say what you would like' } }),
  when: safeText({ max: PARENT_WORDS_MAX }).default(''),
  howWeKnow: safeText({ max: PARENT_WORDS_MAX }).default(''),
});
export type ParentWords = z.infer<typeof parentWordsSchema>;

/** What the acceptance can fill from the proposer's words; the OT edits the rest before accepting. */
export function fieldsFromParentWords(words: ParentWords): ProposalFields {
  return { ...emptyProposalFields(), behavior: words.what, timeframe: words.when, criterion: words.howWeKnow };
}

export const createProposalRequestSchema = z
  .object({
    kind: z.enum(PROPOSAL_KINDS),
    /** The goal's id in the document, for a change. */
    targetGoalId: safeText({ min: 1, max: 64 }).optional(),
    fields: proposalFieldsSchema,
    rationale: rationaleSchema.default(''),
    /** A new goal in the proposer's own words; `fields` may then be left empty for the OT. */
    parentWords: parentWordsSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'change_goal' && value.parentWords !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['parentWords'], message: 'Own words propose a new goal' });
    }
    if (value.kind === 'change_goal' && value.targetGoalId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['targetGoalId'], message: 'Name the goal to change' });
    }
    if (value.kind === 'new_goal' && value.targetGoalId !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['targetGoalId'], message: 'A new goal has no target' });
    }
  });
export type CreateProposalRequest = z.input<typeof createProposalRequestSchema>;

/** The proposer's edits until a decision. */
export const updateProposalRequestSchema = z
  .object({ fields: proposalFieldsSchema.optional(), rationale: rationaleSchema.optional() })
  .refine((v) => v.fields !== undefined || v.rationale !== undefined, { message: 'Nothing to change' });
export type UpdateProposalRequest = z.input<typeof updateProposalRequestSchema>;

export const endorseRequestSchema = z.object({
  stance: z.enum(ENDORSEMENT_STANCES),
  note: safeText({ max: NOTE_MAX }).default(''),
});
export type EndorseRequest = z.input<typeof endorseRequestSchema>;

export const rejectRequestSchema = z.object({
  reason: safeText({ min: 1, max: RATIONALE_MAX, messages: { min: 'Give a reason' } }),
});
export type RejectRequest = z.infer<typeof rejectRequestSchema>;

/** Accepting: the OT may give the goal fields (turning the proposer's words into a goal); they replace the proposed ones. */
export const acceptProposalRequestSchema = z.object({ fields: proposalFieldsSchema.optional() });
export type AcceptProposalRequest = z.input<typeof acceptProposalRequestSchema>;

export const proposalCommentRequestSchema = z.object({
  body: safeText({ min: 1, max: COMMENT_MAX, messages: { min: 'Write something' } }),
});
export type ProposalCommentRequest = z.infer<typeof proposalCommentRequestSchema>;

export const proposalIdParamSchema = z.object({ id: z.string().uuid() });

/** What a goal needs before it can be accepted; the rationale is part of the proposal. */
export type MissingProposalField = ProposalField | 'rationale';
const REQUIRED_TEXT: readonly GoalTextField[] = [
  'baseline',
  'condition',
  'behavior',
  'criterion',
  'timeframe',
  'measurement',
];

/** With the proposer's own words, those words are the reason: no separate rationale is asked for. */
export function proposalMissingFields(
  fields: ProposalFields,
  rationale: string,
  ownWords = false,
): MissingProposalField[] {
  const missing: MissingProposalField[] = [];
  if (fields.area === null) missing.push('area');
  for (const field of REQUIRED_TEXT) if (fields[field].trim() === '') missing.push(field);
  if (rationale.trim() === '' && !ownWords) missing.push('rationale');
  return missing;
}

/** The proposed goal as a goal record, for the same measurability check the section runs. */
export function proposalAsGoal(fields: ProposalFields, id = 'proposal'): GoalRecord {
  return { id, position: 0, objectives: [], description: null, provenance: null, ...fields };
}

export function proposalMeasurability(fields: ProposalFields): { measurable: boolean; reasons: MeasurabilityReason[] } {
  return goalMeasurability(proposalAsGoal(fields));
}

/** The proposal's fields read from a goal record (unset fields become empty). */
export function fieldsOfGoal(goal: GoalRecord): ProposalFields {
  return {
    area: goal.area,
    baseline: goal.baseline ?? '',
    condition: goal.condition ?? '',
    behavior: goal.behavior ?? '',
    criterion: goal.criterion ?? '',
    timeframe: goal.timeframe ?? '',
    measurement: goal.measurement ?? '',
    reporting: goal.reporting ?? '',
  };
}

/** Field by field, what differs between two sets of goal fields ("criterion: 3/5 → 4/5"). */
export function changedProposalFields(
  before: ProposalFields,
  after: ProposalFields,
): { field: ProposalField; from: string | null; to: string | null }[] {
  return PROPOSAL_FIELDS.filter((f) => (before[f] ?? '') !== (after[f] ?? '')).map((field) => ({
    field,
    from: before[field],
    to: after[field],
  }));
}

/**
 * Alternatives are grouped: changes to the same goal, or new goals in the same area. Accepting one
 * supersedes the other open proposals of its group.
 */
export function proposalGroupKey(p: {
  kind: ProposalKind;
  targetGoalId: string | null;
  fields: { area: GoalArea | null };
}): string {
  return p.kind === 'change_goal' ? `goal:${p.targetGoalId ?? ''}` : `area:${p.fields.area ?? 'none'}`;
}

const personSchema = z.object({ id: z.string(), name: z.string(), role: roleSchema });

export const proposalViewSchema = z.object({
  id: z.string().uuid(),
  sectionId: z.string().uuid(),
  kind: z.enum(PROPOSAL_KINDS),
  targetGoalId: z.string().nullable(),
  status: z.enum(PROPOSAL_STATUSES),
  fields: proposalFieldsSchema,
  /** For a change: the goal as it was when proposed; only the fields that differ from it are applied. */
  baseFields: proposalFieldsSchema.nullable(),
  /** For a change: the goal in the document now (null when it was removed); for the side-by-side diff. */
  currentFields: proposalFieldsSchema.nullable(),
  rationale: z.string(),
  /** The proposer's own words, when they proposed with the plain questions. */
  parentWords: parentWordsSchema.nullable(),
  /** Fields still empty: a proposal with any is a draft and cannot be accepted. */
  missingFields: z.array(z.string()),
  measurability: z.object({ measurable: z.boolean(), reasons: z.array(z.string()) }),
  groupKey: z.string(),
  proposedBy: personSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  decidedBy: personSchema.nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  appliedGoalId: z.string().nullable(),
  versionNumber: z.number().int().nullable(),
  supersededById: z.string().nullable(),
  endorsements: z.array(personSchema.extend({ stance: z.enum(ENDORSEMENT_STANCES), note: z.string(), at: z.string() })),
  comments: z.array(z.object({ id: z.string(), author: personSchema, body: z.string(), at: z.string() })),
});
export type ProposalView = z.infer<typeof proposalViewSchema>;
export const proposalListSchema = z.object({ proposals: z.array(proposalViewSchema) });
export type ProposalList = z.infer<typeof proposalListSchema>;
