import * as Y from 'yjs';
import { z } from 'zod';
import { text } from './fields';
import { appendRecord, readList, type FieldIssue, type Parsed } from './records';

/** The transition goals root (students 14 and older): an area and a Y.Text goal per record. */
export const TRANSITION_AREAS = ['education', 'employment', 'independent_living'] as const;
export type TransitionArea = (typeof TRANSITION_AREAS)[number];

export const transitionGoalFieldSchemas = {
  position: z.number().finite(),
  area: z.enum(TRANSITION_AREAS).nullable(),
  goal: text(2000),
} as const;

export type TransitionGoalRecord = { id: string } & Parsed<typeof transitionGoalFieldSchemas>;

export function readTransitionGoals(doc: Y.Doc, issues: FieldIssue[]): TransitionGoalRecord[] {
  return readList(doc, 'transitionGoals', transitionGoalFieldSchemas, issues);
}

/** Adds a transition goal at the end of the list, its goal a Y.Text. Returns its id. */
export function addTransitionGoal(doc: Y.Doc, area: TransitionArea | null = null, goal = ''): string {
  return appendRecord(doc, 'transitionGoals', (record) => {
    record.set('area', area);
    record.set('goal', new Y.Text(goal));
  });
}
