import { catalogProblems } from './catalog-parity';

describe('catalog parity', () => {
  it('finds nothing wrong with two catalogs in step', () => {
    const en = { greet: 'Hello {{name}}', nav: { home: 'Home', count: '{{n}}:' } };
    const es = { greet: 'Hola {{name}}', nav: { home: 'Inicio', count: '{{n}}:' } };
    expect(catalogProblems(en, es)).toEqual({ missing: [], empty: [], placeholders: [], copies: [] });
  });

  it('names missing keys, blank messages, other placeholders and untranslated copies', () => {
    const en = { a: 'One', b: 'Two {{x}}', c: 'Three', d: 'IEP', e: 'Five', only: 'Only here' };
    const es = { a: ' ', b: 'Dos {{y}}', c: 'Three', d: 'IEP', e: 'Cinco', extra: 'Solo aquí' };
    expect(catalogProblems(en, es, new Set(['d']))).toEqual({
      missing: ['only', 'extra'],
      empty: ['a'],
      placeholders: ['b'],
      copies: ['c'],
    });
  });
});
