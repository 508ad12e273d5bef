import {
  findGlossaryTerms,
  getGlossaryEntry,
  GLOSSARY,
  GlossaryEntryError,
  loadGlossary,
  validateGlossary,
  type GlossaryEntry,
} from './index';

const glossary = loadGlossary();
const LOCALES = ['en', 'es'] as const;

/** The matches as [id, the words as written in the text]. */
const found = (text: string, locale: 'en' | 'es'): [string, string][] =>
  findGlossaryTerms(text, locale).map((m) => [m.id, text.slice(m.start, m.end)]);

const copyOf = (id: string): GlossaryEntry => {
  const entry = getGlossaryEntry(id);
  if (!entry) throw new Error(`no entry ${id}`);
  return JSON.parse(JSON.stringify(entry)) as GlossaryEntry;
};

describe('the glossary data', () => {
  it('validates and has at least 30 entries with unique ids', () => {
    expect(() => validateGlossary(GLOSSARY)).not.toThrow();
    expect(glossary.length).toBeGreaterThanOrEqual(30);
    const ids = glossary.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers the terms an OT section uses', () => {
    const required = [
      'grasp',
      'tripod-grasp',
      'fine-motor',
      'gross-motor',
      'sensory-processing',
      'sensory-diet',
      'sensory-break',
      'self-regulation',
      'visual-perception',
      'visual-motor-integration',
      'bilateral-coordination',
      'motor-planning',
      'dysphagia',
      'push-in',
      'pull-out',
      'consultation',
      'ota',
      'accommodation',
      'modification',
      'slant-board',
      'weighted-vest',
      'adapted-pencil-grip',
      'proprioception',
      'vestibular',
      'tactile-defensiveness',
      'executive-function',
      'handwriting-legibility',
      'transition-services',
      'related-services',
      'least-restrictive-environment',
      'present-levels',
    ];
    for (const id of required) expect(getGlossaryEntry(id)?.id).toBe(id);
  });

  it.each(glossary.map((e) => [e.id, e] as const))('%s is written in both languages', (_id, entry) => {
    for (const locale of LOCALES) {
      expect(entry.terms[locale].length).toBeGreaterThan(0);
      expect(entry[locale].term.trim()).not.toBe('');
      const sentences = entry[locale].explanation.split(/[.!?](?:\s+|$)/).filter((s) => s.trim() !== '');
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
      expect(entry[locale].explanation.split(/\s+/).length).toBeLessThanOrEqual(50);
      // the headword itself is found in text
      expect(findGlossaryTerms(entry[locale].term, locale).map((m) => m.id)).toEqual([entry.id]);
    }
    expect(entry.es.explanation).not.toBe(entry.en.explanation);
    expect(entry.es.explanation).not.toMatch(/\b(the|and|with|child|when)\b/i);
  });

  it('rejects an entry missing a language, naming it', () => {
    const broken = copyOf('slant-board') as unknown as Record<string, unknown>;
    delete broken.es;
    expect(() => validateGlossary([broken])).toThrow(GlossaryEntryError);
    expect(() => validateGlossary([broken])).toThrow(/"slant-board".*es/);
  });

  it('rejects an explanation longer than 2 sentences and a term claimed by two entries', () => {
    const long = copyOf('slant-board');
    long.en.explanation = 'One. Two. Three.';
    expect(() => validateGlossary([long])).toThrow(/1 or 2 sentences/);
    const clash = copyOf('fidget');
    clash.id = 'fidget-2';
    expect(() => validateGlossary([copyOf('fidget'), clash])).toThrow(/listed by both "fidget" and "fidget-2"/);
  });
});

describe('finding glossary terms in text', () => {
  it('finds "tripod grasp" as one term, not "grasp" inside it', () => {
    const text = 'She uses a tripod grasp when writing.';
    expect(findGlossaryTerms(text, 'en')).toEqual([{ id: 'tripod-grasp', term: 'tripod grasp', start: 11, end: 23 }]);
  });

  it('returns offsets into the original text, in order', () => {
    const text = 'Given a slant board and a weighted vest, the OTA checks the pencil grasp.';
    expect(found(text, 'en')).toEqual([
      ['slant-board', 'slant board'],
      ['weighted-vest', 'weighted vest'],
      ['ota', 'OTA'],
      ['grasp', 'pencil grasp'],
    ]);
    const matches = findGlossaryTerms(text, 'en');
    for (let i = 1; i < matches.length; i++) expect(matches[i]?.start).toBeGreaterThanOrEqual(matches[i - 1]?.end ?? 0);
  });

  it('matches whole words only: a variant must be listed', () => {
    expect(found('He is grasping the rail.', 'en')).toEqual([]);
    expect(found('Two grasps were seen.', 'en')).toEqual([['grasp', 'grasps']]);
    expect(found('regrasp', 'en')).toEqual([]);
    expect(found('The OTs met', 'en')).toEqual([]);
    expect(found('(dysphagia)', 'en')).toEqual([['dysphagia', 'dysphagia']]);
  });

  it('ignores case and collapses spaces and line breaks', () => {
    expect(found('TRIPOD\n   Grasp', 'en')).toEqual([['tripod-grasp', 'TRIPOD\n   Grasp']]);
  });

  it('prefers the longest phrase where two overlap, and never returns overlapping matches', () => {
    expect(found('An occupational therapy assistant visits.', 'en')).toEqual([
      ['ota', 'occupational therapy assistant'],
    ]);
    expect(found('Occupational therapy is provided.', 'en')).toEqual([
      ['occupational-therapy', 'Occupational therapy'],
    ]);
    const text = 'fine motor skills, visual-motor integration and sensory processing disorder';
    expect(found(text, 'en')).toEqual([
      ['fine-motor', 'fine motor skills'],
      ['visual-motor-integration', 'visual-motor integration'],
      ['sensory-processing', 'sensory processing disorder'],
    ]);
  });

  it('works in Spanish with and without accents', () => {
    expect(found('Usa un agarre trípode al escribir.', 'es')).toEqual([['tripod-grasp', 'agarre trípode']]);
    expect(found('Usa un agarre tripode al escribir.', 'es')).toEqual([['tripod-grasp', 'agarre tripode']]);
    expect(found('Según la evaluación, tiene DISFAGIA y usa una tabla inclinada.', 'es')).toEqual([
      ['dysphagia', 'DISFAGIA'],
      ['slant-board', 'tabla inclinada'],
    ]);
    expect(found('La propiocepcion y la percepcion visual', 'es')).toEqual([
      ['proprioception', 'propiocepcion'],
      ['visual-perception', 'percepcion visual'],
    ]);
  });

  it('keeps offsets right when accents are written as separate marks', () => {
    const text = 'Agarre tri\u0301pode.';
    const [match] = findGlossaryTerms(text, 'es');
    expect(match).toEqual({ id: 'tripod-grasp', term: 'agarre trípode', start: 0, end: 15 });
    expect(text.slice(match?.start, match?.end)).toBe('Agarre tri\u0301pode');
  });

  it('only uses the words of the requested language', () => {
    expect(found('tabla inclinada', 'en')).toEqual([]);
    expect(found('slant board', 'es')).toEqual([]);
    expect(findGlossaryTerms('Le da un chaleco con peso', 'es')).toEqual([
      { id: 'weighted-vest', term: 'chaleco con peso', start: 9, end: 25 },
    ]);
  });

  it('finds nothing in empty or unrelated text', () => {
    expect(findGlossaryTerms('', 'en')).toEqual([]);
    expect(findGlossaryTerms('The weather was nice.', 'en')).toEqual([]);
  });
});
