import type { Locale } from '../schemas';
import type { PlaceholderName } from './placeholders';
import { fillGoalBlanks, instantiateTemplate, type GoalTemplate, type InstantiatedGoal } from './goal-bank';
import { dateTimeFormat } from '../intl-formats';

/** What the app already knows about the student and the plan, for the blanks it can fill itself. */
export interface KnownFacts {
  /** The student's first name ("Mateo"). */
  studentFirstName?: string | null;
  /** The plan's annual review date (YYYY-MM-DD): a goal's target date unless the team says otherwise. */
  annualReviewDate?: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day (YYYY-MM-DD) as people write it in the goal's language: "March 1, 2027", "1 de marzo de 2027". */
export function formatGoalDate(day: string, locale: Locale): string | null {
  if (!DAY.test(day)) return null;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return null;
  const tag = locale === 'es' ? 'es-ES' : 'en-US';
  return dateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The blanks the facts answer, by name; a fact that is missing or empty answers nothing. */
export function knownBlankValues(facts: KnownFacts, locale: Locale): Partial<Record<PlaceholderName, string>> {
  const values: Partial<Record<PlaceholderName, string>> = {};
  const first = facts.studentFirstName?.trim() ?? '';
  if (first !== '') values.student = first;
  const date = facts.annualReviewDate ? formatGoalDate(facts.annualReviewDate, locale) : null;
  if (date !== null) values.date = date;
  return values;
}

/**
 * A bank goal for this student: the template in `locale` with the blanks the app knows filled
 * (the student's first name, the annual review date); the rest stay `[[name]]` for the team.
 */
export function instantiateForStudent(template: GoalTemplate, locale: Locale, facts: KnownFacts): InstantiatedGoal {
  return fillGoalBlanks(instantiateTemplate(template, locale), knownBlankValues(facts, locale));
}
