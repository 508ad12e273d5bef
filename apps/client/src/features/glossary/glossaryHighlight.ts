import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { getGlossaryEntry, type Locale } from '@iep/shared';
import { findTermsInAnyLanguage } from './terms';

/**
 * Marks every glossary term in a rich-text editor with a dotted underline whose tooltip (`title`) is
 * the plain-language explanation in the reader's language. Decorations only: the shared document is
 * never touched, so the highlight is local to each reader and nothing is synced through Yjs.
 */

/** The class on a highlighted term (styled in styles/app.css). */
export const GLOSSARY_TERM_CLASS = 'glossary-term-inline';

export interface GlossaryHighlightState {
  locale: Locale;
  decorations: DecorationSet;
}

/** What a term decoration remembers, to say which term the cursor is in without reading the DOM. */
interface TermSpec {
  glossaryId: string;
}

interface LocaleMeta {
  locale: Locale;
}

export const glossaryHighlightKey = new PluginKey<GlossaryHighlightState>('glossaryHighlight');

/** Stands for a non-text inline node (a hard break, an image) so that text offset i is at position start + i. */
const LEAF = '\ufffc';

/** The text of a textblock, one UTF-16 unit per position: a term never runs across a hard break. */
function blockText(block: ProseMirrorNode): string {
  let text = '';
  block.forEach((child) => {
    text += child.isText ? (child.text ?? '') : LEAF.repeat(child.nodeSize);
  });
  return text;
}

/** The term decorations of the textblock at `pos`. */
function blockDecorations(block: ProseMirrorNode, pos: number, locale: Locale): Decoration[] {
  const start = pos + 1;
  const out: Decoration[] = [];
  for (const match of findTermsInAnyLanguage(blockText(block), locale)) {
    const entry = getGlossaryEntry(match.id);
    if (entry === undefined) continue;
    const spec: TermSpec = { glossaryId: match.id };
    out.push(
      Decoration.inline(
        start + match.start,
        start + match.end,
        { class: GLOSSARY_TERM_CLASS, 'data-glossary-term': match.id, title: entry[locale].explanation },
        spec,
      ),
    );
  }
  return out;
}

/** Decorations for every glossary term in `doc`. */
export function buildGlossaryDecorations(doc: ProseMirrorNode, locale: Locale): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    decorations.push(...blockDecorations(node, pos, locale));
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** The ranges of the new document that `tr` touched. */
function changedRanges(tr: Transaction): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  tr.mapping.maps.forEach((map, index) => {
    const later = tr.mapping.slice(index + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      ranges.push({ from: later.map(newStart, -1), to: later.map(newEnd, 1) });
    });
  });
  return ranges;
}

/**
 * After an edit only the textblocks it touched are searched again; the decorations elsewhere are
 * mapped. A remote Yjs update may replace the whole document, which then amounts to a full rebuild.
 */
function updateDecorations(tr: Transaction, previous: DecorationSet, locale: Locale): DecorationSet {
  const { doc } = tr;
  const blocks = new Map<number, ProseMirrorNode>();
  for (const range of changedRanges(tr)) {
    // One position either side, so a join or split at a block boundary reaches both blocks.
    const from = Math.max(0, range.from - 1);
    const to = Math.min(doc.content.size, range.to + 1);
    doc.nodesBetween(from, to, (node, pos) => {
      if (!node.isTextblock) return true;
      blocks.set(pos, node);
      return false;
    });
  }
  let set = previous.map(tr.mapping, doc);
  for (const [pos, block] of blocks) {
    const stale = set.find(pos + 1, pos + block.nodeSize - 1);
    set = set.remove(stale).add(doc, blockDecorations(block, pos, locale));
  }
  return set;
}

/** The ProseMirror plugin behind the extension, usable on its own (the tests build a bare EditorState). */
export function glossaryHighlightPlugin(initialLocale: Locale): Plugin<GlossaryHighlightState> {
  return new Plugin<GlossaryHighlightState>({
    key: glossaryHighlightKey,
    state: {
      init: (_config, state) => ({
        locale: initialLocale,
        decorations: buildGlossaryDecorations(state.doc, initialLocale),
      }),
      apply: (tr, value) => {
        const meta = tr.getMeta(glossaryHighlightKey) as LocaleMeta | undefined;
        if (meta !== undefined && meta.locale !== value.locale) {
          return { locale: meta.locale, decorations: buildGlossaryDecorations(tr.doc, meta.locale) };
        }
        if (!tr.docChanged) return value;
        return { locale: value.locale, decorations: updateDecorations(tr, value.decorations, value.locale) };
      },
    },
    props: {
      decorations: (state) => glossaryHighlightKey.getState(state)?.decorations ?? DecorationSet.empty,
    },
  });
}

/** Tells the highlight the reader's language: every explanation is rebuilt in it (a meta-only transaction). */
export function setGlossaryLocale(view: Pick<EditorView, 'state' | 'dispatch'>, locale: Locale): void {
  const current = glossaryHighlightKey.getState(view.state);
  if (current === undefined || current.locale === locale) return;
  const meta: LocaleMeta = { locale };
  view.dispatch(view.state.tr.setMeta(glossaryHighlightKey, meta).setMeta('addToHistory', false));
}

export interface GlossaryTermAtCursor {
  id: string;
  /** The headword in the current language. */
  term: string;
  explanation: string;
}

const isTermSpec = (spec: unknown): spec is TermSpec =>
  typeof spec === 'object' && spec !== null && typeof (spec as Partial<TermSpec>).glossaryId === 'string';

/**
 * The glossary term holding the whole selection (a cursor inside a term or just at either end of it),
 * explained in the current language; null elsewhere.
 */
export function glossaryTermAt(state: EditorState): GlossaryTermAtCursor | null {
  const plugin = glossaryHighlightKey.getState(state);
  if (plugin === undefined) return null;
  const { from, to } = state.selection;
  const decoration = plugin.decorations.find(from, to, isTermSpec).find((d) => d.from <= from && to <= d.to);
  const spec: unknown = decoration?.spec;
  if (!isTermSpec(spec)) return null;
  const entry = getGlossaryEntry(spec.glossaryId);
  if (entry === undefined) return null;
  return { id: entry.id, term: entry[plugin.locale].term, explanation: entry[plugin.locale].explanation };
}

export interface GlossaryHighlightOptions {
  /** The reader's language at creation; change it later with `setGlossaryLocale`. */
  locale: Locale;
}

/** Tiptap extension: glossary terms underlined, each explained in its `title`. */
export const GlossaryHighlight = Extension.create<GlossaryHighlightOptions>({
  name: 'glossaryHighlight',
  addOptions() {
    return { locale: 'en' };
  },
  addProseMirrorPlugins() {
    return [glossaryHighlightPlugin(this.options.locale)];
  },
});
