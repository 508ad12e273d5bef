import * as Y from 'yjs';
import { addGoal, changedProposalFields, type GoalProvenance, type ProposalFields } from '@iep/shared';

/** What an accepted proposal does to the document. */
export type GoalChange =
  | { kind: 'new_goal'; fields: ProposalFields; provenance: GoalProvenance }
  | { kind: 'change_goal'; goalId: string; base: ProposalFields; fields: ProposalFields; provenance: GoalProvenance };

/**
 * Replaces a Y.Text's content by touching only the part that differs (common prefix and suffix
 * kept), so someone typing elsewhere in the same field keeps their characters.
 */
export function replaceText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start++;
  let end = 0;
  while (end < current.length - start && end < next.length - start && current[current.length - 1 - end] === next[next.length - 1 - end]) end++;
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted.length > 0) text.insert(start, inserted);
}

/** The goal record in the document, if it is still there. */
export function goalMap(doc: Y.Doc, goalId: string): Y.Map<unknown> | null {
  const value = doc.getMap<unknown>('goals').get(goalId);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : null;
}

/**
 * Applies an accepted proposal to the document (call inside one Yjs transaction). A new goal is
 * added at the end; a change writes only the fields the proposer changed from the goal as they saw
 * it, so concurrent edits of other fields of the same goal survive. Either way the goal records
 * where it came from. Returns the goal's id, or null when a changed goal is no longer there.
 */
export function applyGoalChange(doc: Y.Doc, change: GoalChange): string | null {
  if (change.kind === 'new_goal') {
    const { area, ...texts } = change.fields;
    const id = addGoal(doc, { area, ...texts });
    goalMap(doc, id)?.set('provenance', change.provenance);
    return id;
  }
  const goal = goalMap(doc, change.goalId);
  if (!goal) return null;
  for (const { field } of changedProposalFields(change.base, change.fields)) {
    if (field === 'area') {
      goal.set('area', change.fields.area);
      continue;
    }
    const text = goal.get(field);
    if (text instanceof Y.Text) replaceText(text, change.fields[field]);
    else goal.set(field, new Y.Text(change.fields[field]));
  }
  goal.set('provenance', change.provenance);
  return change.goalId;
}
