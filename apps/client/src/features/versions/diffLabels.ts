import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACCOMMODATION_KINDS,
  GOAL_AREAS,
  GOAL_TEXT_FIELDS,
  goalProvenanceSchema,
  SERVICE_GROUPINGS,
  SERVICE_MODELS,
  SERVICE_PERIODS,
  SERVICE_PROVIDERS,
  TRANSITION_AREAS,
  type RecordChange,
} from '@iep/shared';
import { useProvenanceText } from '../proposals/GoalProvenanceNote';
import { describeValue } from './diffSummary';

type Root = RecordChange['root'];

const SERVICE_FIELDS = [
  'model',
  'frequency',
  'period',
  'minutes',
  'grouping',
  'location',
  'provider',
  'startDate',
  'endDate',
] as const;

const oneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

/** Names and values of a record's fields as people read them: labels from the forms, choices in words. */
export function useDiffLabels() {
  const { t } = useTranslation();
  const provenanceText = useProvenanceText();

  const recordLabel = useCallback(
    (root: Root, id: string): string =>
      root === 'areasOfNeed' && oneOf(GOAL_AREAS, id)
        ? `${t('versions.roots.areasOfNeed')} (${t(`goals.areas.${id}`)})`
        : t(`versions.roots.${root}`),
    [t],
  );

  const fieldLabel = useCallback(
    (root: Root, field: string): string => {
      if (root === 'goals') {
        if (field === 'objectives') return t('goals.objectives');
        if (field === 'description') return t('goals.description');
        if (field === 'provenance') return t('proposals.provenanceLabel');
        if (field === 'area' || oneOf(GOAL_TEXT_FIELDS, field)) return t(`goals.fields.${field}`);
      }
      if (root === 'services' && oneOf(SERVICE_FIELDS, field)) return t(`services.fields.${field}`);
      if (root === 'accommodations' && field === 'kind') return t('accommodations.kindLabel');
      if (root === 'accommodations' && field === 'text') return t('accommodations.textLabel');
      if (root === 'transitionGoals' && field === 'area') return t('transition.areaLabel');
      if (root === 'transitionGoals' && field === 'goal') return t('transition.goalLabel');
      if (root === 'areasOfNeed' && field === 'selected') return t('needs.checked');
      if (root === 'areasOfNeed' && field === 'note') return t('versions.fields.note');
      return field;
    },
    [t],
  );

  /** A choice's label (an area, a delivery model...), else the text itself. */
  const choice = useCallback(
    (root: Root, field: string, v: string): string => {
      if (root === 'goals' && field === 'area' && oneOf(GOAL_AREAS, v)) return t(`goals.areas.${v}`);
      if (root === 'transitionGoals' && field === 'area' && oneOf(TRANSITION_AREAS, v))
        return t(`transition.areas.${v}`);
      if (root === 'accommodations' && field === 'kind' && oneOf(ACCOMMODATION_KINDS, v))
        return t(`accommodations.kinds.${v}`);
      if (root === 'services') {
        if (field === 'model' && oneOf(SERVICE_MODELS, v)) return t(`services.options.model.${v}`);
        if (field === 'period' && oneOf(SERVICE_PERIODS, v)) return t(`services.options.period.${v}`);
        if (field === 'grouping' && oneOf(SERVICE_GROUPINGS, v)) return t(`services.options.grouping.${v}`);
        if (field === 'provider' && oneOf(SERVICE_PROVIDERS, v)) return t(`services.options.provider.${v}`);
      }
      return v;
    },
    [t],
  );

  const valueText = useCallback(
    (root: Root, field: string, v: unknown): string => {
      const provenance = goalProvenanceSchema.safeParse(v);
      if (provenance.success) return provenanceText(provenance.data);
      if (typeof v === 'boolean') return v ? t('versions.on') : t('versions.off');
      return describeValue(v, t('versions.emptyText'), (s) => choice(root, field, s));
    },
    [t, provenanceText, choice],
  );

  return { recordLabel, fieldLabel, valueText };
}
