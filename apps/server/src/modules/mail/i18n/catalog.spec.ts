import { en } from './en';
import { es } from './es';
import { mailT } from './mail-i18n';

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

describe('the server’s message catalogs (mail and the family’s archive)', () => {
  const english = flatten(en);
  const spanish = flatten(es);

  it('have exactly the same keys', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty messages and the same placeholders in both languages', () => {
    for (const [key, value] of english) {
      expect({ key, empty: value.trim() === '' || (spanish.get(key) ?? '').trim() === '' }).toEqual({
        key,
        empty: false,
      });
      expect({ key, placeholders: placeholders(spanish.get(key) ?? '') }).toEqual({
        key,
        placeholders: placeholders(value),
      });
    }
  });

  it('are really translated, apart from acronyms and lines that are only placeholders', () => {
    const sameOnPurpose = new Set(['archive.plan.iep']);
    const copies = [...english]
      .filter(([key, value]) => !sameOnPurpose.has(key) && spanish.get(key) === value)
      .filter(([, value]) => value.replace(/\{\{\w+\}\}|[\s:,()]/g, '') !== '')
      .map(([key]) => key);
    expect(copies).toEqual([]);
  });

  it('word plurals and fall back to English for nothing', () => {
    expect(mailT('en')('summary.attendee', { name: 'Ana', role: 'teacher', count: 1 })).toBe('Ana, teacher, 1 minute');
    expect(mailT('es')('summary.attendee', { name: 'Ana', role: 'maestra', count: 2 })).toBe('Ana, maestra, 2 minutos');
  });
});
