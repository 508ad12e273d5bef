import type * as Y from 'yjs';
import { readAccommodations, type AccommodationRecord } from './accommodations';
import { readAreasOfNeed, type AreaOfNeedRecord } from './areas-of-need';
import { readGoals, type GoalRecord } from './goals';
import type { FieldIssue } from './records';
import { readServices, type ServiceRecord } from './services';
import { readTransitionGoals, type TransitionGoalRecord } from './transition-goals';

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
