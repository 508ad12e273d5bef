import { fragmentPlainText, SECTION_FRAGMENTS, type RichTextNode, type SectionFragment } from '@iep/shared';

export const GOAL_KEY_FIELDS = ['area', 'condition', 'behavior', 'criterion', 'timeframe'] as const;
export type GoalKeyField = (typeof GOAL_KEY_FIELDS)[number];

export interface SnapshotView {
  fragments: { name: SectionFragment; text: string }[];
  goals: Record<GoalKeyField, string>[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNode = (v: unknown): v is RichTextNode => isObject(v) && typeof v.type === 'string';

/** A saved version's snapshot read defensively: each fragment as plain text, and the goals' key fields. */
export function snapshotView(snapshot: Record<string, unknown>): SnapshotView {
  const content = isObject(snapshot.content) ? snapshot.content : {};
  const structure = isObject(snapshot.structure) ? snapshot.structure : {};
  const fragments = SECTION_FRAGMENTS.map((name) => {
    const node = content[name];
    return { name, text: isNode(node) ? fragmentPlainText(node) : '' };
  });
  const rawGoals = Array.isArray(structure.goals) ? structure.goals : [];
  const goals = rawGoals.filter(isObject).map((g) => {
    const out = {} as Record<GoalKeyField, string>;
    for (const f of GOAL_KEY_FIELDS) {
      const v = g[f];
      out[f] = typeof v === 'string' ? v : '';
    }
    return out;
  });
  return { fragments, goals };
}
