import * as Y from 'yjs';
import { ageOn, positionBetween, type TRANSITION_AREAS } from '@iep/shared';
import { lastRecordPosition, newRecordId } from './AccommodationsRecords';

export type TransitionArea = (typeof TRANSITION_AREAS)[number];

/** Adds a transition goal at the end of the list, its goal a Y.Text. Returns its id. */
export function addTransitionGoal(doc: Y.Doc, area: TransitionArea | null = null, goal = ''): string {
  const id = newRecordId();
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    doc.getMap<unknown>('transitionGoals').set(id, record);
    record.set('position', positionBetween(lastRecordPosition(doc, 'transitionGoals')));
    record.set('area', area);
    record.set('goal', new Y.Text(goal));
  });
  return id;
}

/** The student's age on the meeting date (today when there is none), as the compliance check counts it. */
export function transitionAge(dateOfBirth: string | null, meetingDate: string | null, today: string): number | null {
  return dateOfBirth ? ageOn(dateOfBirth, meetingDate ?? today) : null;
}
