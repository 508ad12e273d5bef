import * as Y from 'yjs';
import type { RichTextNode } from '../schemas';
import {
  EDITOR_MARK_ATTRS,
  EDITOR_MARKS,
  EDITOR_NODE_ATTRS,
  EDITOR_NODES,
  EDITOR_SAMPLE,
  isEditorMark,
  isEditorNode,
} from './editor-schema';
import { appendRichText, fragmentToJson } from './rich-text';

/** Every node type, mark type and attribute name (per node or mark) a document uses. */
function used(
  node: RichTextNode,
  out = { nodes: new Set<string>(), marks: new Set<string>(), attrs: new Map<string, Set<string>>() },
) {
  const note = (owner: string, attrs: Record<string, unknown> | undefined): void => {
    for (const name of Object.keys(attrs ?? {})) out.attrs.set(owner, (out.attrs.get(owner) ?? new Set()).add(name));
  };
  if (node.type !== 'doc' && node.type !== 'text') out.nodes.add(node.type);
  note(node.type, node.attrs);
  for (const mark of node.marks ?? []) {
    out.marks.add(mark.type);
    note(mark.type, mark.attrs);
  }
  for (const child of node.content ?? []) used(child, out);
  return out;
}

describe('the editor schema', () => {
  it('names its nodes and marks', () => {
    expect(isEditorNode('heading')).toBe(true);
    expect(isEditorNode('script')).toBe(false);
    expect(isEditorMark('link')).toBe(true);
    expect(isEditorMark('onclick')).toBe(false);
  });

  it('has a sample that uses every node, mark and allowed attribute, so checks built on it miss nothing', () => {
    const { nodes, marks, attrs } = used(EDITOR_SAMPLE);
    expect([...nodes].sort()).toEqual([...EDITOR_NODES].sort());
    expect([...marks].sort()).toEqual([...EDITOR_MARKS].sort());
    const allowed = Object.entries({ ...EDITOR_NODE_ATTRS, ...EDITOR_MARK_ATTRS }).map(([owner, names]) => [
      owner,
      [...(names ?? [])].sort(),
    ]);
    expect([...attrs.entries()].map(([owner, names]) => [owner, [...names].sort()]).sort()).toEqual(allowed.sort());
  });

  it('writes the sample into a fragment and reads it back unchanged', () => {
    const fragment = new Y.Doc().getXmlFragment('presentLevels');
    appendRichText(fragment, EDITOR_SAMPLE);
    expect(fragmentToJson(fragment)).toEqual(EDITOR_SAMPLE);
    // Appending adds after what is there; a block on its own is appended too.
    appendRichText(fragment, { type: 'paragraph', content: [{ type: 'text', text: 'More' }] });
    expect(fragmentToJson(fragment).content?.at(-1)).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'More' }],
    });
  });
});
