/**
 * Text folding for case- and accent-insensitive matching, shared by the glossary and the goal bank.
 *
 * Folding lower-cases, strips accents and other combining marks (é → e, ñ → n), applies
 * compatibility decomposition (ﬁ → fi), turns every run of whitespace into one space and unifies
 * dash and apostrophe look-alikes. It works one code point at a time and remembers where each folded
 * character came from, so a match found in the folded text maps back to exact offsets in the original.
 */

const DASH = /[\u2010-\u2015\u2212]/u;
const APOSTROPHE = /[\u2018\u2019\u02bc]/u;
const SPACE = /\s/u;
const MARK = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function foldCodePoint(ch: string): string {
  if (SPACE.test(ch)) return ' ';
  if (DASH.test(ch)) return '-';
  if (APOSTROPHE.test(ch)) return "'";
  return ch.normalize('NFKD').replace(MARK, '').toLowerCase();
}

export interface FoldedText {
  /** The folded text. */
  folded: string;
  /** For each UTF-16 unit of `folded`: the offset in the original text where its source character starts. */
  starts: number[];
  /** For each UTF-16 unit of `folded`: the offset just after its source character (and any marks that follow it). */
  ends: number[];
}

/** Folds `text` and keeps, for every folded unit, the span of the original text it came from. */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const start = offset;
    offset += ch.length;
    const f = foldCodePoint(ch);
    if (f === '' || (f === ' ' && folded.endsWith(' '))) {
      // A lone combining mark (or a repeated space) belongs to the character before it.
      if (ends.length > 0) ends[ends.length - 1] = offset;
      continue;
    }
    for (let k = 0; k < f.length; k++) {
      starts.push(start);
      ends.push(offset);
    }
    folded += f;
  }
  return { folded, starts, ends };
}

/** Lower-case, accent-free, whitespace-collapsed form of `text`. */
export function foldText(text: string): string {
  return foldWithOffsets(text).folded;
}

/** True for a letter or digit in any script (a `undefined` position, off either end, is not). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** The words of `text`, folded: letters and digits only, split on everything else. */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}
