import * as Y from 'yjs';
import {
  canonicalJson,
  SUGGESTION_DELETE,
  SUGGESTION_INSERT,
  SUGGESTION_MARKS,
  suggestionAttrs,
  suggestionFragment,
} from '@iep/shared';

/** Who sends the update, as their suggestion marks must name them. */
export interface Suggester {
  userId: string;
  name: string;
  role: string;
}

type Attrs = Readonly<Record<string, unknown>>;

/** A part of the document as the guard compares it: its characters by id, its elements, its embeds. */
interface PartScan {
  /** Each visible character (`client:clock`) with the text formats in force on it. */
  chars: Map<string, Attrs>;
  /** Each element by item id, with its name and attributes. */
  elements: Map<string, string>;
  /** Each Y.XmlText by item id, with its own attributes (not formats). */
  texts: Map<string, string>;
  /** Anything in a text that is not a character (an embedded type or value), by id. */
  embeds: Set<string>;
}

const idOf = (item: Y.Item, offset = 0): string => `${item.id.client}:${item.id.clock + offset}`;

function scanText(text: Y.XmlText, scan: PartScan): void {
  const current = new Map<string, unknown>();
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted) continue;
    const content = item.content;
    if (content instanceof Y.ContentFormat) {
      if (content.value === null) current.delete(content.key);
      else current.set(content.key, content.value);
    } else if (content instanceof Y.ContentString) {
      const attrs: Attrs = Object.fromEntries(current);
      for (let i = 0; i < item.length; i++) scan.chars.set(idOf(item, i), attrs);
    } else {
      scan.embeds.add(idOf(item));
    }
  }
}

function scanType(parent: Y.XmlFragment | Y.XmlElement, scan: PartScan): void {
  for (let item = parent._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
    const type = item.content.type;
    if (type instanceof Y.XmlText) {
      scan.texts.set(idOf(item), canonicalJson(type.getAttributes()));
      scanText(type, scan);
    } else if (type instanceof Y.XmlElement) {
      scan.elements.set(idOf(item), `${type.nodeName} ${canonicalJson(type.getAttributes())}`);
      scanType(type, scan);
    } else {
      scan.embeds.add(idOf(item));
    }
  }
}

/** The part's scan, or null when the document has no such fragment (a goal that is not there). */
function scanPart(doc: Y.Doc, part: string): PartScan | null {
  const fragment = suggestionFragment(doc, part);
  if (fragment === null) return null;
  const scan: PartScan = { chars: new Map(), elements: new Map(), texts: new Map(), embeds: new Set() };
  scanType(fragment, scan);
  return scan;
}

function names(value: unknown, who: Suggester): boolean {
  const attrs = suggestionAttrs(value);
  return attrs !== null && attrs.authorId === who.userId && attrs.role === who.role && attrs.authorName === who.name;
}

const sameValue = (a: unknown, b: unknown): boolean =>
  a === b || (a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b));

/** Whether the formats of a character that stays may change this way in Suggest mode. */
function keptCharProblem(before: Attrs, after: Attrs, who: Suggester): string | null {
  // The suggester's own insertion is theirs to format, as long as it stays their suggestion.
  if (names(before[SUGGESTION_INSERT], who)) {
    return names(after[SUGGESTION_INSERT], who) ? null : 'an own suggestion lost its mark';
  }
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === SUGGESTION_DELETE) continue;
    if (!sameValue(before[key], after[key])) return `existing text changed its "${key.slice(0, 30)}" format`;
  }
  const was = before[SUGGESTION_DELETE];
  const now = after[SUGGESTION_DELETE];
  if (sameValue(was, now)) return null;
  // Marking text for removal, or taking back one's own mark.
  if (was === undefined && names(now, who)) return null;
  if (now === undefined && names(was, who)) return null;
  return 'a deletion mark that does not name the sender';
}

/**
 * Why an update may not be applied to parts where its sender may only suggest, or null when it may:
 * compared before and after (on a copy of the document), every character it adds must carry an
 * insertion mark naming the sender; every character it removes must have been the sender's own
 * suggested insertion; every other character keeps its formats except for a deletion mark the
 * sender adds (or takes back); no element, element attribute or embed is added, removed or changed.
 * `parts` are part paths: a top-level part or a goal's description (`goals/<goalId>/description`).
 * Also refused: an update that does not apply whole (it refers to something the document lacks).
 */
export function suggestionProblem(
  doc: Y.Doc,
  update: Uint8Array,
  parts: Iterable<string>,
  who: Suggester,
): string | null {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(copy, update);
    if (copy.store.pendingStructs !== null || copy.store.pendingDs !== null) return 'the update does not apply whole';
    for (const part of parts) {
      const before = scanPart(doc, part);
      const after = scanPart(copy, part);
      if (before === null || after === null) return `${part}: no such rich-text part`;
      const problem = partProblem(before, after, who);
      if (problem) return `${part}: ${problem}`;
    }
    return null;
  } finally {
    copy.destroy();
  }
}

function partProblem(before: PartScan, after: PartScan, who: Suggester): string | null {
  if (before.elements.size !== after.elements.size) return 'blocks may not be added or removed';
  for (const [id, sig] of before.elements) if (after.elements.get(id) !== sig) return 'a block was changed';
  for (const id of after.embeds) if (!before.embeds.has(id)) return 'embedded content may not be added';
  for (const id of before.embeds) if (!after.embeds.has(id)) return 'embedded content may not be removed';
  for (const [id, attrs] of after.texts) {
    const was = before.texts.get(id);
    if (was === undefined ? attrs !== '{}' : was !== attrs) return 'text attributes may not change';
  }
  for (const [id, attrs] of after.chars) {
    const was = before.chars.get(id);
    if (was === undefined) {
      if (!names(attrs[SUGGESTION_INSERT], who)) return 'inserted text must carry an insertion mark naming the sender';
      continue;
    }
    const problem = keptCharProblem(was, attrs, who);
    if (problem) return problem;
  }
  for (const [id, attrs] of before.chars) {
    if (!after.chars.has(id) && !names(attrs[SUGGESTION_INSERT], who))
      return 'text may only be removed by marking it for deletion';
  }
  return null;
}

/** Whether an update sets any suggestion mark (a format whose value is not null). */
export function setsSuggestionMarks(update: Uint8Array): boolean {
  for (const struct of Y.decodeUpdate(update).structs) {
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentFormat)) continue;
    const key = struct.content.key.split('--')[0] ?? '';
    if (SUGGESTION_MARKS.includes(key) && struct.content.value !== null) return true;
  }
  return false;
}
