import type { ParseKeys } from 'i18next';
import type { ConnectionState } from './connectionState';

/**
 * What a screen reader hears about saving: only what matters. Going offline, and every change saved
 * once back; never the "Saving… / Saved" that flickers while someone types.
 */
export function saveAnnouncement(
  previous: ConnectionState,
  next: ConnectionState,
  offlineSinceSaved: boolean,
): ParseKeys | null {
  if (next === previous) return null;
  if (next === 'offline') return 'statusInView.offline';
  if (next === 'saved' && offlineSinceSaved) return 'statusInView.savedAgain';
  return null;
}
