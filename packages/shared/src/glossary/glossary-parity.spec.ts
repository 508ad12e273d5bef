import { GLOSSARY, findGlossaryTerms } from './index';

/**
 * The same family-facing sentences in English and in Spanish (as the app's catalogs and a bilingual
 * OT write them): the glossary must explain the same terms in both, so a Spanish-speaking parent is
 * never told less than an English-speaking one.
 */
const PARALLEL: readonly [string, string][] = [
  [
    'Baseline: Mateo holds the pencil with a fisted grasp; his fine motor skills and visual perception are emerging.',
    'Nivel inicial: Mateo sostiene el lápiz con un agarre de puño; su motricidad fina y su percepción visual están surgiendo.',
  ],
  [
    'Short-term objectives: use a tripod grasp with an adapted pencil grip on a slant board.',
    'Objetivos a corto plazo: usar un agarre trípode con un adaptador para lápiz sobre una tabla inclinada.',
  ],
  [
    'Services: pull-out occupational therapy twice a week, consultation with the teacher, push-in once a month.',
    'Servicios: terapia ocupacional fuera del salón dos veces por semana, consulta con la maestra, servicios integrados una vez al mes.',
  ],
  [
    'Accommodations: sensory breaks, noise-cancelling headphones, a visual schedule and a weighted vest.',
    'Adaptaciones: pausas sensoriales, audífonos con cancelación de ruido, un horario visual y un chaleco con peso.',
  ],
  [
    'The IEP team reviewed present levels, related services, transition planning and the least restrictive environment.',
    'El equipo del IEP revisó los niveles actuales, los servicios relacionados, la planificación de la transición y el ambiente menos restrictivo.',
  ],
  [
    'Self-regulation, bilateral coordination, motor planning and executive functioning affect self-care.',
    'La autorregulación, la coordinación bilateral, la planificación motora y el funcionamiento ejecutivo afectan el cuidado personal.',
  ],
];

const ids = (text: string, locale: 'en' | 'es'): string[] =>
  [...new Set(findGlossaryTerms(text, locale).map((m) => m.id))].sort();

describe('glossary parity between English and Spanish', () => {
  it.each(PARALLEL)('explains the same terms in "%s" and in its Spanish', (en, es) => {
    expect(ids(es, 'es')).toEqual(ids(en, 'en'));
    expect(ids(en, 'en').length).toBeGreaterThan(1);
  });

  it('gives every entry a Spanish headword that is itself detected, and as many Spanish forms as it needs', () => {
    for (const entry of GLOSSARY) {
      expect(ids(entry.es.term, 'es')).toContain(entry.id);
      expect(ids(entry.en.term, 'en')).toContain(entry.id);
      // English lists spelling variants (hyphens, British spellings) Spanish lacks; never fewer than half.
      expect(entry.terms.es.length * 2).toBeGreaterThanOrEqual(entry.terms.en.length);
    }
  });
});
