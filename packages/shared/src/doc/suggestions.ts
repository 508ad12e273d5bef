import * as Y from 'yjs';
import { z } from 'zod';
import { ROLES } from '../roles';
import type { RichTextNode } from '../schemas';
import { SECTION_FRAGMENTS, type SectionContent, type SectionFragment } from './rich-text';
import type { SectionStructure } from './structure';
import { suggestionFragments, suggestionPartSchema } from './suggestion-parts';

/**
 * Suggestion mode: text someone suggests adding carries the `suggestionInsert` mark, text they
 * suggest removing keeps its place and carries `suggestionDelete`. Both name the author, their role
 * and the time, and an id shared by the marks of one suggestion (a replacement is one suggestion
 * with both). Stored by the editor binding as text formats of the part's Y.XmlText, like any mark.
 * The signed content is the accepted text: insertions left out, deletions kept (acceptedContent).
 */
export const SUGGESTION_INSERT = 'suggestionInsert';
export const SUGGESTION_DELETE = 'suggestionDelete';
export const SUGGESTION_MARKS: readonly string[] = [SUGGESTION_INSERT, SUGGESTION_DELETE];

/**
 * The top-level rich-text parts suggestions are made in; goal descriptions take them too, by part
 * path (suggestion-parts.ts: SUGGESTION_PART_KINDS, suggestionFragments). Meeting notes do not: they
 * are everyone's to write and lie outside the signed content.
 */
export const SUGGESTION_PARTS: readonly SectionFragment[] = SECTION_FRAGMENTS;

export const suggestionAttrsSchema = z.object({
  id: z.string().min(1).max(64),
  authorId: z.string().min(1).max(64),
  authorName: z.string().max(200),
  role: z.enum(ROLES),
  at: z.string().max(40),
});
export type SuggestionAttrs = z.infer<typeof suggestionAttrsSchema>;

/** A suggestion mark's value, or null when it is not one (a removed format, a malformed value). */
export function suggestionAttrs(value: unknown): SuggestionAttrs | null {
  const parsed = suggestionAttrsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** One open suggestion, as the side panel and the sign-off check list it. */
export const openSuggestionSchema = suggestionAttrsSchema.extend({
  /** A top-level part or a goal's description (`goals/<goalId>/description`). */
  part: suggestionPartSchema,
  /** The text suggested for adding ('' when only a removal). */
  inserted: z.string(),
  /** The text suggested for removing ('' when only an addition). */
  deleted: z.string(),
});
export type OpenSuggestion = z.infer<typeof openSuggestionSchema>;

/** Suggestions are told apart by author and id: an id is chosen by the author's editor. */
export const suggestionKey = (s: Pick<SuggestionAttrs, 'authorId' | 'id'>): string => `${s.authorId}:${s.id}`;

interface Run {
  index: number;
  length: number;
  text: string;
  attributes: Record<string, unknown>;
}

/** Every Y.XmlText of a fragment, depth first, in document order. */
function textsOf(parent: Y.XmlFragment | Y.XmlElement): Y.XmlText[] {
  const out: Y.XmlText[] = [];
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) out.push(child);
    else if (child instanceof Y.XmlElement) out.push(...textsOf(child));
  }
  return out;
}

function runsOf(text: Y.XmlText): Run[] {
  const runs: Run[] = [];
  let index = 0;
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert === 'string') {
      runs.push({ index, length: op.insert.length, text: op.insert, attributes: op.attributes ?? {} });
      index += op.insert.length;
    } else {
      index += 1;
    }
  }
  return runs;
}

/** The open suggestions of the section's rich-text parts, goal descriptions included, in document order. */
export function readSuggestions(doc: Y.Doc): OpenSuggestion[] {
  const found = new Map<string, OpenSuggestion>();
  for (const { part, fragment } of suggestionFragments(doc)) {
    for (const text of textsOf(fragment)) {
      for (const run of runsOf(text)) {
        for (const [key, field] of [
          [SUGGESTION_INSERT, 'inserted'],
          [SUGGESTION_DELETE, 'deleted'],
        ] as const) {
          const attrs = suggestionAttrs(run.attributes[key]);
          if (attrs === null) continue;
          const id = suggestionKey(attrs);
          const entry = found.get(id) ?? { ...attrs, part, inserted: '', deleted: '' };
          entry[field] += run.text;
          found.set(id, entry);
        }
      }
    }
  }
  return [...found.values()];
}

export type SuggestionDecision = 'accept' | 'reject';

/**
 * Applies a decision to the suggestions `select` picks, in one part of the document or all: accepting
 * keeps an insertion's text (unmarked) and removes a deletion's; rejecting (or withdrawing) removes an
 * insertion's text and keeps a deletion's (unmarked). Returns the suggestions decided, as they were.
 * Runs in the caller's Yjs transaction.
 */
export function decideSuggestions(
  doc: Y.Doc,
  select: (s: SuggestionAttrs) => boolean,
  decision: SuggestionDecision,
): OpenSuggestion[] {
  const decided = readSuggestions(doc).filter((s) => select(s));
  if (decided.length === 0) return [];
  const chosen = new Set(decided.map(suggestionKey));
  const picked = (value: unknown): boolean => {
    const attrs = suggestionAttrs(value);
    return attrs !== null && chosen.has(suggestionKey(attrs));
  };
  for (const { fragment } of suggestionFragments(doc)) {
    for (const text of textsOf(fragment)) {
      const removals: Run[] = [];
      for (const run of runsOf(text)) {
        const insert = picked(run.attributes[SUGGESTION_INSERT]);
        const del = picked(run.attributes[SUGGESTION_DELETE]);
        if (!insert && !del) continue;
        const removesText = (insert && decision === 'reject') || (del && decision === 'accept');
        if (removesText) removals.push(run);
        else {
          const clear: Record<string, null> = {};
          if (insert) clear[SUGGESTION_INSERT] = null;
          if (del) clear[SUGGESTION_DELETE] = null;
          text.format(run.index, run.length, clear);
        }
      }
      // From the end, so the earlier runs keep their index.
      for (const run of removals.reverse()) text.delete(run.index, run.length);
    }
  }
  return decided;
}

const isSuggestionMark = (type: string): boolean => SUGGESTION_MARKS.includes(type);

function sameMarks(a: RichTextNode, b: RichTextNode): boolean {
  return JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);
}

/**
 * Rich text as it reads with no suggestion taken: insertions left out, deletions kept as plain text,
 * neighbouring text runs with the same marks joined (as rejecting every suggestion would store them).
 */
export function acceptedContent(node: RichTextNode): RichTextNode {
  if (node.type === 'text') {
    const marks = (node.marks ?? []).filter((m) => !isSuggestionMark(m.type));
    const out: RichTextNode = { type: 'text', text: node.text ?? '' };
    if (marks.length > 0) out.marks = marks;
    return out;
  }
  const content: RichTextNode[] = [];
  for (const child of node.content ?? []) {
    if (child.type === 'text' && (child.marks ?? []).some((m) => m.type === SUGGESTION_INSERT)) continue;
    const kept = acceptedContent(child);
    const last = content[content.length - 1];
    if (last?.type === 'text' && kept.type === 'text' && sameMarks(last, kept))
      content[content.length - 1] = { ...last, text: `${last.text ?? ''}${kept.text ?? ''}` };
    else content.push(kept);
  }
  const out: RichTextNode = { ...node };
  delete out.content;
  if (content.length > 0) out.content = content;
  return out;
}

/** Whether rich text holds any suggestion mark. */
export function holdsSuggestions(node: RichTextNode): boolean {
  if ((node.marks ?? []).some((m) => isSuggestionMark(m.type))) return true;
  return (node.content ?? []).some(holdsSuggestions);
}

/** The section's rich-text parts as they read with no suggestion taken (what is hashed and signed). */
export function acceptedSectionContent(content: SectionContent): SectionContent {
  const out = {} as SectionContent;
  for (const name of SECTION_FRAGMENTS) out[name] = acceptedContent(content[name]);
  return out;
}

/** Every goal's description through `map` (the rest of the structure as it is). */
export function mapGoalDescriptions(
  structure: SectionStructure,
  map: (description: RichTextNode) => RichTextNode,
): SectionStructure {
  return {
    ...structure,
    goals: structure.goals.map((g) => (g.description === null ? g : { ...g, description: map(g.description) })),
  };
}

/**
 * The structured parts as they read with no suggestion taken: goal descriptions as accepted text.
 * A description without suggestions is left exactly as read, so the hashes of versions frozen before
 * goal descriptions took suggestions stay what they were.
 */
export function acceptedStructure(structure: SectionStructure): SectionStructure {
  return mapGoalDescriptions(structure, (d) => (holdsSuggestions(d) ? acceptedContent(d) : d));
}

/** Whether any goal's description holds a suggestion mark. */
export function structureHoldsSuggestions(structure: SectionStructure): boolean {
  return structure.goals.some((g) => g.description !== null && holdsSuggestions(g.description));
}
