import { findGlossaryTerms, getGlossaryEntry, type Locale } from '@iep/shared';

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
