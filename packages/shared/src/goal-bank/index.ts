export { GOAL_AREAS, GOAL_AREA_ID_PREFIX, type GoalArea } from './areas';
export {
  GOAL_PLACEHOLDERS,
  PLACEHOLDER_NAMES,
  isPlaceholderName,
  templateBlanks,
  listBlanks,
  markBlanks,
  fillBlanks,
  type PlaceholderName,
} from './placeholders';
export {
  TEMPLATE_TEXT_FIELDS,
  goalTemplateTextSchema,
  goalTemplateSchema,
  GoalTemplateError,
  validateGoalTemplates,
  loadGoalBank,
  searchGoalBank,
  instantiateTemplate,
  fillGoalBlanks,
  goalBlankFields,
  type TemplateTextField,
  type GoalTemplateText,
  type GoalTemplate,
  type GoalSearchQuery,
  type GoalBlankField,
  type InstantiatedGoal,
} from './goal-bank';
export { formatGoalDate, knownBlankValues, instantiateForStudent, type KnownFacts } from './known-blanks';
