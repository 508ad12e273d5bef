import { loadGoalBank } from './goal-bank';
import { formatGoalDate, instantiateForStudent, knownBlankValues } from './known-blanks';
import { listBlanks } from './placeholders';

const allText = (goal: ReturnType<typeof instantiateForStudent>): string =>
  [
    goal.baseline,
    goal.condition,
    goal.behavior,
    goal.criterion,
    goal.timeframe,
    goal.measurement,
    goal.reporting,
    ...goal.objectives,
  ].join('\n');

describe('filling the blanks the app knows', () => {
  const bank = loadGoalBank();
  const withBoth = bank.filter((t) => {
    const text = JSON.stringify(t.en);
    return text.includes('{{student}}') && text.includes('{{date}}');
  });

  it('has templates asking for the student and the date (what this fills)', () => {
    expect(withBoth.length).toBeGreaterThan(0);
  });

  it.each(['en', 'es'] as const)(
    'puts the first name and the annual review date into every bank goal (%s)',
    (locale) => {
      for (const template of bank) {
        const goal = instantiateForStudent(template, locale, {
          studentFirstName: 'Mateo',
          annualReviewDate: '2027-03-01',
        });
        const left = listBlanks(allText(goal));
        expect({ id: template.id, left: left.filter((n) => n === 'student' || n === 'date') }).toEqual({
          id: template.id,
          left: [],
        });
      }
      const sample = withBoth[0];
      if (sample === undefined) throw new Error('no template with both blanks');
      const text = allText(
        instantiateForStudent(sample, locale, { studentFirstName: 'Mateo', annualReviewDate: '2027-03-01' }),
      );
      expect(text).toContain('Mateo');
      expect(text).toContain(locale === 'en' ? 'March 1, 2027' : '1 de marzo de 2027');
    },
  );

  it('leaves the blanks the app does not know, and recomputes which fields still have one', () => {
    const other = bank.find((t) => /\{\{(?!student\}\}|date\}\})[a-z_]+\}\}/.test(JSON.stringify(t.en)));
    if (other === undefined) throw new Error('no template with another blank');
    const goal = instantiateForStudent(other, 'en', { studentFirstName: 'Mateo', annualReviewDate: '2027-03-01' });
    const left = listBlanks(allText(goal));
    expect(left.length).toBeGreaterThan(0);
    expect(left).not.toContain('student');
    expect(goal.blanks.length).toBeGreaterThan(0);
  });

  it('fills nothing from missing, empty or impossible facts', () => {
    expect(knownBlankValues({}, 'en')).toEqual({});
    expect(knownBlankValues({ studentFirstName: '  ', annualReviewDate: null }, 'en')).toEqual({});
    expect(knownBlankValues({ annualReviewDate: '2027-02-30' }, 'en')).toEqual({});
    expect(formatGoalDate('1 March', 'en')).toBeNull();
    const template = withBoth[0];
    if (template === undefined) throw new Error('no template with both blanks');
    expect(listBlanks(allText(instantiateForStudent(template, 'es', {})))).toEqual(
      expect.arrayContaining(['student', 'date']),
    );
  });

  it('inserts a name as written, never reading it as another blank', () => {
    expect(knownBlankValues({ studentFirstName: ' [[date]] ' }, 'en')).toEqual({ student: '[[date]]' });
    const template = withBoth[0];
    if (template === undefined) throw new Error('no template with both blanks');
    const goal = instantiateForStudent(template, 'en', { studentFirstName: '[[date]]' });
    expect(allText(goal)).toContain('[[date]]');
  });
});
