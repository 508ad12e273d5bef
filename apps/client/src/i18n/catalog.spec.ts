import { catalogProblems } from '@iep/shared';
import en from './en.json';
import es from './es.json';

describe('the client’s message catalogs', () => {
  // Names and acronyms read the same in both languages.
  const sameOnPurpose = new Set(['language.en', 'language.es', 'students.planKind.iep', 'students.fullName']);
  const problems = catalogProblems(en, es, sameOnPurpose);

  it('have exactly the same keys', () => expect(problems.missing).toEqual([]));
  it('have no empty messages', () => expect(problems.empty).toEqual([]));
  it('use the same interpolation placeholders in both languages', () => expect(problems.placeholders).toEqual([]));
  it('are really translated (not copies of English), apart from names and acronyms', () =>
    expect(problems.copies).toEqual([]));
});
