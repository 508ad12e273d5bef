import { distinctGlossaryTerms, findTermsInAnyLanguage, glossarySegments } from './terms';

describe('glossary terms in the section text', () => {
  it('lists each distinct term once, in order of first appearance across the texts', () => {
    const items = distinctGlossaryTerms(
      [
        'Mateo uses a tripod grasp. His fine motor skills are improving.',
        'Practice the grasp at home; fine motor play helps.',
      ],
      'en',
    );
    expect(items.map((i) => i.id)).toEqual(['tripod-grasp', 'fine-motor', 'grasp']);
    expect(items[0]?.term).toBe('tripod grasp');
    expect(items[0]?.explanation).toMatch(/pencil/);
  });

  it('uses the requested language', () => {
    const items = distinctGlossaryTerms(['Trabaja la motricidad fina y el agarre del lápiz.'], 'es');
    expect(items.map((i) => i.id)).toEqual(['fine-motor', 'grasp']);
    expect(items[0]?.term).toBe('motricidad fina');
    expect(distinctGlossaryTerms(['Trabaja la motricidad fina.'], 'en')).toEqual([]);
  });

  it('returns nothing for empty texts', () => {
    expect(distinctGlossaryTerms(['', ''], 'en')).toEqual([]);
  });

  it('cuts a text into plain runs and terms that join back to the text', () => {
    const text = 'A tripod grasp, then more.';
    const segments = glossarySegments(text, 'en');
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.kind === 'term').map((s) => s.text)).toEqual(['tripod grasp']);
  });
});

describe('glossary terms in either language', () => {
  it('finds English and Spanish terms in one text, with the headword in the reader’s language', () => {
    const text = 'Usa una dieta sensorial and a slant board.';
    const matches = findTermsInAnyLanguage(text, 'en');
    expect(matches.map((m) => [m.id, text.slice(m.start, m.end), m.term])).toEqual([
      ['sensory-diet', 'dieta sensorial', 'sensory diet'],
      ['slant-board', 'slant board', 'slant board'],
    ]);
    expect(findTermsInAnyLanguage(text, 'es').map((m) => m.term)).toEqual(['dieta sensorial', 'tabla inclinada']);
  });

  it('never returns overlapping matches and keeps the longest one', () => {
    const matches = findTermsInAnyLanguage('A tripod grasp and a sensory diet.', 'es');
    expect(matches.map((m) => m.id)).toEqual(['tripod-grasp', 'sensory-diet']);
  });
});
