import type * as Y from 'yjs';
import { accommodationFieldSchemas, readAccommodations, type AccommodationRecord } from './accommodations';
import { readAreasOfNeed, type AreaOfNeedRecord } from './areas-of-need';
import { goalFieldSchemas, readGoals, type GoalRecord } from './goals';
import { readRemovedList, type FieldIssue, type RemovedRecord } from './records';
import { readServices, serviceFieldSchemas, type ServiceRecord } from './services';
import { readTransitionGoals, transitionGoalFieldSchemas, type TransitionGoalRecord } from './transition-goals';

/** Every structured root, read and validated: what the API, checks, diffs and hashes see. */
export interface SectionStructure {
  areasOfNeed: AreaOfNeedRecord[];
  goals: GoalRecord[];
  services: ServiceRecord[];
  accommodations: AccommodationRecord[];
  transitionGoals: TransitionGoalRecord[];
}

/** The structured parts as validated JSON, with every field that failed its schema listed. */
export function readStructure(doc: Y.Doc): { structure: SectionStructure; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const areasOfNeed = readAreasOfNeed(doc, issues);
  return {
    structure: {
      areasOfNeed,
      goals: readGoals(doc, issues),
      services: readServices(doc, issues),
      accommodations: readAccommodations(doc, issues),
      transitionGoals: readTransitionGoals(doc, issues),
    },
    issues,
  };
}

/** The removed records of every removable root (issue 19): what the "Removed items" lists offer to restore. */
export interface RemovedStructure {
  goals: RemovedRecord<typeof goalFieldSchemas>[];
  services: RemovedRecord<typeof serviceFieldSchemas>[];
  accommodations: RemovedRecord<typeof accommodationFieldSchemas>[];
  transitionGoals: RemovedRecord<typeof transitionGoalFieldSchemas>[];
}

export function readRemoved(doc: Y.Doc): RemovedStructure {
  return {
    goals: readRemovedList(doc, 'goals', goalFieldSchemas),
    services: readRemovedList(doc, 'services', serviceFieldSchemas),
    accommodations: readRemovedList(doc, 'accommodations', accommodationFieldSchemas),
    transitionGoals: readRemovedList(doc, 'transitionGoals', transitionGoalFieldSchemas),
  };
}
