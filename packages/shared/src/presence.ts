/** The identity the server stamps on each awareness state: clients cannot claim another's name. */
export interface PresenceUser {
  userId: string;
  name: string;
  role: string;
  color: string;
}

/** Colours with at least 4.5:1 contrast against white text, for carets and avatars. */
const PRESENCE_COLORS = ['#1f6feb', '#b42318', '#027a48', '#7a2e98', '#b54708', '#0e7490', '#9f1853', '#4a5a0f'];

export function presenceColor(userId: string): string {
  let h = 0;
  for (let i = 0; i < userId.length; i++) h = (h * 31 + userId.charCodeAt(i)) >>> 0;
  return PRESENCE_COLORS[h % PRESENCE_COLORS.length] ?? '#1f6feb';
}
