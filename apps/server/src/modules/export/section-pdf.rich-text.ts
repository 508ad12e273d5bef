import { SUGGESTION_DELETE, SUGGESTION_INSERT, suggestionAttrs, type RichTextNode } from '@iep/shared';
import type { PdfLabels } from './section-pdf.labels';
import { FONT, SIZE, type PdfWriter } from './section-pdf.layout';

const LIST_INDENT = 16;

/** The text of inline content: marks are dropped (the PDF is plain), hard breaks become new lines. */
export function inlineText(node: RichTextNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(inlineText).join('');
}

/**
 * A draft's open suggestions as words the plain PDF can print: each suggested addition or removal in
 * brackets, saying which it is and whose ("[suggested addition (Pat Parent): a slant board]").
 */
export function bracketSuggestions(node: RichTextNode, L: PdfLabels): RichTextNode {
  if (node.type !== 'text') {
    return node.content === undefined ? node : { ...node, content: node.content.map((c) => bracketSuggestions(c, L)) };
  }
  const attrsOf = (type: string) => suggestionAttrs(node.marks?.find((m) => m.type === type)?.attrs);
  const added = attrsOf(SUGGESTION_INSERT);
  const removed = attrsOf(SUGGESTION_DELETE);
  let text = node.text ?? '';
  if (removed) text = `[${L.suggestions.removed} (${removed.authorName}): ${text}]`;
  if (added) text = `[${L.suggestions.added} (${added.authorName}): ${text}]`;
  return { type: 'text', text };
}

function isEmptyDoc(node: RichTextNode): boolean {
  return (node.content ?? []).every((child) => inlineText(child).trim() === '' && child.type !== 'horizontalRule');
}

/** Renders one ProseMirror document (paragraphs, headings, lists, quotes, code) at an indent. */
export function renderRichText(w: PdfWriter, node: RichTextNode, indent = 0): void {
  if (isEmptyDoc(node)) {
    w.muted(w.labels.empty, indent);
    return;
  }
  for (const child of node.content ?? []) renderBlock(w, child, indent);
}

function renderBlock(w: PdfWriter, node: RichTextNode, indent: number): void {
  switch (node.type) {
    case 'paragraph':
      w.paragraph(inlineText(node), { indent });
      return;
    case 'heading': {
      const level = typeof node.attrs?.level === 'number' ? node.attrs.level : 2;
      // The team's own headings sit under the part's H2 (and a goal's H3).
      w.paragraph(inlineText(node), {
        indent,
        tag: 'H4',
        font: FONT.bold,
        size: level <= 1 ? SIZE.h2 + 1 : level === 2 ? SIZE.h2 : SIZE.body,
        gap: 4,
      });
      return;
    }
    case 'bulletList':
    case 'orderedList':
      renderList(w, node, indent);
      return;
    case 'blockquote':
      for (const child of node.content ?? []) renderBlock(w, child, indent + LIST_INDENT);
      return;
    case 'codeBlock':
      w.paragraph(inlineText(node), { indent, font: FONT.mono, size: SIZE.body - 1 });
      return;
    case 'horizontalRule': {
      const y = w.doc.y + 3;
      w.artifact(() =>
        w.doc
          .save()
          .moveTo(w.left + indent, y)
          .lineTo(w.left + w.width, y)
          .lineWidth(0.5)
          .stroke()
          .restore(),
      );
      w.doc.moveDown(0.6);
      return;
    }
    default: {
      // A node type the editors do not produce today still has its words printed.
      const text = inlineText(node);
      if (text.trim() !== '') w.paragraph(text, { indent });
    }
  }
}

function renderList(w: PdfWriter, list: RichTextNode, indent: number): void {
  const ordered = list.type === 'orderedList';
  const start = typeof list.attrs?.start === 'number' ? list.attrs.start : 1;
  // Tagged as a list (L), each item (LI) its marker (Lbl) and its body (LBody).
  w.group('L', () =>
    (list.content ?? []).forEach((item, i) =>
      w.group('LI', () => {
        const marker = ordered ? `${start + i}.` : '•';
        const isList = (child: RichTextNode): boolean => child.type === 'bulletList' || child.type === 'orderedList';
        if ((item.content ?? []).some((child) => !isList(child))) {
          // The marker hangs in the indent; the item's text wraps under itself, not under the marker.
          w.keepSpace(SIZE.body * 1.6);
          const y = w.doc.y;
          w.tagged('Lbl', () =>
            w.doc
              .font(FONT.regular)
              .fontSize(SIZE.body)
              .text(marker, w.left + indent, y, { width: LIST_INDENT, lineBreak: false }),
          );
          w.doc.y = y;
        }
        w.group('LBody', () => {
          for (const child of item.content ?? []) {
            if (isList(child)) renderList(w, child, indent + LIST_INDENT);
            else renderBlock(w, child, indent + LIST_INDENT);
          }
        });
      }),
    ),
  );
}
