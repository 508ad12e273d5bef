import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '@iep/shared';

/** The bounds of the numeric fields, as the shared schemas set them. */
const NUMBER_BOUNDS: Record<string, readonly [number, number]> = {
  'services.frequency': [1, 40],
  'services.minutes': [1, 480],
};

export type IssueKind =
  | { kind: 'min'; min: number }
  | { kind: 'max'; max: number }
  | { kind: 'whole' }
  | { kind: 'date' }
  | { kind: 'other'; message: string };

/** What is wrong with a stored value, in terms the catalog can put into words. */
export function classifyIssue(issue: FieldIssue, raw: unknown): IssueKind {
  const bounds = NUMBER_BOUNDS[`${issue.path[0]}.${issue.path[2]}`];
  if (bounds !== undefined && typeof raw === 'number') {
    if (!Number.isInteger(raw)) return { kind: 'whole' };
    if (raw < bounds[0]) return { kind: 'min', min: bounds[0] };
    if (raw > bounds[1]) return { kind: 'max', max: bounds[1] };
  }
  if (issue.path[2] === 'startDate' || issue.path[2] === 'endDate') return { kind: 'date' };
  return { kind: 'other', message: issue.message };
}

/** A FieldIssue in the reader's language ("Must be at least 1"). */
export function useIssueMessage(): (issue: FieldIssue, raw: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (issue: FieldIssue, raw: unknown) => {
      const kind = classifyIssue(issue, raw);
      switch (kind.kind) {
        case 'min':
          return t('issues.min', { min: kind.min });
        case 'max':
          return t('issues.max', { max: kind.max });
        case 'whole':
          return t('issues.whole');
        case 'date':
          return t('issues.date');
        default:
          return t('issues.other', { message: kind.message });
      }
    },
    [t],
  );
}
