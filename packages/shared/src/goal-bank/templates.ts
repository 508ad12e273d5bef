import type { GoalTemplate } from './goal-bank';
import { ATTENDANCE_PARTICIPATION_TEMPLATES } from './templates/attendance-participation';
import { EATING_SWALLOWING_TEMPLATES } from './templates/eating-swallowing';
import { FINE_MOTOR_TEMPLATES } from './templates/fine-motor';
import { GROSS_MOTOR_TEMPLATES } from './templates/gross-motor';
import { SELF_CARE_TEMPLATES } from './templates/self-care';
import { SENSORY_PROCESSING_TEMPLATES } from './templates/sensory-processing';
import { SOCIAL_PARTICIPATION_TEMPLATES } from './templates/social-participation';
import { TRANSITION_TEMPLATES } from './templates/transition';
import { VISUAL_PERCEPTION_TEMPLATES } from './templates/visual-perception';

/**
 * The goal bank's source data, one file per area under `templates/`, in the order areas appear in
 * GOAL_AREAS. Not validated here: use `loadGoalBank()`, which checks every template with zod.
 *
 * Writing a template: text is our own, in plain English and natural (Latin-American) Spanish; each
 * field holds the same `{{name}}` blanks in both languages (see placeholders.ts); the criterion states
 * a number; ids never change once published (goals drafted from a template may refer to them).
 */
export const RAW_GOAL_TEMPLATES: readonly GoalTemplate[] = [
  ...FINE_MOTOR_TEMPLATES,
  ...SELF_CARE_TEMPLATES,
  ...SENSORY_PROCESSING_TEMPLATES,
  ...VISUAL_PERCEPTION_TEMPLATES,
  ...GROSS_MOTOR_TEMPLATES,
  ...SOCIAL_PARTICIPATION_TEMPLATES,
  ...EATING_SWALLOWING_TEMPLATES,
  ...ATTENDANCE_PARTICIPATION_TEMPLATES,
  ...TRANSITION_TEMPLATES,
];
