import type { TFunction } from 'i18next';
import { SECTION_FRAGMENTS, type SectionFragment } from '@iep/shared';

function isFragment(part: string): part is SectionFragment {
  return (SECTION_FRAGMENTS as readonly string[]).includes(part);
}

/** "Present levels", "A goal", "A service", "An accommodation". */
export function partLabel(t: TFunction, part: string): string {
  if (isFragment(part)) return t(`section.fragments.${part}`);
  const root = part.split('/')[0];
  if (root === 'goals') return t('comments.parts.goal');
  if (root === 'services') return t('comments.parts.service');
  if (root === 'accommodations') return t('comments.parts.accommodation');
  return t('comments.parts.other');
}
