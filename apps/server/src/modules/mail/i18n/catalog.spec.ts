import { catalogProblems } from '@iep/shared';
import { en } from './en';
import { es } from './es';
import { mailT } from './mail-i18n';

describe('the server’s message catalogs (mail and the family’s archive)', () => {
  const problems = catalogProblems(en, es, new Set(['archive.plan.iep']));

  it('have exactly the same keys', () => expect(problems.missing).toEqual([]));

  it('have no empty messages and the same placeholders in both languages', () => {
    expect(problems.empty).toEqual([]);
    expect(problems.placeholders).toEqual([]);
  });

  it('are really translated, apart from acronyms and lines that are only placeholders', () =>
    expect(problems.copies).toEqual([]));

  it('word plurals and fall back to English for nothing', () => {
    expect(mailT('en')('summary.attendee', { name: 'Ana', role: 'teacher', count: 1 })).toBe('Ana, teacher, 1 minute');
    expect(mailT('es')('summary.attendee', { name: 'Ana', role: 'maestra', count: 2 })).toBe('Ana, maestra, 2 minutos');
  });
});
