import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { GOAL_AREAS, type GoalArea } from '@iep/shared';
import { ApiError } from '../../api/http';

const isArea = (value: string): value is GoalArea => (GOAL_AREAS as readonly string[]).includes(value);

/** A proposal field (or the rationale) in words, for labels and lists of what is missing. */
export function useFieldLabel(): (field: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (field: string): string => {
      switch (field) {
        case 'area':
        case 'baseline':
        case 'condition':
        case 'behavior':
        case 'criterion':
        case 'timeframe':
        case 'measurement':
        case 'reporting':
          return t(`goals.fields.${field}`);
        case 'rationale':
          return t('proposals.rationale');
        default:
          return field;
      }
    },
    [t],
  );
}

export function useAreaLabel(): (area: string | null) => string {
  const { t } = useTranslation();
  return useCallback(
    (area: string | null) => (area !== null && isArea(area) ? t(`goals.areas.${area}`) : t('proposals.empty_value')),
    [t],
  );
}

const detailList = (details: unknown, key: 'missing' | 'fields'): string[] => {
  if (typeof details !== 'object' || details === null) return [];
  const value = (details as Record<string, unknown>)[key];
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) => {
    if (typeof v === 'string') return [v];
    if (typeof v === 'object' && v !== null && typeof (v as { field?: unknown }).field === 'string')
      return [(v as { field: string }).field];
    return [];
  });
};

/** An API error of a proposal action, in words. */
export function useProposalErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  const field = useFieldLabel();
  return useCallback(
    (error: unknown): string => {
      if (!(error instanceof ApiError)) return t('proposals.errors.generic');
      switch (error.code) {
        case 'SECTION_LOCKED':
          return t('proposals.errors.locked');
        case 'PROPOSAL_NOT_OPEN':
          return t('proposals.errors.notOpen');
        case 'PROPOSAL_INCOMPLETE':
          return t('proposals.errors.incomplete', {
            fields: detailList(error.details, 'missing').map(field).join(', '),
          });
        case 'PROPOSAL_TARGET_GONE':
          return t('proposals.errors.targetGone');
        case 'FORBIDDEN':
          return t('proposals.errors.forbidden');
        case 'VALIDATION_FAILED':
          return t('proposals.errors.validation', {
            fields: detailList(error.details, 'fields').map(field).join(', '),
          });
        default:
          return t('proposals.errors.generic');
      }
    },
    [t, field],
  );
}
