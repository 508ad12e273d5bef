import { AUDIT_ACTIONS, ACCESS_KINDS, ACCESS_PURPOSES } from '@iep/shared';
import en from '../../i18n/en.json';
import es from '../../i18n/es.json';
import { accessLogSearch, actionLabelKey, formatDay, NO_FILTERS, pageCount } from './accessLogModel';

type Tree = { [key: string]: string | Tree };

/** The message at a dotted key, or undefined: the catalogs as i18next reads them. */
function message(catalog: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = catalog;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const CATALOGS: [string, Tree][] = [
  ['en', en],
  ['es', es],
];

describe('access log actions in words', () => {
  it.each(CATALOGS)('has a %s label for every audit action code the server can write', (_lang, catalog) => {
    const missing = AUDIT_ACTIONS.filter((code) => {
      const key = actionLabelKey(code);
      return key === null || (message(catalog, key) ?? '').trim() === '';
    });
    expect(missing).toEqual([]);
  });

  it.each(CATALOGS)('names every kind of access and every purpose in %s', (_lang, catalog) => {
    const missing = [
      ...ACCESS_KINDS.map((k) => `accessLog.kinds.${k}`),
      ...ACCESS_PURPOSES.map((p) => `accessLog.purposes.${p}`),
    ].filter((key) => message(catalog, key) === undefined);
    expect(missing).toEqual([]);
  });

  it('never turns a label into the raw code, and knows no code outside the shared list', () => {
    for (const code of AUDIT_ACTIONS) expect(message(en, actionLabelKey(code) ?? '')).not.toContain(code);
    expect(actionLabelKey('student.something_new')).toBeNull();
    expect(actionLabelKey('toString')).toBeNull();
  });
});

describe('the access log query', () => {
  it('sends only the filters that are set, the page after the first, and the reader’s time zone', () => {
    expect(accessLogSearch(NO_FILTERS)).toBe('');
    expect(accessLogSearch({ ...NO_FILTERS, kind: 'view', from: '2026-11-01' }, 2, -300)).toBe(
      '?kind=view&from=2026-11-01&page=2&tzOffset=-300',
    );
  });

  it('swaps a range given backwards instead of asking for nothing', () => {
    expect(accessLogSearch({ ...NO_FILTERS, from: '2026-11-30', to: '2026-11-01' })).toBe(
      '?from=2026-11-01&to=2026-11-30',
    );
  });

  it('writes a day in the reader’s language and counts pages', () => {
    expect(formatDay('2026-12-02', 'en-GB')).toBe('2 Dec 2026');
    expect(formatDay('2026-12-02', 'es')).toMatch(/^2 dic/);
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(51, 25)).toBe(3);
  });
});
