import type { TFunction } from 'i18next';

/**
 * A version's name in the reader's language: one saved by a workflow step (or a meeting, an accepted
 * proposal) is named by its reason from the catalogs; one saved by hand keeps the name its saver typed.
 */
export function versionName(version: { name: string; reason: string }, t: TFunction): string {
  if (version.reason === 'manual') return version.name;
  return t(`versionReasons.${version.reason}`, { defaultValue: version.name });
}
