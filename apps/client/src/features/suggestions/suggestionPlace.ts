import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import { goalOfPart, isSectionFragment, readGoals } from '@iep/shared';

/** Each live goal's number as the goal cards show it (1-based), from the goals' ids in their order. */
export function goalNumbers(goalIds: readonly string[]): ReadonlyMap<string, number> {
  return new Map(goalIds.map((id, i) => [id, i + 1]));
}

/** The live goals' ids in their order. */
export function goalOrder(doc: Y.Doc): string[] {
  return readGoals(doc, []).map((g) => g.id);
}

/** Where a suggestion is, in words: a part's name, or "Goal 2 · description". */
export function suggestionPlace(part: string, numbers: ReadonlyMap<string, number>, t: TFunction): string {
  if (isSectionFragment(part)) return t(`section.fragments.${part}`);
  const goalId = goalOfPart(part);
  const number = goalId === null ? undefined : numbers.get(goalId);
  return number === undefined ? t('suggestions.places.goalGone') : t('suggestions.places.goalDescription', { number });
}
