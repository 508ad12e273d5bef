import { z } from 'zod';
import { presenceColor, type PresenceUser } from '@iep/shared';

/** One person in the presence bar. Several tabs of the same person are one entry. */
export interface PresenceEntry {
  userId: string;
  name: string;
  role: string;
  color: string;
  initials: string;
  isSelf: boolean;
}

/** The identity the server stamps on each awareness state, as `state.user`. */
const awarenessStateSchema = z.object({
  user: z.object({
    userId: z.string().min(1),
    name: z.string(),
    role: z.string(),
    color: z.string().optional(),
  }),
});

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Up to two letters: first and last word of the name. A parenthesised note ("Olivia Torres (OT)")
 * is not part of the name, and punctuation is never an initial.
 */
export function initialsOf(name: string): string {
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((word) => LETTER.test(word));
  const first = words[0];
  if (first === undefined) return '?';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letter = (word: string): string =>
    (Array.from(word).find((char) => LETTER.test(char)) ?? '').toLocaleUpperCase();
  return letter(first) + (last === undefined ? '' : letter(last));
}

function entryFrom(user: PresenceUser, isSelf: boolean): PresenceEntry {
  const name = user.name.trim() || user.userId;
  return {
    userId: user.userId,
    name,
    role: user.role,
    color: HEX_COLOR.test(user.color) ? user.color : presenceColor(user.userId),
    initials: initialsOf(name),
    isSelf,
  };
}

/**
 * Who is here, from the awareness states (client id -> state). States without a valid `user` are
 * skipped; a person present in several tabs shows once; the local user is always included and
 * listed first, then the others by name.
 */
export function presenceEntries(states: Iterable<[number, unknown]>, self: PresenceUser): PresenceEntry[] {
  const byUser = new Map<string, PresenceEntry>();
  byUser.set(self.userId, entryFrom(self, true));
  for (const [, state] of states) {
    const parsed = awarenessStateSchema.safeParse(state);
    if (!parsed.success) continue;
    const user = parsed.data.user;
    if (byUser.has(user.userId)) continue;
    byUser.set(user.userId, entryFrom({ ...user, color: user.color ?? '' }, false));
  }
  const others = [...byUser.values()]
    .filter((entry) => !entry.isSelf)
    .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
  const me = byUser.get(self.userId);
  return me === undefined ? others : [me, ...others];
}

/** A stable signature of the list, to skip re-rendering when nothing visible changed. */
export function presenceSignature(entries: readonly PresenceEntry[]): string {
  return entries.map((entry) => [entry.userId, entry.name, entry.role, entry.color].join('\u0001')).join('\u0002');
}
