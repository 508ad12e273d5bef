import * as Y from 'yjs';
import {
  SUGGESTION_INSERT,
  SUGGESTION_DELETE,
  SUGGESTION_PARTS,
  suggestionAttrs,
  suggestionKey,
} from '../doc/suggestions';
import type { SectionFragment } from '../doc/rich-text';
import { textRangeAnchor } from './anchors';
import type { SuggestionRef } from './schemas';

export interface SuggestionAnchor {
  part: SectionFragment;
  anchorStart: string;
  anchorEnd: string;
  /** The text the suggestion spans now (what it adds and what it removes, as they stand in the text). */
  quote: string;
}

function textNodes(parent: Y.XmlFragment | Y.XmlElement, out: Y.XmlText[] = []): Y.XmlText[] {
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) out.push(child);
    else if (child instanceof Y.XmlElement) textNodes(child, out);
  }
  return out;
}

/**
 * A text anchor over an open suggestion: from its first marked character to its last, in the
 * concatenated text of its part (as textRangeAnchor counts). Null when no open suggestion matches.
 */
export function suggestionAnchor(doc: Y.Doc, ref: SuggestionRef): SuggestionAnchor | null {
  const wanted = suggestionKey(ref);
  for (const part of SUGGESTION_PARTS) {
    const fragment = doc.getXmlFragment(part);
    let offset = 0;
    let from = -1;
    let to = -1;
    let whole = '';
    for (const node of textNodes(fragment)) {
      for (const op of node.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
        const length = typeof op.insert === 'string' ? op.insert.length : 1;
        whole += typeof op.insert === 'string' ? op.insert : ' ';
        const marks = op.attributes ?? {};
        const hit = [SUGGESTION_INSERT, SUGGESTION_DELETE].some((mark) => {
          const attrs = suggestionAttrs(marks[mark]);
          return attrs !== null && suggestionKey(attrs) === wanted;
        });
        if (hit) {
          if (from < 0) from = offset;
          to = offset + length;
        }
        offset += length;
      }
    }
    if (from < 0) continue;
    const anchor = textRangeAnchor(fragment, from, to);
    if (anchor === null) return null;
    return { part, ...anchor, quote: whole.slice(from, to) };
  }
  return null;
}
