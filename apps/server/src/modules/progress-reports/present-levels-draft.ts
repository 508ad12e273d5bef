import type { GoalRecord, NoticeLocale } from '@iep/shared';
import { draftNarrative, formatDay, goalInPeriod, type StoredPoint } from './progress-narrative';

/** The year's service delivery as the draft counts it. */
export interface Delivery {
  delivered: number;
  minutes: number;
  missed: number;
  owed: number;
}

/**
 * The goal's words as the head of its paragraph: a goal is written as a phrase ("copies a 5-word
 * sentence legibly"), so it is capitalised and closed here to read as a sentence after its label.
 */
function goalSentence(text: string, locale: NoticeLocale): string {
  const phrase = text.trim().replace(/[\s.;:,]+$/, '');
  if (phrase === '') return '';
  return `${phrase.charAt(0).toLocaleUpperCase(locale)}${phrase.slice(1)}${/[!?]$/.test(phrase) ? '' : '.'}`;
}

const WORDS = {
  en: {
    lead: (from: string, to: string, d: Delivery) =>
      `From the service log and goal data, ${from} to ${to}: ${d.delivered} OT ${d.delivered === 1 ? 'session was' : 'sessions were'} delivered (${d.minutes} minutes)` +
      (d.missed > 0
        ? `; ${d.missed} ${d.missed === 1 ? 'was' : 'were'} missed, ${d.owed} of them owed by the school.`
        : '.'),
    goal: (n: number) => `Goal ${n}`,
  },
  es: {
    lead: (from: string, to: string, d: Delivery) =>
      `Según el registro de servicios y los datos de las metas, del ${from} al ${to}: se dieron ${d.delivered} ${d.delivered === 1 ? 'sesión' : 'sesiones'} de terapia ocupacional (${d.minutes} minutos)` +
      (d.missed > 0
        ? `; se ${d.missed === 1 ? 'perdió 1' : `perdieron ${d.missed}`}, ${d.owed} por causa de la escuela.`
        : '.'),
    goal: (n: number) => `Meta ${n}`,
  },
} as const;

/** The paragraphs of the draft: the year's service delivery, then each goal's data in plain words. */
export function presentLevelsParagraphs(
  period: { start: string; end: string },
  delivery: Delivery,
  goals: readonly GoalRecord[],
  points: readonly StoredPoint[],
  locale: NoticeLocale,
): string[] {
  const W = WORDS[locale];
  const lead = W.lead(formatDay(period.start, locale), formatDay(period.end, locale), delivery);
  return [
    lead,
    ...goals.map((g, i) => {
      const sentence = goalSentence(g.behavior ?? '', locale);
      const head = sentence === '' ? `${W.goal(i + 1)}.` : `${W.goal(i + 1)}: ${sentence}`;
      return `${head} ${draftNarrative(goalInPeriod(g, points), period, locale)}`;
    }),
  ];
}
