/** Timeframe and reporting wording shared by many templates (the team can edit them per goal). */
export const BY_ANNUAL_REVIEW = {
  en: 'By the annual IEP review on {{date}}',
  es: 'Para la revisión anual del IEP, el {{date}}',
} as const;

export const WITHIN_36_WEEKS = {
  en: 'Within 36 school weeks of the start of this IEP',
  es: 'En un plazo de 36 semanas escolares a partir del inicio de este IEP',
} as const;

export const EACH_GRADING_PERIOD = {
  en: 'Each grading period, with the report card',
  es: 'Cada periodo de calificaciones, junto con la boleta de calificaciones',
} as const;

export const EVERY_9_WEEKS = {
  en: 'Every 9 weeks, in a written progress report',
  es: 'Cada 9 semanas, en un informe escrito de progreso',
} as const;
