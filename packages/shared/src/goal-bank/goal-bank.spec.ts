import { goalMeasurability } from '../section-checks';
import { GOAL_AREAS, goalFieldSchemas, GOAL_TEXT_FIELDS, type GoalRecord } from '../doc';
import {
  fillBlanks,
  fillGoalBlanks,
  GoalTemplateError,
  GOAL_PLACEHOLDERS,
  instantiateTemplate,
  listBlanks,
  loadGoalBank,
  PLACEHOLDER_NAMES,
  searchGoalBank,
  TEMPLATE_TEXT_FIELDS,
  validateGoalTemplates,
  type GoalTemplate,
  type GoalTemplateText,
} from './index';
import { RAW_GOAL_TEMPLATES } from './templates';

const bank = loadGoalBank();
const LOCALES = ['en', 'es'] as const;

/** Independent of the implementation: the `{{name}}` placeholders of a text, sorted, each once. */
const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? ''))].sort();

/** Every text of one language as [field, text], objectives numbered. */
const texts = (t: GoalTemplateText): [string, string][] => [
  ...TEMPLATE_TEXT_FIELDS.map((f): [string, string] => [f, t[f]]),
  ...t.objectives.map((o, i): [string, string] => [`objectives.${i}`, o]),
];

const byId = (id: string): GoalTemplate => {
  const t = bank.find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
};

/** A deep, mutable copy of a template to break on purpose. */
const copyOf = (id: string): GoalTemplate => JSON.parse(JSON.stringify(byId(id))) as GoalTemplate;

describe('the goal bank data', () => {
  it('validates every template at load', () => {
    expect(() => validateGoalTemplates(RAW_GOAL_TEMPLATES)).not.toThrow();
    expect(bank).toHaveLength(RAW_GOAL_TEMPLATES.length);
  });

  it('has at least 40 templates and at least 4 in every area', () => {
    expect(bank.length).toBeGreaterThanOrEqual(40);
    for (const area of GOAL_AREAS) expect(bank.filter((t) => t.area === area).length).toBeGreaterThanOrEqual(4);
  });

  it('has unique, kebab-case ids', () => {
    const ids = bank.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
  });

  it.each(bank.map((t) => [t.id, t] as const))(
    '%s is complete in English and Spanish, with the same blanks in each field',
    (_id, t) => {
      for (const locale of LOCALES) {
        for (const [, text] of texts(t[locale])) expect(text.trim()).not.toBe('');
        expect(t[locale].objectives.length).toBeGreaterThanOrEqual(2);
        expect(t[locale].objectives.length).toBeLessThanOrEqual(3);
        expect(t.keywords[locale].length).toBeGreaterThan(0);
      }
      const es = new Map(texts(t.es));
      for (const [field, enText] of texts(t.en)) {
        const esText = es.get(field);
        expect({ field, es: esText === undefined ? 'missing' : 'present' }).toEqual({ field, es: 'present' });
        expect({ field, placeholders: placeholders(esText ?? '') }).toEqual({
          field,
          placeholders: placeholders(enText),
        });
        // a field left in English (or copied across) is a missing translation
        expect({ field, same: esText === enText }).toEqual({ field, same: false });
        expect({ field, englishWords: /\b(the|and|with|will|when|given)\b/i.test(esText ?? '') }).toEqual({
          field,
          englishWords: false,
        });
      }
    },
  );

  it('uses only the documented placeholder names, and uses every one of them', () => {
    const used = new Set(
      bank.flatMap((t) => LOCALES.flatMap((l) => texts(t[l]).flatMap(([, text]) => placeholders(text)))),
    );
    for (const name of used) expect(PLACEHOLDER_NAMES).toContain(name);
    for (const name of PLACEHOLDER_NAMES) expect(used).toContain(name);
    for (const name of PLACEHOLDER_NAMES) {
      expect(GOAL_PLACEHOLDERS[name].en).not.toBe('');
      expect(GOAL_PLACEHOLDERS[name].es).not.toBe('');
    }
  });

  it('states a number in every criterion and objective, in both languages', () => {
    for (const t of bank) {
      for (const locale of LOCALES) {
        expect({ id: t.id, locale, criterion: t[locale].criterion }).toEqual(
          expect.objectContaining({ criterion: expect.stringMatching(/\d/) }),
        );
        for (const o of t[locale].objectives) expect(o).toMatch(/\d/);
      }
    }
  });

  it('returns frozen templates, so a caller cannot change the bank for everyone', () => {
    const first = loadGoalBank()[0];
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.en.objectives)).toBe(true);
  });
});

describe('validating templates', () => {
  const rejects = (template: unknown, pattern: RegExp, id = 'fm-pencil-grasp'): void => {
    let error: unknown;
    try {
      validateGoalTemplates([template]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GoalTemplateError);
    expect((error as GoalTemplateError).templateId).toBe(id);
    expect((error as GoalTemplateError).message).toContain(id);
    expect((error as GoalTemplateError).message).toMatch(pattern);
  };

  it('rejects a placeholder typo in one language', () => {
    const t = copyOf('fm-pencil-grasp');
    t.es.baseline = t.es.baseline.replace('{{baseline_minutes}}', '{{baseline_minute}}');
    rejects(t, /baseline/);
  });

  it('rejects a blank present in English but missing in Spanish', () => {
    const t = copyOf('fm-pencil-grasp');
    t.es.timeframe = 'Para la revisión anual del IEP';
    rejects(t, /es\.timeframe.*placeholders differ/);
  });

  it('rejects a malformed placeholder', () => {
    const t = copyOf('fm-pencil-grasp');
    t.en.objectives[0] = 'By the end, {{student} will keep a grasp in 4 of 5 tasks.';
    rejects(t, /malformed placeholder/);
  });

  it('rejects a missing translation', () => {
    const t = copyOf('fm-pencil-grasp') as unknown as Record<string, unknown>;
    delete t.es;
    rejects(t, /es/);
  });

  it('rejects a criterion without a number', () => {
    const t = copyOf('fm-pencil-grasp');
    t.en.criterion = 'most of the time';
    rejects(t, /criterion must state a number/);
  });

  it('rejects a wrong area prefix and a duplicate id', () => {
    const t = copyOf('fm-pencil-grasp');
    t.area = 'self_care';
    rejects(t, /must start with "sc-"/);
    expect(() => validateGoalTemplates([byId('fm-pencil-grasp'), byId('fm-pencil-grasp')])).toThrow(
      /Duplicate goal template id "fm-pencil-grasp"/,
    );
  });

  it('names a template without an id by its position', () => {
    expect(() => validateGoalTemplates([byId('fm-pencil-grasp'), { area: 'fine_motor' }])).toThrow(/"#1"/);
  });
});

describe('searching the goal bank', () => {
  const ids = (q: Parameters<typeof searchGoalBank>[0]): string[] => searchGoalBank(q).map((t) => t.id);

  it('finds by keyword in English and in Spanish', () => {
    expect(ids({ text: 'scissors', locale: 'en' })).toContain('fm-scissor-cutting');
    expect(ids({ text: 'tijeras', locale: 'es' })).toContain('fm-scissor-cutting');
    expect(ids({ text: 'agujetas', locale: 'es' })).toEqual(['sc-shoe-tying']);
  });

  it('ignores accents and case, in the query and in the text', () => {
    expect(ids({ text: 'lapiz', locale: 'es' })).toContain('fm-pencil-grasp');
    expect(ids({ text: 'LÁPIZ', locale: 'es' })).toEqual(ids({ text: 'lapiz', locale: 'es' }));
    expect(ids({ text: 'Cuchara', locale: 'es' })).toContain('eat-utensils');
    expect(ids({ text: 'cafeteria', locale: 'es' })).toEqual(ids({ text: 'cafetería', locale: 'es' }));
    expect(ids({ text: 'cafetería', locale: 'es' }).length).toBeGreaterThan(0);
  });

  it('searches only the requested language', () => {
    expect(ids({ text: 'tijeras', locale: 'en' })).toEqual([]);
    expect(ids({ text: 'scissors', locale: 'es' })).toEqual([]);
  });

  it('requires every word of the query to match, ignoring little words', () => {
    expect(ids({ text: 'opening lunch containers', locale: 'en' })).toEqual(['sc-lunch-containers']);
    expect(ids({ text: 'abrir los envases del almuerzo', locale: 'es' })).toEqual(['sc-lunch-containers']);
    expect(ids({ text: 'scissors zzz', locale: 'en' })).toEqual([]);
  });

  it('filters by area, with or without text', () => {
    const selfCare = searchGoalBank({ area: 'self_care', locale: 'en' });
    expect(selfCare.length).toBe(bank.filter((t) => t.area === 'self_care').length);
    expect(selfCare.every((t) => t.area === 'self_care')).toBe(true);
    expect(
      searchGoalBank({ text: 'lunch', area: 'eating_swallowing', locale: 'en' }).every(
        (t) => t.area === 'eating_swallowing',
      ),
    ).toBe(true);
    expect(ids({ text: 'lunch', area: 'eating_swallowing', locale: 'en' })).not.toContain('sc-lunch-containers');
  });

  it('without text returns the whole bank in bank order', () => {
    expect(ids({ locale: 'es' })).toEqual(bank.map((t) => t.id));
    expect(ids({ text: '   ', locale: 'en' })).toEqual(bank.map((t) => t.id));
  });

  it('ranks title hits before keyword hits before body-only hits, then keeps bank order', () => {
    const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const tier = (t: GoalTemplate, word: string): number =>
      new RegExp(`\\b${word}`).test(fold(t.en.title))
        ? 0
        : t.keywords.en.some((k) => new RegExp(`\\b${word}`).test(fold(k)))
          ? 1
          : 2;
    const results = searchGoalBank({ text: 'lunch', locale: 'en' });
    const tiers = results.map((t) => tier(t, 'lunch'));
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    expect(tiers).toContain(0);
    expect(tiers).toContain(2);
    const bankIndex = (t: GoalTemplate): number => bank.findIndex((b) => b.id === t.id);
    for (let i = 1; i < results.length; i++) {
      const [prev, cur] = [results[i - 1], results[i]];
      if (prev && cur && tier(prev, 'lunch') === tier(cur, 'lunch'))
        expect(bankIndex(prev)).toBeLessThan(bankIndex(cur));
    }
  });

  it('gives the same order every time', () => {
    expect(ids({ text: 'pasos', locale: 'es' })).toEqual(ids({ text: 'pasos', locale: 'es' }));
  });
});

describe('instantiating a template', () => {
  it('returns the text of the locale with blanks marked [[name]] and lists the fields that hold one', () => {
    const goal = instantiateTemplate(byId('fm-pencil-grasp'), 'es');
    expect(goal.area).toBe('fine_motor');
    expect(goal.baseline).toContain('[[student]] sostiene el lápiz');
    expect(goal.baseline).toContain('[[baseline_minutes]]');
    expect(goal.timeframe).toBe('Para la revisión anual del IEP, el [[date]]');
    expect(goal.criterion).toBe(byId('fm-pencil-grasp').es.criterion);
    expect(goal.blanks).toEqual(['baseline', 'timeframe', 'objectives']);
  });

  it.each(bank.flatMap((t) => LOCALES.map((l) => [t.id, l, t] as const)))(
    '%s (%s): no {{ }} left, blanks listed exactly',
    (_id, locale, t) => {
      const goal = instantiateTemplate(t, locale);
      const fields = [
        ...GOAL_TEXT_FIELDS.map((f) => [f, goal[f]] as const),
        ...goal.objectives.map((o) => ['objectives', o] as const),
      ];
      for (const [, text] of fields) expect(text).not.toMatch(/\{\{|\}\}/);
      const expected = [...new Set(fields.filter(([, text]) => /\[\[\w+\]\]/.test(text)).map(([f]) => f))];
      expect(goal.blanks).toEqual(expected);
      for (const field of GOAL_TEXT_FIELDS) expect(goalFieldSchemas[field].safeParse(goal[field]).success).toBe(true);
      expect(goalFieldSchemas.objectives.safeParse(goal.objectives).success).toBe(true);
    },
  );

  it('becomes a measurable goal in the section checks once every blank is filled', () => {
    for (const t of bank) {
      const goal = instantiateTemplate(t, 'en');
      const record = (g: typeof goal): GoalRecord => ({
        id: t.id,
        position: 1,
        description: null,
        provenance: null,
        ...g,
      });
      expect(goalMeasurability(record(goal)).reasons).toContain('unfilled_blank');
      const values = Object.fromEntries(PLACEHOLDER_NAMES.map((n) => [n, n === 'student' ? 'Ana' : '3']));
      const filled = fillGoalBlanks(goal, values);
      expect(filled.blanks).toEqual([]);
      expect(goalMeasurability(record(filled))).toEqual({ measurable: true, reasons: [] });
    }
  });
});

describe('filling blanks', () => {
  it('replaces each [[name]] marker with its value', () => {
    expect(
      fillBlanks('[[student]] copies [[baseline_words]] words; [[student]] tries.', {
        student: 'Ana',
        baseline_words: '6',
      }),
    ).toBe('Ana copies 6 words; Ana tries.');
  });

  it('keeps markers that have no value, or an empty one, so they stay visible', () => {
    expect(fillBlanks('By [[date]], [[student]] will', { student: '  ' })).toBe('By [[date]], [[student]] will');
    expect(listBlanks(fillBlanks('By [[date]], [[student]] will', { date: 'May 1' }))).toEqual(['student']);
  });

  it('leaves other text alone and does not re-read inserted values', () => {
    expect(fillBlanks('{{student}} [student] [[ student ]]', { student: 'Ana' })).toBe(
      '{{student}} [student] [[ student ]]',
    );
    expect(fillBlanks('[[student]] and [[date]]', { student: '[[date]]', date: 'today' })).toBe('[[date]] and today');
    expect(fillBlanks('[[constructor]]', {})).toBe('[[constructor]]');
  });

  it('fills a whole drafted goal and updates its list of blanks', () => {
    const goal = instantiateTemplate(byId('fm-scissor-cutting'), 'en');
    expect(goal.blanks).toEqual(['baseline', 'condition', 'timeframe', 'objectives']);
    const partly = fillGoalBlanks(goal, { tool: 'loop scissors', student: 'Sam' });
    expect(partly.condition).toBe(
      'Given loop scissors (for example, self-opening scissors) and a thick line to follow',
    );
    expect(partly.blanks).toEqual(['baseline', 'timeframe']);
    expect(goal.condition).toContain('[[tool]]');
  });
});
