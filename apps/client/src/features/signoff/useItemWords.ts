import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GOAL_AREAS, type GoalArea } from '@iep/shared';
import type { ItemWords } from './signoffModel';

const isGoalArea = (v: string | null): v is GoalArea => v !== null && (GOAL_AREAS as readonly string[]).includes(v);

/** Goals, services and accommodations named the way the section page names them. */
export function useItemWords(): ItemWords {
  const { t } = useTranslation();
  return useMemo<ItemWords>(
    () => ({
      goal: (number, goal) => {
        const what = [isGoalArea(goal.area) ? t(`goals.areas.${goal.area}`) : '', goal.behavior ?? '']
          .filter((s) => s.trim() !== '')
          .join(' — ');
        return t('signoff.items.goal', { number, what: what === '' ? t('signoff.items.noDetail') : what });
      },
      service: (number, service) => {
        const parts = [
          service.model === null ? '' : t(`services.options.model.${service.model}`),
          service.minutes !== null && service.frequency !== null && service.period !== null
            ? t('signoff.items.serviceTime', {
                minutes: service.minutes,
                frequency: service.frequency,
                period: t(`services.options.period.${service.period}`),
              })
            : '',
          service.location ?? '',
        ].filter((s) => s.trim() !== '');
        return t('signoff.items.service', {
          number,
          what: parts.length === 0 ? t('signoff.items.noDetail') : parts.join(', '),
        });
      },
      accommodation: (number, item) =>
        t('signoff.items.accommodation', {
          number,
          kind: t(`accommodations.kinds.${item.kind ?? 'accommodation'}`),
          what: (item.text ?? '').trim() === '' ? t('signoff.items.noDetail') : (item.text ?? ''),
        }),
    }),
    [t],
  );
}
