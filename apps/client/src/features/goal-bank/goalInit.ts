import {
  instantiateForStudent,
  searchGoalBank,
  GOAL_AREAS,
  type GoalArea,
  type GoalInit,
  type GoalTemplate,
  type KnownFacts,
  type Locale,
} from '@iep/shared';

/**
 * What `addGoal` needs from a template, in one language: the blanks the app knows (the student's
 * first name, the annual review date) filled, the others left as `[[name]]` for the team.
 */
export function goalInitFromTemplate(template: GoalTemplate, locale: Locale, facts: KnownFacts = {}): GoalInit {
  const goal = instantiateForStudent(template, locale, facts);
  return {
    area: goal.area,
    baseline: goal.baseline,
    condition: goal.condition,
    behavior: goal.behavior,
    criterion: goal.criterion,
    timeframe: goal.timeframe,
    measurement: goal.measurement,
    reporting: goal.reporting,
    objectives: [...goal.objectives],
  };
}

export function isGoalArea(value: string | null): value is GoalArea {
  return value !== null && (GOAL_AREAS as readonly string[]).includes(value);
}

/** The templates to list for the dialog's search field and area filter ('' or null = every area). */
export function goalBankResults(text: string, area: string | null, locale: Locale): GoalTemplate[] {
  return searchGoalBank({ text, locale, ...(isGoalArea(area) ? { area } : {}) });
}
