import { z } from 'zod';
import type { Locale } from '../schemas';
import { IEP_TERMS } from './entries/iep';
import { SENSORY_TERMS } from './entries/sensory';
import { SKILL_TERMS } from './entries/skills';
import { SUPPORT_TERMS } from './entries/supports';
import { foldText, foldWithOffsets, isWordChar } from './fold';
import type { GlossaryEntryInput } from './types';
import { deepFreeze, labelOf } from '../data-files';

const GLOSSARY_LOCALES = ['en', 'es'] as const satisfies readonly Locale[];

/**
 * Plain-language explanations of OT and IEP terms, in English and Spanish. Explanations are our own
 * words, one or two short sentences a parent can read at a glance, with no jargon of their own.
 * Validated by `loadGlossary()`; use that (or `findGlossaryTerms`) rather than this raw list.
 */
export const GLOSSARY: readonly GlossaryEntryInput[] = [
  ...SKILL_TERMS,
  ...SENSORY_TERMS,
  ...SUPPORT_TERMS,
  ...IEP_TERMS,
];

const line = z
  .string()
  .refine((s) => s.trim().length > 0 && s.trim() === s, 'must be non-empty, without leading or trailing spaces');

/** Sentences in an explanation: text ending in . ! or ? followed by a space or the end. */
export function sentenceCount(text: string): number {
  return text.split(/[.!?](?:\s+|$)/).filter((s) => s.trim().length > 0).length;
}

const variant = line.refine((s) => {
  const f = foldText(s);
  return isWordChar(f[0]) && isWordChar(f[f.length - 1]);
}, 'a term must start and end with a letter or digit');

const explanation = line
  .refine((s) => /[.!?]$/.test(s), 'an explanation ends with a full stop')
  .refine((s) => sentenceCount(s) >= 1 && sentenceCount(s) <= 2, 'an explanation is 1 or 2 sentences');

const localizedSchema = z.strictObject({ term: line, explanation });

export const glossaryEntrySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be kebab-case'),
    terms: z.strictObject({ en: z.array(variant).min(1), es: z.array(variant).min(1) }),
    en: localizedSchema,
    es: localizedSchema,
  })
  .superRefine((entry, ctx) => {
    for (const locale of GLOSSARY_LOCALES) {
      const folded = entry.terms[locale].map(foldText);
      if (!folded.includes(foldText(entry[locale].term))) {
        ctx.addIssue({
          code: 'custom',
          path: ['terms', locale],
          message: `the ${locale} term "${entry[locale].term}" must be one of the ${locale} terms`,
        });
      }
      if (new Set(folded).size !== folded.length)
        ctx.addIssue({ code: 'custom', path: ['terms', locale], message: 'a term is listed twice' });
    }
  });
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** Thrown when a glossary entry does not validate; `entryId` names it (or `#index` if it has no id). */
export class GlossaryEntryError extends Error {
  constructor(
    readonly entryId: string,
    message: string,
  ) {
    super(message);
    this.name = 'GlossaryEntryError';
  }
}

/**
 * Validates raw entries: the schema, unique ids, and that no phrase (folded) belongs to two entries in
 * the same language, so a match always points at one explanation. Returns frozen entries.
 */
export function validateGlossary(raw: readonly unknown[]): GlossaryEntry[] {
  const ids = new Set<string>();
  const owners: Record<Locale, Map<string, string>> = { en: new Map(), es: new Map() };
  return raw.map((item, index) => {
    const label = labelOf(item, index);
    const result = glossaryEntrySchema.safeParse(item);
    if (!result.success) {
      const details = result.error.issues
        .map((i) => `${i.path.map(String).join('.') || '(entry)'}: ${i.message}`)
        .join('; ');
      throw new GlossaryEntryError(label, `Invalid glossary entry "${label}": ${details}`);
    }
    const entry = result.data;
    if (ids.has(entry.id)) throw new GlossaryEntryError(label, `Duplicate glossary id "${entry.id}"`);
    ids.add(entry.id);
    for (const locale of GLOSSARY_LOCALES) {
      for (const term of entry.terms[locale]) {
        const owner = owners[locale].get(foldText(term));
        if (owner !== undefined)
          throw new GlossaryEntryError(
            label,
            `Glossary term "${term}" (${locale}) is listed by both "${owner}" and "${entry.id}"`,
          );
        owners[locale].set(foldText(term), entry.id);
      }
    }
    return deepFreeze(entry);
  });
}

let cache: GlossaryEntry[] | undefined;

/** The glossary, validated on first use. Throws GlossaryEntryError (with the entry id) on a bad entry. */
export function loadGlossary(): GlossaryEntry[] {
  cache ??= validateGlossary(GLOSSARY);
  return [...cache];
}

/** One entry by id, or undefined. */
export function getGlossaryEntry(id: string): GlossaryEntry | undefined {
  return loadGlossary().find((e) => e.id === id);
}

// ---------------------------------------------------------------------------------------------- matching

/** A glossary term found in a text: `text.slice(start, end)` is the words as written there. */
export interface GlossaryMatch {
  /** The glossary entry's id. */
  id: string;
  /** The entry's headword in the requested language (for the explanation's heading). */
  term: string;
  /** UTF-16 offset of the first character of the match in the original text. */
  start: number;
  /** UTF-16 offset just after the match (including any accent marks written as separate characters). */
  end: number;
}

interface Phrase {
  folded: string;
  entry: GlossaryEntry;
}

const phraseCache = new Map<Locale, Map<string, Phrase[]>>();

/** The folded phrases of a locale, grouped by first character, longest first. */
function phrasesFor(locale: Locale): Map<string, Phrase[]> {
  let byFirst = phraseCache.get(locale);
  if (!byFirst) {
    byFirst = new Map();
    for (const entry of loadGlossary()) {
      for (const term of entry.terms[locale]) {
        const folded = foldText(term);
        const first = folded.charAt(0);
        const list = byFirst.get(first) ?? [];
        list.push({ folded, entry });
        byFirst.set(first, list);
      }
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.folded.length - a.folded.length);
    phraseCache.set(locale, byFirst);
  }
  return byFirst;
}

/**
 * Where glossary terms occur in `text`, in order of position. Matching ignores case and accents and
 * treats any run of spaces or line breaks as one space; a match must be whole words (a listed variant
 * such as "grasps" matches, but "grasping" does not unless listed). Overlaps are settled longest first:
 * "tripod grasp" is one match, never "grasp" inside it; matches never overlap.
 */
export function findGlossaryTerms(text: string, locale: Locale): GlossaryMatch[] {
  const { folded, starts, ends } = foldWithOffsets(text);
  const byFirst = phrasesFor(locale);
  const candidates: { from: number; to: number; entry: GlossaryEntry }[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (isWordChar(folded[i - 1])) continue;
    for (const phrase of byFirst.get(folded.charAt(i)) ?? []) {
      const to = i + phrase.folded.length;
      if (folded.startsWith(phrase.folded, i) && !isWordChar(folded[to]))
        candidates.push({ from: i, to, entry: phrase.entry });
    }
  }
  candidates.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const taken = new Uint8Array(folded.length);
  const chosen: typeof candidates = [];
  for (const c of candidates) {
    if (taken.subarray(c.from, c.to).some((t) => t === 1)) continue;
    taken.fill(1, c.from, c.to);
    chosen.push(c);
  }
  return chosen
    .sort((a, b) => a.from - b.from)
    .map((c) => ({
      id: c.entry.id,
      term: c.entry[locale].term,
      start: starts[c.from] ?? 0,
      end: ends[c.to - 1] ?? text.length,
    }));
}
