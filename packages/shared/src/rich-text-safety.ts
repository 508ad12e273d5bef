/**
 * What rich text may carry when it leaves the document (API JSON, versions, PDFs, the family's
 * archive): the document socket already refuses anything else, and this strips whatever got in
 * another way (an older build, an import) so no reader ever receives it.
 */
import { EDITOR_MARK_ATTRS, EDITOR_NODE_ATTRS } from './doc/editor-schema';

/** URLs that run code or smuggle content when a browser follows them. */
const UNSAFE_URL = /^\s*(javascript|vbscript|data|file):/i;

/** Browsers ignore control characters inside a scheme ("java\tscript:"), so the check does too. */
export function unsafeUrl(value: string): boolean {
  return UNSAFE_URL.test([...value].filter((c) => c.charCodeAt(0) > 0x1f).join(''));
}

/** The attributes each editor node and mark may carry (the editor schema); everything else is dropped. */
const NODE_ATTRS: Readonly<Record<string, readonly string[] | undefined>> = EDITOR_NODE_ATTRS;
const MARK_ATTRS: Readonly<Record<string, readonly string[] | undefined>> = EDITOR_MARK_ATTRS;

const primitive = (v: unknown): v is string | number | boolean | null =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** Only the allowed attributes with plain values; a URL that runs code loses the attribute. */
function allowed(
  names: readonly string[] | undefined,
  attrs: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const name of names ?? []) {
    const value = attrs[name];
    if (!primitive(value) || (typeof value === 'string' && unsafeUrl(value))) continue;
    out[name] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export function safeNodeAttrs(nodeName: string, attrs: Record<string, unknown>): Record<string, unknown> | undefined {
  return allowed(NODE_ATTRS[nodeName], attrs);
}

/**
 * A mark as stored by y-prosemirror (`link--id` for overlapping instances) made safe: its plain
 * name, allowed attributes only; null when the mark is unknown or a link has no safe target.
 */
export function safeMark(
  key: string,
  value: unknown,
  knownMarks: readonly string[],
): { type: string; attrs?: Record<string, unknown> } | null {
  const type = key.split('--')[0] ?? '';
  if (!knownMarks.includes(type)) return null;
  const attrs =
    value && typeof value === 'object' ? allowed(MARK_ATTRS[type], value as Record<string, unknown>) : undefined;
  if (type === 'link' && typeof attrs?.href !== 'string') return null;
  return attrs ? { type, attrs } : { type };
}
