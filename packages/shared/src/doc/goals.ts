import * as Y from 'yjs';
import { z } from 'zod';
import type { RichTextNode } from '../schemas';
import { text } from './fields';
import { appendRecord, readList, recordMap, type FieldIssue, type Parsed } from './records';
import { isRemoved } from './removal';
import { replaceText } from './text';

/** The goals root: a Y.Map of goal records, each a Y.Map of Y.Texts, a list of objectives and a rich-text description. */
export const GOAL_AREAS = [
  'fine_motor',
  'self_care',
  'sensory_processing',
  'visual_perception',
  'gross_motor',
  'social_participation',
  'eating_swallowing',
  'attendance_participation',
  'transition',
] as const;
export type GoalArea = (typeof GOAL_AREAS)[number];

export const GOAL_TEXT_FIELDS = [
  'baseline',
  'condition',
  'behavior',
  'criterion',
  'timeframe',
  'measurement',
  'reporting',
] as const;
export type GoalTextField = (typeof GOAL_TEXT_FIELDS)[number];

/**
 * Where a goal came from when it was added or changed by an accepted proposal: who proposed it,
 * who accepted it and when. Stored as a plain JSON value in the goal's Y.Map (set by the server).
 */
export const goalProvenanceSchema = z.object({
  proposalId: z.string().max(64),
  kind: z.enum(['new_goal', 'change_goal']),
  proposedBy: z.object({ name: z.string().max(200), role: z.string().max(20) }),
  acceptedBy: z.object({ name: z.string().max(200), role: z.string().max(20) }),
  acceptedAt: z.string().max(40),
});
export type GoalProvenance = z.infer<typeof goalProvenanceSchema>;

/** Field schemas, one per field, so a bad field never hides the rest of its record. */
export const goalFieldSchemas = {
  position: z.number().finite(),
  area: z.enum(GOAL_AREAS).nullable(),
  baseline: text(2000),
  condition: text(1000),
  behavior: text(1000),
  criterion: text(500),
  timeframe: text(500),
  measurement: text(1000),
  reporting: text(500),
  objectives: z.array(text(1000)).max(12),
  description: z.custom<RichTextNode>(
    (v) => typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'doc',
    'not rich text',
  ),
  provenance: goalProvenanceSchema.nullable(),
} as const;

export type GoalRecord = { id: string } & Parsed<typeof goalFieldSchemas>;

export function readGoals(doc: Y.Doc, issues: FieldIssue[]): GoalRecord[] {
  return readList(doc, 'goals', goalFieldSchemas, issues);
}

/** The goal record in the document, if it is still there. */
export function goalMap(doc: Y.Doc, goalId: string): Y.Map<unknown> | null {
  return recordMap(doc, 'goals', goalId);
}

export interface GoalInit {
  area?: GoalArea | null;
  baseline?: string;
  condition?: string;
  behavior?: string;
  criterion?: string;
  timeframe?: string;
  measurement?: string;
  reporting?: string;
  objectives?: string[];
}

/** Adds a goal at the end of the list, every text field a Y.Text. Returns its id. */
export function addGoal(doc: Y.Doc, init: GoalInit = {}): string {
  return appendRecord(doc, 'goals', (goal) => {
    goal.set('area', init.area ?? null);
    for (const field of GOAL_TEXT_FIELDS) goal.set(field, new Y.Text(init[field] ?? ''));
    const objectives = new Y.Array<Y.Text>();
    goal.set('objectives', objectives);
    objectives.push((init.objectives ?? []).map((o) => new Y.Text(o)));
    // The rich-text description, bound to its own Tiptap editor in the goal card.
    goal.set('description', new Y.XmlFragment());
  });
}

/** Adds an empty objective (a Y.Text) at the end of a goal's list. */
export function addObjective(objectives: Y.Array<unknown>): void {
  objectives.push([new Y.Text('')]);
}

/** A goal's area and text fields, as a proposal carries them. */
export type GoalFields = { area: GoalArea | null } & Record<GoalTextField, string>;

/** What an accepted proposal does to the document. */
export type GoalChange =
  | { kind: 'new_goal'; fields: GoalFields; provenance: GoalProvenance }
  | { kind: 'change_goal'; goalId: string; base: GoalFields; fields: GoalFields; provenance: GoalProvenance };

/** The fields that differ between two versions of a goal (missing text counts as empty). */
function changedFields(before: GoalFields, after: GoalFields): ('area' | GoalTextField)[] {
  return (['area', ...GOAL_TEXT_FIELDS] as const).filter((f) => (before[f] ?? '') !== (after[f] ?? ''));
}

/**
 * Applies an accepted proposal to the document (call inside one Yjs transaction). A new goal is
 * added at the end; a change writes only the fields the proposer changed from the goal as they saw
 * it, so concurrent edits of other fields of the same goal survive. Either way the goal records
 * where it came from. Returns the goal's id, or null when a changed goal is no longer there (or is removed).
 */
export function applyGoalChange(doc: Y.Doc, change: GoalChange): string | null {
  if (change.kind === 'new_goal') {
    const { area, ...texts } = change.fields;
    const id = addGoal(doc, { area, ...texts });
    goalMap(doc, id)?.set('provenance', change.provenance);
    return id;
  }
  const goal = goalMap(doc, change.goalId);
  // A removed goal (issue 19) takes no change until it is restored.
  if (!goal || isRemoved(goal)) return null;
  for (const field of changedFields(change.base, change.fields)) {
    if (field === 'area') {
      goal.set('area', change.fields.area);
      continue;
    }
    const current = goal.get(field);
    if (current instanceof Y.Text) replaceText(current, change.fields[field]);
    else goal.set(field, new Y.Text(change.fields[field]));
  }
  goal.set('provenance', change.provenance);
  return change.goalId;
}
