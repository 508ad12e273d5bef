/**
 * What keeps two message catalogs (English and Spanish) in step, for the client's catalogs and the
 * server's (mail, the family's archive): the same keys, no empty message, the same `{{placeholders}}`,
 * and no message left in English by mistake.
 */
export type CatalogTree = { readonly [key: string]: string | CatalogTree };

export interface CatalogProblems {
  /** Keys one catalog has and the other lacks. */
  missing: string[];
  /** Keys whose message is blank in either catalog. */
  empty: string[];
  /** Keys whose messages do not name the same placeholders. */
  placeholders: string[];
  /** Keys whose translation is the English text itself (not listed as the same on purpose). */
  copies: string[];
}

/** The catalog's messages by dotted key. */
export function flattenCatalog(tree: CatalogTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flattenCatalog(value, path)) out.set(k, v);
  }
  return out;
}

const placeholdersOf = (text: string): string =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
    .map((m) => m[1] ?? '')
    .sort()
    .join(',');

/** A message that is only placeholders and punctuation reads the same in every language. */
const onlyPlaceholders = (text: string): boolean => text.replace(/\{\{\s*\w+\s*\}\}|[\s:,()]/g, '') === '';

/** Everything that differs between the two catalogs beyond their words; empty lists when they are in step. */
export function catalogProblems(
  english: CatalogTree,
  translated: CatalogTree,
  sameOnPurpose: ReadonlySet<string> = new Set(),
): CatalogProblems {
  const en = flattenCatalog(english);
  const other = flattenCatalog(translated);
  const problems: CatalogProblems = { missing: [], empty: [], placeholders: [], copies: [] };
  for (const key of new Set([...en.keys(), ...other.keys()])) {
    const a = en.get(key);
    const b = other.get(key);
    if (a === undefined || b === undefined) {
      problems.missing.push(key);
      continue;
    }
    if (a.trim() === '' || b.trim() === '') problems.empty.push(key);
    if (placeholdersOf(a) !== placeholdersOf(b)) problems.placeholders.push(key);
    if (a === b && !sameOnPurpose.has(key) && !onlyPlaceholders(a)) problems.copies.push(key);
  }
  return problems;
}
