import * as Y from 'yjs';
import {
  EDITOR_MARKS,
  EDITOR_NODES,
  MEETING_NOTES_ROOT,
  SECTION_FRAGMENTS,
  STRUCTURED_ROOTS,
  unsafeUrl,
} from '@iep/shared';

const FRAGMENTS = new Set<string>(SECTION_FRAGMENTS);
const STRUCTURED = new Set<string>(STRUCTURED_ROOTS);
const NODES = new Set<string>(EDITOR_NODES);
const MARKS = new Set<string>(EDITOR_MARKS);
const ROOTS = new Set<string>([...FRAGMENTS, ...STRUCTURED, MEETING_NOTES_ROOT]);
/** Event-handler attributes (onclick, onerror…): no key of the document is named like one. */
const EVENT_HANDLER = /^on[a-z]/i;

function unsafeValue(value: unknown, depth = 0): boolean {
  if (depth > 8) return true;
  if (typeof value === 'string') return unsafeUrl(value);
  if (Array.isArray(value)) return value.some((v) => unsafeValue(v, depth + 1));
  if (value && typeof value === 'object') return Object.values(value).some((v) => unsafeValue(v, depth + 1));
  return false;
}

/** A NUL anywhere in a value or its keys: PostgreSQL refuses it in the JSON a version freezes. */
function holdsNul(value: unknown, depth = 0): boolean {
  if (depth > 8) return true;
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some((v) => holdsNul(v, depth + 1));
  if (value && typeof value === 'object')
    return Object.entries(value).some(([k, v]) => k.includes('\u0000') || holdsNul(v, depth + 1));
  return false;
}

/** The strings an item carries: its key, its text, a mark's name and value, a map's value. */
function itemStrings(item: Y.Item): unknown[] {
  const content = item.content;
  const strings: unknown[] = [item.parentSub];
  if (content instanceof Y.ContentString) strings.push(content.str);
  else if (content instanceof Y.ContentFormat) strings.push(content.key, content.value);
  else if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) strings.push(content.getContent());
  else if (content instanceof Y.ContentType && content.type instanceof Y.XmlElement)
    strings.push(content.type.nodeName);
  return strings;
}

function rootProblem(item: Y.Item, root: string): string | null {
  const content = item.content;
  if (!ROOTS.has(root)) return `unknown root type "${root}"`;
  // An item deleted before it was sent (written offline, then removed) comes without its content,
  // which Yjs has already thrown away; it adds nothing to the document, so only where it sits counts.
  if (content instanceof Y.ContentDeleted) return null;
  if (FRAGMENTS.has(root)) {
    if (item.parentSub !== null) return `${root} takes no keys`;
    if (
      !(content instanceof Y.ContentType) ||
      !(content.type instanceof Y.XmlElement || content.type instanceof Y.XmlText)
    ) {
      return `${root} holds editor nodes only`;
    }
    return null;
  }
  if (STRUCTURED.has(root)) return item.parentSub === null ? `${root} is a map` : null;
  // The meeting notes: one rich-text fragment per meeting, keyed by the meeting's id.
  if (item.parentSub === null) return `${root} is a map`;
  if (!(content instanceof Y.ContentType) || content.type.constructor !== Y.XmlFragment)
    return `${root} holds one fragment per meeting`;
  return null;
}

/**
 * Why an update may not be applied, or null when it may: a root type the section does not have,
 * an XML node outside the editor schema, an unknown mark, embedded documents or binary, or a
 * `javascript:`-style URL in any attribute or value, or a NUL character in any text, key or value. Checked on the decoded update, before anything
 * of it touches the document.
 */
export function updateProblem(update: Uint8Array): string | null {
  const { structs } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    if (typeof struct.parent === 'string') {
      const problem = rootProblem(struct, struct.parent);
      if (problem) return problem;
    }
    if (struct.content instanceof Y.ContentDeleted) continue;
    // Text is stored as Yjs binary, but every version freezes it as JSON, which refuses a NUL.
    if (holdsNul(itemStrings(struct))) return 'a NUL character (U+0000) is not allowed';
    if (struct.parentSub !== null && EVENT_HANDLER.test(struct.parentSub))
      return `attribute "${struct.parentSub.slice(0, 40)}" is not allowed`;
    const content = struct.content;
    if (content instanceof Y.ContentType) {
      const type = content.type;
      if (type instanceof Y.XmlHook) return 'XML hooks are not allowed';
      if (type instanceof Y.XmlElement && !NODES.has(type.nodeName))
        return `node "${type.nodeName}" is not in the editor schema`;
    } else if (content instanceof Y.ContentFormat) {
      const name = content.key.split('--')[0] ?? '';
      if (!MARKS.has(name)) return `mark "${content.key}" is not in the editor schema`;
      if (unsafeValue(content.value)) return 'unsafe URL in a mark';
    } else if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) {
      if (unsafeValue(content.getContent())) return 'unsafe URL in a value';
    } else if (
      content instanceof Y.ContentDoc ||
      content instanceof Y.ContentEmbed ||
      content instanceof Y.ContentBinary
    ) {
      return 'embedded documents, embeds and binary content are not allowed';
    }
  }
  return null;
}
