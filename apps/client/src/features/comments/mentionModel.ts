/**
 * @-mentions typed in a comment: the `@query` being typed at the caret, the team members it
 * matches, the text once one is picked, and which picked people the text still names when it is
 * sent. Pure functions; CommentForm holds the state.
 */

export interface Mentionable {
  id: string;
  name: string;
}

/** The `@query` typed just before the caret: where its `@` is and the letters after it. */
export interface MentionQuery {
  /** Index of the `@` in the text. */
  start: number;
  /** Index just past the query (the caret). */
  end: number;
  query: string;
}

/** Longest query looked at (a name and a half): beyond it, the `@` is taken as plain text. */
const QUERY_MAX = 40;
const MENTION_BEFORE_CARET = new RegExp(`(?:^|[\\s(])@([\\p{L}\\p{N}'’.\\- ]{0,${QUERY_MAX}})$`, 'u');
/** Most suggestions offered at once. */
export const SUGGESTIONS_MAX = 8;

/** Lower case without accents, so "jose" finds "José" and "to" finds "Tom". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * The mention being typed at `caret`, or null: an `@` at the start of the text or after a space or
 * an opening bracket, followed by letters (names may hold spaces, hyphens, apostrophes and dots),
 * with no line break in between. An e-mail address ("a@b") is not a mention.
 */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  const match = MENTION_BEFORE_CARET.exec(text.slice(0, caret));
  if (match === null) return null;
  const query = match[1] ?? '';
  // A space first, or two in a row, ends it: "@ " is an at sign.
  if (query.startsWith(' ') || query.includes('  ')) return null;
  return { start: caret - query.length - 1, end: caret, query };
}

/**
 * The people whose name matches the query: the whole name starting with it first, then a later
 * word of it (so "to" offers "Tom Baker" before "Olivia Torres"), in the team's order otherwise.
 */
export function matchMembers<T extends Mentionable>(members: readonly T[], query: string): T[] {
  const q = fold(query.trim());
  const rank = (m: T): number => {
    const name = fold(m.name);
    if (name.startsWith(q)) return 0;
    if (name.split(/[\s(\-'’.]+/u).some((word) => word.startsWith(q))) return 1;
    return 2;
  };
  return members
    .map((m, i) => ({ m, i, r: rank(m) }))
    .filter((x) => x.r < 2)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, SUGGESTIONS_MAX)
    .map((x) => x.m);
}

/** The text with the typed `@query` replaced by `@Name ` and where the caret goes after it. */
export function insertMention(text: string, at: MentionQuery, name: string): { text: string; caret: number } {
  const inserted = `@${name} `;
  const rest = text.slice(at.end).replace(/^ /, '');
  return { text: text.slice(0, at.start) + inserted + rest, caret: at.start + inserted.length };
}

/** The picked people the text still names with `@Name` (a mention deleted from the text is dropped). */
export function mentionedIn(text: string, picked: readonly Mentionable[]): string[] {
  return [...new Set(picked.filter((p) => text.includes(`@${p.name}`)).map((p) => p.id))];
}
