import * as Y from 'yjs';
import { isRemoved } from '../doc/removal';

/**
 * Comment anchors: Yjs relative positions inside a fragment's XmlText nodes (the same positions
 * y-prosemirror's `absolutePositionToRelativePosition` makes), kept on the thread, never in the
 * document. They follow the text while others edit around it; when the text is deleted the range
 * collapses and the thread is "detached".
 */

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function encodeAnchor(position: Y.RelativePosition): string {
  return toBase64(Y.encodeRelativePosition(position));
}

export function decodeAnchor(anchor: string): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(fromBase64(anchor));
  } catch {
    return null;
  }
}

/** The XmlText nodes of a fragment in document order. */
function textNodes(parent: Y.XmlFragment | Y.XmlElement, out: Y.XmlText[] = []): Y.XmlText[] {
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) out.push(child);
    else if (child instanceof Y.XmlElement) textNodes(child, out);
  }
  return out;
}

/** Where plain-text offset `offset` falls (text nodes concatenated, no separators). */
function locate(nodes: Y.XmlText[], offset: number, preferEnd: boolean): { node: Y.XmlText; index: number } | null {
  let rest = offset;
  for (const node of nodes) {
    if (rest < node.length || (preferEnd && rest === node.length)) return { node, index: rest };
    rest -= node.length;
  }
  const last = nodes[nodes.length - 1];
  return rest === 0 && last ? { node: last, index: last.length } : null;
}

/**
 * An anchor over characters [from, to) of a fragment's text (text nodes concatenated). The start
 * sticks to the first character, the end to the last, so typing just outside does not widen it.
 */
export function textRangeAnchor(
  fragment: Y.XmlFragment,
  from: number,
  to: number,
): { anchorStart: string; anchorEnd: string } | null {
  if (to <= from) return null;
  const nodes = textNodes(fragment);
  const start = locate(nodes, from, false);
  const end = locate(nodes, to, true);
  if (!start || !end) return null;
  return {
    anchorStart: encodeAnchor(Y.createRelativePositionFromTypeIndex(start.node, start.index, 0)),
    anchorEnd: encodeAnchor(Y.createRelativePositionFromTypeIndex(end.node, end.index, -1)),
  };
}

export interface ResolvedAnchor {
  detached: boolean;
  /** The text now between the anchors ('' when detached). */
  text: string;
}

function offsetOf(nodes: Y.XmlText[], position: Y.AbsolutePosition): number | null {
  let offset = 0;
  for (const node of nodes) {
    if (node === position.type) return offset + position.index;
    offset += node.length;
  }
  return null;
}

/** Resolves a thread's anchors in the live document: the text they hold now, or detached. */
export function resolveTextAnchor(
  doc: Y.Doc,
  fragmentName: string,
  anchorStart: string,
  anchorEnd: string,
): ResolvedAnchor {
  const detached = { detached: true, text: '' };
  const startRel = decodeAnchor(anchorStart);
  const endRel = decodeAnchor(anchorEnd);
  if (!startRel || !endRel) return detached;
  const start = Y.createAbsolutePositionFromRelativePosition(startRel, doc);
  const end = Y.createAbsolutePositionFromRelativePosition(endRel, doc);
  if (!start || !end) return detached;
  for (const pos of [start, end]) if (pos.type._item?.deleted) return detached;
  const nodes = textNodes(doc.getXmlFragment(fragmentName));
  const from = offsetOf(nodes, start);
  const to = offsetOf(nodes, end);
  if (from === null || to === null || to <= from) return detached;
  const text = nodes.map(plainText).join('');
  return { detached: false, text: text.slice(from, to) };
}

function plainText(node: Y.XmlText): string {
  const delta = node.toDelta() as { insert: unknown }[];
  return delta.map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
}

/** A thread on a structured record is detached when the record is gone or removed (issue 19). */
export function recordExists(doc: Y.Doc, part: string): boolean {
  const [root, id] = part.split('/');
  if (!root || !id) return false;
  const record = doc.getMap<unknown>(root).get(id);
  return record !== undefined && !isRemoved(record);
}

/** A thread on a structured record whose record is still in the document, marked removed: it can come back. */
export function recordRemoved(doc: Y.Doc, part: string): boolean {
  const [root, id] = part.split('/');
  if (!root || !id) return false;
  return isRemoved(doc.getMap<unknown>(root).get(id));
}
