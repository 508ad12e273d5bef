import * as Y from 'yjs';
import { z } from 'zod';
import { isRemoved } from './removal';
import { SECTION_FRAGMENTS, type SectionFragment } from './rich-text';

/**
 * Where suggestions are made: the section's top-level rich-text parts, named as they are, and the
 * rich-text description nested in every goal, named by a part path `goals/<goalId>/description`.
 * Rights are given per kind of part (the policy and the abilities name `goals/*\/description`);
 * the guard, the readers and the decisions work on the paths.
 */
export const GOAL_DESCRIPTION_PART = 'goals/*/description';

/** Every kind of part a suggestion can be made in: what `suggestion.create` is asked about. */
export const SUGGESTION_PART_KINDS: readonly string[] = [...SECTION_FRAGMENTS, GOAL_DESCRIPTION_PART];

const GOAL_DESCRIPTION_PATH = /^goals\/([\w-]{1,64})\/description$/;

/** A suggestion's part as the API carries it: a top-level part or a goal's description. */
export const suggestionPartSchema = z.union([z.enum(SECTION_FRAGMENTS), z.string().regex(GOAL_DESCRIPTION_PATH)]);
export type SuggestionPart = z.infer<typeof suggestionPartSchema>;

export const goalDescriptionPart = (goalId: string): string => `goals/${goalId}/description`;

/** The goal a part path names, or null for a top-level part. */
export function goalOfPart(part: string): string | null {
  return GOAL_DESCRIPTION_PATH.exec(part)?.[1] ?? null;
}

export const isSectionFragment = (part: string): part is SectionFragment =>
  (SECTION_FRAGMENTS as readonly string[]).includes(part);

/** The kind of a part path (`goals/<id>/description` → `goals/*\/description`), or null when it is none. */
export function suggestionPartKind(part: string): string | null {
  if (isSectionFragment(part)) return part;
  return goalOfPart(part) === null ? null : GOAL_DESCRIPTION_PART;
}

/** The goal record's description fragment, looked up without creating anything. */
function goalDescription(doc: Y.Doc, goalId: string): Y.XmlFragment | null {
  const goal = doc.getMap<unknown>('goals').get(goalId);
  const description = goal instanceof Y.Map ? (goal as Y.Map<unknown>).get('description') : undefined;
  return description instanceof Y.XmlFragment ? description : null;
}

/** The fragment a part path names, or null when the document has none there (nothing is created). */
export function suggestionFragment(doc: Y.Doc, part: string): Y.XmlFragment | null {
  if (isSectionFragment(part)) return doc.getXmlFragment(part);
  const goalId = goalOfPart(part);
  return goalId === null ? null : goalDescription(doc, goalId);
}

/**
 * Every fragment suggestions may live in, in reading order: the top-level parts, then each live
 * goal's description in the goals' order (a removed goal is no part of the plan, nor are its suggestions).
 */
export function suggestionFragments(doc: Y.Doc): { part: string; fragment: Y.XmlFragment }[] {
  const out: { part: string; fragment: Y.XmlFragment }[] = SECTION_FRAGMENTS.map((part) => ({
    part,
    fragment: doc.getXmlFragment(part),
  }));
  const goals: { id: string; position: number; fragment: Y.XmlFragment }[] = [];
  for (const [id, goal] of doc.getMap<unknown>('goals').entries()) {
    if (!(goal instanceof Y.Map) || isRemoved(goal)) continue;
    const fragment = goalDescription(doc, id);
    const position = (goal as Y.Map<unknown>).get('position');
    if (fragment !== null) goals.push({ id, position: typeof position === 'number' ? position : 0, fragment });
  }
  goals.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  for (const g of goals) out.push({ part: goalDescriptionPart(g.id), fragment: g.fragment });
  return out;
}
