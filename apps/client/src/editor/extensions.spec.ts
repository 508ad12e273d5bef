import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import {
  appendRichText,
  EDITOR_MARK_ATTRS,
  EDITOR_MARKS,
  EDITOR_NODE_ATTRS,
  EDITOR_NODES,
  EDITOR_SAMPLE,
  fragmentToJson,
} from '@iep/shared';
import { GlossaryHighlight } from '../features/glossary/glossaryHighlight';
import { CommentHighlight } from './commentHighlight';
import { editorExtensions } from './extensions';

/**
 * The editors' real schema against the one the server knows (packages/shared/src/doc/editor-schema.ts):
 * the update guard lets in only EDITOR_NODES and EDITOR_MARKS, the readers let out only the listed
 * attributes. When Tiptap (or a change to editorExtensions) adds or drops a node, mark or attribute,
 * this fails until the shared schema says the same.
 */
const schema: Schema = getSchema(
  editorExtensions({
    fragment: new Y.Doc().getXmlFragment('part'),
    // Every editor's extras must leave the schema alone: they are here so this spec sees them.
    decorations: [
      GlossaryHighlight.configure({ locale: 'en' }),
      CommentHighlight.configure({ getThreads: () => [], onActivate: () => undefined }),
    ],
  }),
);

/** Attributes Tiptap keeps that never leave the document: a link's class could restyle the page, its title is shown nowhere. */
const DROPPED: Readonly<Record<string, readonly string[]>> = { link: ['class', 'title'] };

const sorted = (names: Iterable<string>): string[] => [...names].sort();
const attrsOf = (spec: { attrs?: Record<string, unknown> | null }): string[] => sorted(Object.keys(spec.attrs ?? {}));

/** A fragment as Yjs holds it: element names, attributes and text formats, null values left out (they mean "not set"). */
function stored(type: Y.XmlFragment | Y.XmlElement): unknown[] {
  const withoutNulls = (attrs: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(attrs)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, v !== null && typeof v === 'object' ? withoutNulls(v as Record<string, unknown>) : v]),
    );
  return type.toArray().map((child) =>
    child instanceof Y.XmlText
      ? (child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]).map((op) => ({
          insert: op.insert,
          attributes: withoutNulls(op.attributes ?? {}),
        }))
      : child instanceof Y.XmlElement
        ? {
            node: child.nodeName,
            attrs: withoutNulls(child.getAttributes() as Record<string, unknown>),
            content: stored(child),
          }
        : 'unexpected',
  );
}

describe('the editors’ schema', () => {
  it('has exactly the nodes and marks the server lets into a document', () => {
    expect(sorted(Object.keys(schema.nodes).filter((name) => name !== 'doc' && name !== 'text'))).toEqual(
      sorted(EDITOR_NODES),
    );
    expect(sorted(Object.keys(schema.marks))).toEqual(sorted(EDITOR_MARKS));
  });

  it('has the attributes the readers let out, and only those dropped on purpose besides', () => {
    const nodeAttrs: Readonly<Record<string, readonly string[] | undefined>> = EDITOR_NODE_ATTRS;
    const markAttrs: Readonly<Record<string, readonly string[] | undefined>> = EDITOR_MARK_ATTRS;
    for (const [name, type] of Object.entries(schema.nodes)) {
      expect([name, attrsOf(type.spec)]).toEqual([
        name,
        sorted([...(nodeAttrs[name] ?? []), ...(DROPPED[name] ?? [])]),
      ]);
    }
    for (const [name, type] of Object.entries(schema.marks)) {
      expect([name, attrsOf(type.spec)]).toEqual([
        name,
        sorted([...(markAttrs[name] ?? []), ...(DROPPED[name] ?? [])]),
      ]);
    }
  });

  it('accepts the shared sample document, which holds every node and mark', () => {
    const doc = schema.nodeFromJSON(EDITOR_SAMPLE);
    doc.check();
    const nodes = new Set<string>();
    const marks = new Set<string>();
    doc.descendants((node) => {
      nodes.add(node.type.name);
      for (const mark of node.marks) marks.add(mark.type.name);
    });
    expect(sorted(nodes)).toEqual(sorted([...EDITOR_NODES, 'text']));
    expect(sorted(marks)).toEqual(sorted(EDITOR_MARKS));
  });

  it('is stored by the editor binding (y-prosemirror) exactly as the shared writer stores it, and read back whole', () => {
    const viaEditor = new Y.Doc().getXmlFragment('part');
    prosemirrorJSONToYXmlFragment(schema, EDITOR_SAMPLE, viaEditor);
    const viaShared = new Y.Doc().getXmlFragment('part');
    appendRichText(viaShared, EDITOR_SAMPLE);
    expect(stored(viaShared)).toEqual(stored(viaEditor));
    expect(fragmentToJson(viaEditor)).toEqual(EDITOR_SAMPLE);
  });
});
