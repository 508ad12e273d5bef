/**
 * The OT areas a goal can belong to. The list itself lives in `doc/goals.ts` (the areas-of-need
 * checklist uses the same keys); it is re-exported here so the goal bank never defines a second copy.
 */
import type { GoalArea } from '../doc';

export { GOAL_AREAS, type GoalArea } from '../doc';

/** Prefix of every template id in an area, e.g. `fm-pencil-grasp`. Keeps ids readable and stable. */
export const GOAL_AREA_ID_PREFIX: Readonly<Record<GoalArea, string>> = {
  fine_motor: 'fm',
  self_care: 'sc',
  sensory_processing: 'sp',
  visual_perception: 'vp',
  gross_motor: 'gm',
  social_participation: 'so',
  eating_swallowing: 'eat',
  attendance_participation: 'ap',
  transition: 'tr',
};
