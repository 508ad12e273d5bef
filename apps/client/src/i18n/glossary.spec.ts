import es from './es.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return typeof value === 'string' ? [[path, value] as [string, string]] : flatten(value, path);
  });
}

/**
 * The Spanish catalog's one glossary (the terms US school districts use in IEPs in Spanish):
 * a goal is a "meta" (an "objetivo" only as a short-term objective), the parents' parts are the
 * family's ("Inquietudes de la familia", "Estrategias para el hogar"), and the statuses read as below.
 */
export const SPANISH_GLOSSARY = {
  statuses: {
    draft: 'Borrador',
    family_review: 'Compartida con la familia para su revisión',
    meeting: 'En la reunión',
    pending_signoff: 'Pendiente de firma',
    approved: 'Aprobada y bloqueada',
  },
  forbidden: [
    { pattern: /\bobjetivos?\b(?! a corto plazo)/i, use: 'meta / metas (objetivo only “a corto plazo”)' },
    { pattern: /preocupaciones de los padres/i, use: 'Inquietudes de la familia' },
    { pattern: /estrategias en casa/i, use: 'Estrategias para el hogar' },
    { pattern: /compartida con el equipo/i, use: 'Compartida con la familia' },
  ],
} as const;

describe('the Spanish catalog keeps to its glossary', () => {
  const entries = flatten(es);

  it('never words a goal as “objetivo”, nor the family’s parts or the review step otherwise', () => {
    const off = entries.flatMap(([key, text]) =>
      SPANISH_GLOSSARY.forbidden.filter((rule) => rule.pattern.test(text)).map((rule) => `${key}: use ${rule.use}`),
    );
    expect(off).toEqual([]);
  });

  it('names each status as the glossary does', () => {
    expect(es.status).toEqual(SPANISH_GLOSSARY.statuses);
  });
});
