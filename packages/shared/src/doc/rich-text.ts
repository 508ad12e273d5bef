import * as Y from 'yjs';
import type { RichTextNode } from '../schemas';
import { safeMark, safeNodeAttrs } from '../rich-text-safety';
import { EDITOR_MARKS, isEditorNode } from './editor-schema';

/**
 * The rich-text roots of an OT section's Y.Doc. Each is a named XmlFragment bound to one Tiptap
 * editor; client and server use these names and nothing else. A goal's description and a meeting's
 * notes are fragments of the same schema nested elsewhere (goals.ts, meeting-notes.ts).
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
    const marks = Object.entries(op.attributes ?? {}).flatMap(
      ([key, value]) => safeMark(key, value, EDITOR_MARKS) ?? [],
    );
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

/** A run of text nodes as one Y.XmlText, each mark a format named like the mark (y-prosemirror's layout). */
function textType(nodes: RichTextNode[]): Y.XmlText {
  const type = new Y.XmlText();
  type.applyDelta(
    nodes.map((n) => ({
      insert: n.text ?? '',
      attributes: Object.fromEntries((n.marks ?? []).map((m) => [m.type, m.attrs ?? {}])),
    })),
  );
  return type;
}

function elementType(node: RichTextNode): Y.XmlElement {
  const type = new Y.XmlElement(node.type);
  for (const [key, value] of Object.entries(node.attrs ?? {}))
    if (value !== null && value !== undefined) type.setAttribute(key, value as string);
  type.insert(0, childTypes(node.content ?? []));
  return type;
}

function childTypes(nodes: RichTextNode[]): (Y.XmlText | Y.XmlElement)[] {
  const out: (Y.XmlText | Y.XmlElement)[] = [];
  let run: RichTextNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      run.push(node);
      continue;
    }
    if (run.length > 0) out.push(textType(run));
    run = [];
    out.push(elementType(node));
  }
  if (run.length > 0) out.push(textType(run));
  return out;
}

/**
 * Appends rich text (ProseMirror JSON, a `doc` or its blocks) to a fragment, laid out the way the
 * editor's Yjs binding stores it, so a server-side writer (an import, a seed, a test) produces what an
 * editor would. Nothing is checked here: the update guard and the readers apply the schema.
 */
export function appendRichText(fragment: Y.XmlFragment, json: RichTextNode): void {
  const blocks = json.type === 'doc' ? (json.content ?? []) : [json];
  fragment.insert(fragment.length, childTypes(blocks));
}
