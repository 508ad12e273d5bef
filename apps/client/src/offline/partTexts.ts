import * as Y from 'yjs';
import { SECTION_FRAGMENTS, type SectionFragment } from '@iep/shared';

/** The plain text of one rich-text part, a line per paragraph or list item. */
function fragmentText(node: Y.XmlFragment | Y.XmlElement): string {
  const lines: string[] = [];
  let inline = '';
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) {
      inline += child
        .toDelta()
        .map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
        .join('');
    } else if (child instanceof Y.XmlElement) {
      if (inline !== '') lines.push(inline);
      inline = '';
      const text = fragmentText(child);
      if (text !== '') lines.push(text);
    }
  }
  if (inline !== '') lines.push(inline);
  return lines.join('\n');
}

export interface PartText {
  part: SectionFragment;
  text: string;
}

/** Every rich-text part's text in `doc`. */
export function partTexts(doc: Y.Doc): PartText[] {
  return SECTION_FRAGMENTS.map((part) => ({ part, text: fragmentText(doc.getXmlFragment(part)) }));
}

/** The parts of `mine` whose text is not what `theirs` (the server's copy) holds: what was not applied. */
export function unappliedTexts(mine: readonly PartText[], theirs: readonly PartText[] | null): PartText[] {
  return mine.filter(({ part, text }) => {
    if (text.trim() === '') return false;
    const other = theirs?.find((t) => t.part === part);
    return other === undefined || other.text !== text;
  });
}
