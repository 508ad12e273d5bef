import { z } from 'zod';
import type { Locale } from '../schemas';
import { GOAL_TEXT_FIELDS, type GoalTextField } from '../doc';
import { foldedWords } from '../glossary/fold';
import { GOAL_AREAS, GOAL_AREA_ID_PREFIX, type GoalArea } from './areas';
import { fillBlanks, isPlaceholderName, listBlanks, markBlanks, templateBlanks, TEMPLATE_BLANK } from './placeholders';
import { RAW_GOAL_TEMPLATES } from './templates';
import { deepFreeze, labelOf } from '../data-files';

const GOAL_LOCALES = ['en', 'es'] as const satisfies readonly Locale[];

/** The text fields of a template, in the order the product shows them (`objectives` is a list). */
export const TEMPLATE_TEXT_FIELDS = ['title', ...GOAL_TEXT_FIELDS] as const;
export type TemplateTextField = (typeof TEMPLATE_TEXT_FIELDS)[number];

const line = z
  .string()
  .refine((s) => s.trim().length > 0 && s.trim() === s, 'must be non-empty, without leading or trailing spaces');

export const goalTemplateTextSchema = z.strictObject({
  title: line,
  baseline: line,
  condition: line,
  behavior: line,
  criterion: line.refine((s) => /\d/.test(s), 'criterion must state a number (a count, ratio, percent or duration)'),
  timeframe: line,
  measurement: line,
  reporting: line,
  objectives: z.array(line).min(2, 'needs 2 or 3 short-term objectives').max(3, 'needs 2 or 3 short-term objectives'),
});
export type GoalTemplateText = z.infer<typeof goalTemplateTextSchema>;

const keywordsSchema = z.strictObject({ en: z.array(line).min(1), es: z.array(line).min(1) });

/** Every text of a template as [path, text] pairs, `objectives` item by item. */
function textsOf(text: GoalTemplateText): [string, string][] {
  const out: [string, string][] = TEMPLATE_TEXT_FIELDS.map((f) => [f, text[f]]);
  text.objectives.forEach((o, i) => out.push([`objectives.${i}`, o]));
  return out;
}

const sameNames = (a: string[], b: string[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

export const goalTemplateSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z]+(-[a-z0-9]+)+$/, 'id must be kebab-case with an area prefix, e.g. fm-pencil-grasp'),
    area: z.enum(GOAL_AREAS),
    keywords: keywordsSchema,
    en: goalTemplateTextSchema,
    es: goalTemplateTextSchema,
  })
  .superRefine((t, ctx) => {
    const prefix = GOAL_AREA_ID_PREFIX[t.area];
    if (!t.id.startsWith(`${prefix}-`))
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `id of a ${t.area} template must start with "${prefix}-"`,
      });
    for (const locale of GOAL_LOCALES) {
      for (const [path, text] of textsOf(t[locale])) {
        for (const name of templateBlanks(text)) {
          if (!isPlaceholderName(name))
            ctx.addIssue({
              code: 'custom',
              path: [locale, ...path.split('.')],
              message: `unknown placeholder {{${name}}}`,
            });
        }
        if (/[{}]/.test(text.replace(TEMPLATE_BLANK, ''))) {
          ctx.addIssue({
            code: 'custom',
            path: [locale, ...path.split('.')],
            message: 'malformed placeholder (use {{name}})',
          });
        }
      }
    }
    if (t.en.objectives.length !== t.es.objectives.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['es', 'objectives'],
        message: 'English and Spanish must have the same number of objectives',
      });
    }
    const es = new Map(textsOf(t.es));
    for (const [path, enText] of textsOf(t.en)) {
      const esText = es.get(path);
      if (esText === undefined) continue;
      if (!sameNames(templateBlanks(enText), templateBlanks(esText))) {
        ctx.addIssue({
          code: 'custom',
          path: ['es', ...path.split('.')],
          message: `placeholders differ from English (${templateBlanks(enText).join(', ') || 'none'})`,
        });
      }
    }
  });
export type GoalTemplate = z.infer<typeof goalTemplateSchema>;

/** Thrown when a goal template does not validate; `templateId` names it (or `#index` if it has no id). */
export class GoalTemplateError extends Error {
  constructor(
    readonly templateId: string,
    message: string,
  ) {
    super(message);
    this.name = 'GoalTemplateError';
  }
}

/** Validates raw templates (schema, placeholders, unique ids) and returns them frozen. Throws GoalTemplateError. */
export function validateGoalTemplates(raw: readonly unknown[]): GoalTemplate[] {
  const seen = new Set<string>();
  return raw.map((item, index) => {
    const label = labelOf(item, index);
    const result = goalTemplateSchema.safeParse(item);
    if (!result.success) {
      const details = result.error.issues
        .map((i) => `${i.path.map(String).join('.') || '(template)'}: ${i.message}`)
        .join('; ');
      throw new GoalTemplateError(label, `Invalid goal template "${label}": ${details}`);
    }
    if (seen.has(result.data.id)) throw new GoalTemplateError(label, `Duplicate goal template id "${label}"`);
    seen.add(result.data.id);
    return deepFreeze(result.data);
  });
}

let cache: GoalTemplate[] | undefined;

/** All goal templates, validated on first use. Throws GoalTemplateError (with the template id) on a bad one. */
export function loadGoalBank(): GoalTemplate[] {
  cache ??= validateGoalTemplates(RAW_GOAL_TEMPLATES);
  return [...cache];
}

// ---------------------------------------------------------------------------------------------- search

export interface GoalSearchQuery {
  /** Free text; every word must match (as the start of a word) in the title, keywords, behaviour or condition. */
  text?: string;
  area?: GoalArea;
  locale: Locale;
}

const STOP_WORDS: Record<Locale, ReadonlySet<string>> = {
  en: new Set(['a', 'an', 'the', 'of', 'to', 'and', 'or', 'in', 'on', 'at', 'with', 'for', 'by', 'from']),
  es: new Set([
    'a',
    'al',
    'de',
    'del',
    'el',
    'la',
    'las',
    'lo',
    'los',
    'un',
    'una',
    'y',
    'o',
    'e',
    'en',
    'con',
    'para',
    'por',
  ]),
};

interface SearchIndex {
  title: string;
  keywords: string;
  body: string;
}

/** Folded words of a text joined by single spaces, with a leading space so " word" finds a word start. */
const indexText = (...texts: string[]): string => ` ${texts.flatMap(foldedWords).join(' ')}`;

const indexes = new WeakMap<GoalTemplate, Record<Locale, SearchIndex>>();

function indexOf(t: GoalTemplate, locale: Locale): SearchIndex {
  let entry = indexes.get(t);
  if (!entry) {
    const build = (l: Locale): SearchIndex => ({
      title: indexText(t[l].title),
      keywords: indexText(...t.keywords[l]),
      body: indexText(t[l].behavior, t[l].condition),
    });
    entry = { en: build('en'), es: build('es') };
    indexes.set(t, entry);
  }
  return entry[locale];
}

function queryWords(text: string, locale: Locale): string[] {
  const words = foldedWords(text);
  const meaningful = words.filter((w) => !STOP_WORDS[locale].has(w));
  return meaningful.length > 0 ? meaningful : words;
}

/**
 * Templates matching the query. Matching ignores case and accents ("lapiz" finds "lápiz"); each query
 * word must begin a word in the title, a keyword, the behaviour or the condition of the given locale.
 * A word found in the title scores 3, in a keyword 2, only in the body 1; results are ordered by total
 * score, then by their order in the bank (so the order is stable). Without text, all templates of the
 * area (or all) in bank order.
 */
export function searchGoalBank(query: GoalSearchQuery): GoalTemplate[] {
  const inArea = loadGoalBank().filter((t) => query.area === undefined || t.area === query.area);
  const words = queryWords(query.text ?? '', query.locale);
  if (words.length === 0) return inArea;
  const scored: { template: GoalTemplate; score: number }[] = [];
  for (const template of inArea) {
    const index = indexOf(template, query.locale);
    let score = 0;
    for (const word of words) {
      const needle = ` ${word}`;
      const s = index.title.includes(needle)
        ? 3
        : index.keywords.includes(needle)
          ? 2
          : index.body.includes(needle)
            ? 1
            : 0;
      if (s === 0) {
        score = 0;
        break;
      }
      score += s;
    }
    if (score > 0) scored.push({ template, score });
  }
  return scored.sort((a, b) => b.score - a.score).map((s) => s.template);
}

// ------------------------------------------------------------------------------------- instantiation

/** The fields of a goal that can still hold a blank. */
export type GoalBlankField = GoalTextField | 'objectives';

/** A goal drafted from a template, in one language; usable as `GoalInit` for `addGoal`. */
export interface InstantiatedGoal {
  area: GoalArea;
  baseline: string;
  condition: string;
  behavior: string;
  criterion: string;
  timeframe: string;
  measurement: string;
  reporting: string;
  objectives: string[];
  /** Fields that still contain a `[[name]]` blank, in display order. */
  blanks: GoalBlankField[];
}

/** The fields of a goal that still contain a `[[name]]` blank, in display order. */
export function goalBlankFields(goal: Omit<InstantiatedGoal, 'blanks' | 'area'>): GoalBlankField[] {
  const fields: GoalBlankField[] = GOAL_TEXT_FIELDS.filter((f) => listBlanks(goal[f]).length > 0);
  if (goal.objectives.some((o) => listBlanks(o).length > 0)) fields.push('objectives');
  return fields;
}

/** The template's text in `locale`, with each `{{name}}` blank shown as `[[name]]` for the team to fill. */
export function instantiateTemplate(template: GoalTemplate, locale: Locale): InstantiatedGoal {
  const text = template[locale];
  const goal = {
    baseline: markBlanks(text.baseline),
    condition: markBlanks(text.condition),
    behavior: markBlanks(text.behavior),
    criterion: markBlanks(text.criterion),
    timeframe: markBlanks(text.timeframe),
    measurement: markBlanks(text.measurement),
    reporting: markBlanks(text.reporting),
    objectives: text.objectives.map(markBlanks),
  };
  return { area: template.area, ...goal, blanks: goalBlankFields(goal) };
}

/** Fills the `[[name]]` blanks of every field of a drafted goal and recomputes `blanks`. */
export function fillGoalBlanks(goal: InstantiatedGoal, values: Readonly<Record<string, string>>): InstantiatedGoal {
  const filled = {
    baseline: fillBlanks(goal.baseline, values),
    condition: fillBlanks(goal.condition, values),
    behavior: fillBlanks(goal.behavior, values),
    criterion: fillBlanks(goal.criterion, values),
    timeframe: fillBlanks(goal.timeframe, values),
    measurement: fillBlanks(goal.measurement, values),
    reporting: fillBlanks(goal.reporting, values),
    objectives: goal.objectives.map((o) => fillBlanks(o, values)),
  };
  return { area: goal.area, ...filled, blanks: goalBlankFields(filled) };
}
