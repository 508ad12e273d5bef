import { findGlossaryTerms, getGlossaryEntry, type GlossaryMatch, type Locale } from '@iep/shared';

export interface GlossaryListItem {
  id: string;
  term: string;
  explanation: string;
}

/**
 * The distinct glossary terms found in `texts` (searched in order), in order of first appearance,
 * each with its headword and plain-language explanation in `locale`.
 */
export function distinctGlossaryTerms(texts: readonly string[], locale: Locale): GlossaryListItem[] {
  const seen = new Set<string>();
  const out: GlossaryListItem[] = [];
  for (const text of texts) {
    for (const match of findGlossaryTerms(text, locale)) {
      if (seen.has(match.id)) continue;
      seen.add(match.id);
      const entry = getGlossaryEntry(match.id);
      if (entry === undefined) continue;
      out.push({ id: match.id, term: entry[locale].term, explanation: entry[locale].explanation });
    }
  }
  return out;
}

export type GlossarySegment = { kind: 'text'; text: string } | { kind: 'term'; text: string; id: string; term: string };

/** `text` cut into plain runs and glossary terms (as written), in order; joined they give `text` back. */
export function glossarySegments(text: string, locale: Locale): GlossarySegment[] {
  const out: GlossarySegment[] = [];
  let at = 0;
  for (const m of findGlossaryTerms(text, locale)) {
    if (m.start > at) out.push({ kind: 'text', text: text.slice(at, m.start) });
    out.push({ kind: 'term', text: text.slice(m.start, m.end), id: m.id, term: m.term });
    at = m.end;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}

const LOCALES: readonly Locale[] = ['en', 'es'];

/**
 * Glossary terms of `text` written in either language, each with `id`, offsets and the headword in
 * `locale`. The text's language need not be the reader's: a Spanish-speaking parent reading an English
 * section still gets "sensory diet" explained in Spanish. Overlaps are settled as `findGlossaryTerms`
 * does (longest first, then earliest; on a tie `locale`'s own phrase wins), so matches never overlap.
 */
export function findTermsInAnyLanguage(text: string, locale: Locale): GlossaryMatch[] {
  const order = [locale, ...LOCALES.filter((l) => l !== locale)];
  const candidates = order.flatMap((l) => findGlossaryTerms(text, l));
  // Array.prototype.sort is stable, so equal candidates keep `locale` first.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: GlossaryMatch[] = [];
  for (const c of candidates) {
    if (chosen.some((m) => c.start < m.end && m.start < c.end)) continue;
    const entry = getGlossaryEntry(c.id);
    chosen.push({ ...c, term: entry ? entry[locale].term : c.term });
  }
  return chosen.sort((a, b) => a.start - b.start);
}
