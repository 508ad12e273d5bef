import en from './en.json';
import es from './es.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

describe('message catalogs', () => {
  const english = flatten(en);
  const spanish = flatten(es);

  it('have exactly the same keys', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty messages', () => {
    for (const [key, value] of [...english, ...spanish])
      expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
  });

  it('use the same interpolation placeholders in both languages', () => {
    for (const [key, value] of english) {
      expect({ key, placeholders: placeholders(spanish.get(key) ?? '') }).toEqual({
        key,
        placeholders: placeholders(value),
      });
    }
  });

  it('are really translated (not copies of English), apart from names and acronyms', () => {
    const sameOnPurpose = new Set(['language.en', 'language.es', 'students.planKind.iep', 'students.fullName']);
    const copies = [...english]
      .filter(([key, value]) => !sameOnPurpose.has(key) && spanish.get(key) === value)
      .map(([key]) => key);
    expect(copies).toEqual([]);
  });
});
