import type { TFunction } from 'i18next';
import type { DataPointView, MeasureScale } from '@iep/shared';

const LEVELS = ['1', '2', '3', '4', '5'] as const;

/** A rubric level's words, from the catalogs ("Level 2: Beginning"'s "Beginning"). */
export function rubricLabel(t: TFunction, level: number): string {
  return t(`goalData.rubric.${LEVELS[Math.min(5, Math.max(1, Math.round(level))) - 1] ?? '1'}`);
}

const pad = (n: number): string => String(n).padStart(2, '0');
const round1 = (n: number): number => Math.round(n * 10) / 10;

/** A point's result in words: "3 of 5 (60%)", "70%", "Level 2: Emerging", "1 min 30 s". */
export function resultText(t: TFunction, p: DataPointView): string {
  switch (p.kind) {
    case 'trials':
      return t('goalData.value.trials', { correct: p.correct, total: p.total, percentage: p.percentage });
    case 'percentage':
      return t('goalData.value.percentage', { percentage: p.percentage });
    case 'rubric':
      return t('goalData.value.rubric', { level: p.level, label: rubricLabel(t, p.level ?? 1) });
    case 'duration':
      return durationText(t, p.seconds ?? 0);
  }
}

export function durationText(t: TFunction, seconds: number): string {
  return t('goalData.value.duration', { minutes: Math.floor(seconds / 60), seconds: Math.round(seconds % 60) });
}

/** A value on the chart's scale, as the axis and the legend write it. */
export function scaleText(t: TFunction, scale: MeasureScale, value: number): string {
  if (scale === 'percent') return t('goalData.value.percentage', { percentage: round1(value) });
  if (scale === 'rubric') return t('goalData.value.level', { level: round1(value) });
  const s = Math.max(0, Math.round(value));
  return `${Math.floor(s / 60)}:${pad(s % 60)}`;
}
