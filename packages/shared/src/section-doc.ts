import * as Y from 'yjs';
import type { RichTextNode } from './schemas';
import { safeMark, safeNodeAttrs } from './rich-text-safety';

/**
 * The layout of an OT section's Y.Doc. Each rich-text part is a named XmlFragment bound to one
 * Tiptap editor; client and server use these names and nothing else.
 */
export const SECTION_FRAGMENTS = ['presentLevels', 'parentConcerns', 'classroomStrategies', 'homeStrategies'] as const;
export type SectionFragment = (typeof SECTION_FRAGMENTS)[number];

export type SectionContent = Record<SectionFragment, RichTextNode>;

function textNodes(text: Y.XmlText): RichTextNode[] {
  const delta = text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[];
  const nodes: RichTextNode[] = [];
  for (const op of delta) {
    if (typeof op.insert !== 'string') continue;
    const node: RichTextNode = { type: 'text', text: op.insert };
    const marks = Object.entries(op.attributes ?? {}).flatMap(([key, value]) => safeMark(key, value, EDITOR_MARKS) ?? []);
    if (marks.length > 0) node.marks = marks;
    nodes.push(node);
  }
  return nodes;
}

function elementNode(el: Y.XmlElement): RichTextNode {
  const node: RichTextNode = { type: el.nodeName };
  const attrs = safeNodeAttrs(el.nodeName, el.getAttributes() as Record<string, unknown>);
  if (attrs) node.attrs = attrs;
  const content = childrenOf(el);
  if (content.length > 0) node.content = content;
  return node;
}

function childrenOf(parent: Y.XmlFragment | Y.XmlElement): RichTextNode[] {
  const out: RichTextNode[] = [];
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) out.push(...textNodes(child));
    // A node outside the editor schema is dropped with what it holds: no reader receives it.
    else if (child instanceof Y.XmlElement && isEditorNode(child.nodeName)) out.push(elementNode(child));
  }
  return out;
}

/** One fragment as ProseMirror JSON (the shape Tiptap's getJSON() returns). */
export function fragmentToJson(fragment: Y.XmlFragment): RichTextNode {
  return { type: 'doc', content: childrenOf(fragment) };
}

/** The whole section as JSON: for the API, validation, search, export and content hashes. */
export function sectionDocToJson(doc: Y.Doc): SectionContent {
  const out = {} as SectionContent;
  for (const name of SECTION_FRAGMENTS) out[name] = fragmentToJson(doc.getXmlFragment(name));
  return out;
}

/** Plain text of one fragment, paragraphs separated by newlines. */
export function fragmentPlainText(node: RichTextNode): string {
  if (node.type === 'text') return node.text ?? '';
  const parts = (node.content ?? []).map(fragmentPlainText);
  return node.type === 'doc' ? parts.join('\n') : parts.join('');
}

/** The ProseMirror nodes the section's editors produce (Tiptap StarterKit); nothing else is stored. */
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

function isEditorNode(name: string): boolean {
  return (EDITOR_NODES as readonly string[]).includes(name);
}

/** Marks, stored by y-prosemirror as text formats (a `name--id` suffix marks overlapping instances). */
export const EDITOR_MARKS = ['bold', 'italic', 'strike', 'code', 'underline', 'link'] as const;
