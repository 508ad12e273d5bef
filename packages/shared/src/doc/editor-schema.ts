import type { RichTextNode } from '../schemas';

/**
 * The rich-text schema of the section's document: what every Tiptap editor stores (the client
 * builds them all with `editorExtensions()`, StarterKit of Tiptap 3), and so all the server lets in
 * (collab/update-guard) and lets out (rich-text-safety). Written down here, not derived at run time,
 * because the server does not load Tiptap; apps/client/src/editor/extensions.spec.ts builds the real
 * Tiptap schema and fails when the two drift apart.
 */
export const EDITOR_NODES = [
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'codeBlock',
  'hardBreak',
  'horizontalRule',
] as const;
export type EditorNode = (typeof EDITOR_NODES)[number];

/** Marks, stored by y-prosemirror as text formats (a `name--id` suffix marks overlapping instances). */
export const EDITOR_MARKS = [
  'bold',
  'italic',
  'strike',
  'code',
  'underline',
  'link',
  // Suggestion mode (suggestions.ts): text someone suggests adding, and text they suggest removing.
  'suggestionInsert',
  'suggestionDelete',
] as const;
export type EditorMark = (typeof EDITOR_MARKS)[number];

/**
 * The attributes each node and mark may carry on the way out; everything else the editor stores
 * (a link's class and title) or anyone sends (event handlers, styles) is dropped.
 */
export const EDITOR_NODE_ATTRS: Readonly<Partial<Record<EditorNode, readonly string[]>>> = {
  heading: ['level'],
  orderedList: ['start', 'type'],
  codeBlock: ['language'],
};
export const EDITOR_MARK_ATTRS: Readonly<Partial<Record<EditorMark, readonly string[]>>> = {
  link: ['href', 'target', 'rel'],
  suggestionInsert: ['id', 'authorId', 'authorName', 'role', 'at'],
  suggestionDelete: ['id', 'authorId', 'authorName', 'role', 'at'],
};

export function isEditorNode(name: string): name is EditorNode {
  return (EDITOR_NODES as readonly string[]).includes(name);
}

export function isEditorMark(name: string): name is EditorMark {
  return (EDITOR_MARKS as readonly string[]).includes(name);
}

const text = (value: string, ...marks: { type: EditorMark; attrs?: Record<string, unknown> }[]): RichTextNode =>
  marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const SAMPLE_SUGGESTION = {
  id: 's-1',
  authorId: 'u-parent',
  authorName: 'Pat Parent',
  role: 'parent',
  at: '2026-12-02T04:00:00.000Z',
};
const paragraph = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });

/**
 * The schema by example: one document with every node, every mark and every attribute the editors
 * store with a value (defaults included, as y-prosemirror writes them). The client's spec checks it
 * against Tiptap and y-prosemirror, the server's guard spec checks that all of it is let in; marks
 * are in the schema's order, which is how ProseMirror keeps them.
 */
export const EDITOR_SAMPLE: RichTextNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Fine motor')] },
    paragraph(
      text('Grasp '),
      text('emerging', { type: 'bold' }),
      text(', '),
      text('inconsistent', { type: 'italic' }),
      text(', '),
      text('crossed', { type: 'strike' }),
      text(', '),
      text('code', { type: 'code' }),
      text(', '),
      text('stressed', { type: 'underline' }),
      { type: 'hardBreak' },
      text(
        'guide',
        {
          type: 'link',
          attrs: { href: 'https://example.org/grasp', target: '_blank', rel: 'noopener noreferrer nofollow' },
        },
        { type: 'bold' },
      ),
    ),
    paragraph(
      text('Uses a '),
      text('slant board', { type: 'suggestionInsert', attrs: SAMPLE_SUGGESTION }),
      text('pencil', { type: 'suggestionDelete', attrs: { ...SAMPLE_SUGGESTION, id: 's-2' } }),
    ),
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Pencil grip'))] }] },
    {
      type: 'orderedList',
      attrs: { start: 3, type: 'a' },
      content: [{ type: 'listItem', content: [paragraph(text('Warm up'))] }],
    },
    { type: 'blockquote', content: [paragraph(text('Writes with effort'))] },
    { type: 'codeBlock', attrs: { language: 'text' }, content: [text('4 of 5 trials')] },
    { type: 'horizontalRule' },
  ],
};
