import * as Y from 'yjs';
import { fragmentPlainText, readStructure, REMOVABLE_ROOTS, SECTION_FRAGMENTS, type RichTextNode } from '@iep/shared';

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
  /** A rich-text part's name, or `<root>/<recordId>` for a structured record (a goal, a service…). */
  part: string;
  /** For a structured record: its number in its list, as its card shows it. */
  number?: number;
  text: string;
}

const isRichText = (value: unknown): value is RichTextNode =>
  typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'doc';

/** A record's free text, a line per field (a goal's objectives and its description included). */
function recordText(record: Record<string, unknown>): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (key === 'id') continue;
    if (typeof value === 'string') lines.push(value);
    else if (Array.isArray(value)) lines.push(...value.filter((v): v is string => typeof v === 'string'));
    else if (isRichText(value)) lines.push(fragmentPlainText(value));
  }
  return lines.filter((line) => line.trim() !== '').join('\n');
}

/**
 * Every rich-text part's text in `doc`, then every live structured record's (goals, services,
 * accommodations, transition goals), so what was typed offline in a goal's fields or description is
 * handed back too when the section was locked meanwhile.
 */
export function partTexts(doc: Y.Doc): PartText[] {
  const texts: PartText[] = SECTION_FRAGMENTS.map((part) => ({ part, text: fragmentText(doc.getXmlFragment(part)) }));
  const { structure } = readStructure(doc);
  for (const root of REMOVABLE_ROOTS) {
    structure[root].forEach((record, index) =>
      texts.push({ part: `${root}/${record.id}`, number: index + 1, text: recordText(record) }),
    );
  }
  return texts;
}

/** The parts of `mine` whose text is not what `theirs` (the server's copy) holds: what was not applied. */
export function unappliedTexts(mine: readonly PartText[], theirs: readonly PartText[] | null): PartText[] {
  return mine.filter(({ part, text }) => {
    if (text.trim() === '') return false;
    const other = theirs?.find((t) => t.part === part);
    return other === undefined || other.text !== text;
  });
}
