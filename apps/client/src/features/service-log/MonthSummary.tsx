import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, Paper, Text, TextInput } from '@mantine/core';
import { dateTimeFormat, monthSummary, type ServiceRecord, type ServiceSessionView } from '@iep/shared';
import { isApiError } from '../../api/http';
import { useScheduleMakeUp } from './api';

/** Today as the reader's calendar has it (YYYY-MM-DD). */
export const localToday = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** "Friday, October 16" in the reader's language: a day the family can put on the calendar. */
export function formatDay(day: string, language: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return dateTimeFormat(language, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "November 2026" for "2026-11", in the reader's language. */
export function formatMonth(month: string, language: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return dateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The month `by` months from "YYYY-MM". */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/** The month's last day, "YYYY-MM-DD". */
export const lastDayOf = (month: string): string => {
  const next = new Date(`${shiftMonth(month, 1)}-01T00:00:00Z`);
  return new Date(next.getTime() - 86_400_000).toISOString().slice(0, 10);
};

interface MonthSummaryProps {
  entries: readonly ServiceSessionView[];
  services: readonly ServiceRecord[];
  /** The month shown, "YYYY-MM": the reader's current month unless they went back. */
  month: string;
}

/**
 * The month in plain words, for the family first: "Sessions this month: 6 of 8 (2 missed, make-up
 * scheduled for Friday, October 16)", or "Sessions in October 2026: …" for an earlier month, in the
 * reader's language.
 */
export function MonthSummary({ entries, services, month }: MonthSummaryProps) {
  const { t, i18n } = useTranslation();
  const today = localToday();
  const current = month === today.slice(0, 7);
  const name = formatMonth(month, i18n.language);
  const s = monthSummary(month, services, entries, today);
  const details = [
    s.missed > 0 ? t('serviceLog.month.missed', { count: s.missed }) : null,
    s.nextMakeUp ? t('serviceLog.month.makeUpOn', { date: formatDay(s.nextMakeUp, i18n.language) }) : null,
    s.unscheduled > 0 ? t('serviceLog.month.makeUpToSchedule', { count: s.unscheduled }) : null,
  ].filter((d): d is string => d !== null);
  const head = current
    ? s.planned === null
      ? t('serviceLog.month.sessions', { delivered: s.delivered })
      : t('serviceLog.month.sessionsOf', { delivered: s.delivered, planned: s.planned })
    : s.planned === null
      ? t('serviceLog.month.sessionsIn', { month: name, delivered: s.delivered })
      : t('serviceLog.month.sessionsOfIn', { month: name, delivered: s.delivered, planned: s.planned });
  return (
    <Paper withBorder p="sm" data-testid="service-month-summary">
      <Text fw={700} size="lg">
        {details.length > 0 ? t('serviceLog.month.withDetails', { head, details: details.join(', ') }) : head}
      </Text>
      <Text size="sm">{t('serviceLog.month.explain')}</Text>
    </Paper>
  );
}

interface MonthChooserProps {
  month: string;
  /** The latest month there is to show (the reader's current one). */
  latest: string;
  onChange: (month: string) => void;
}

/** Earlier and later months of the log, one at a time, the month shown named between the buttons. */
export function MonthChooser({ month, latest, onChange }: MonthChooserProps) {
  const { t, i18n } = useTranslation();
  const name = formatMonth(month, i18n.language);
  return (
    <Group gap="xs" wrap="wrap" data-testid="service-month-chooser">
      <Button size="compact-sm" variant="default" onClick={() => onChange(shiftMonth(month, -1))}>
        {t('serviceLog.monthChooser.previous')}
      </Button>
      <Text fw={600} aria-live="polite" data-testid="service-month-shown">
        {t('serviceLog.monthChooser.shown', { month: name })}
      </Text>
      <Button
        size="compact-sm"
        variant="default"
        disabled={month >= latest}
        onClick={() => onChange(shiftMonth(month, 1))}
      >
        {t('serviceLog.monthChooser.next')}
      </Button>
    </Group>
  );
}

/** The OT gives a make-up owed its day (or moves it); everyone reads the day on the entry. */
export function MakeUpScheduler({ sectionId, entry }: { sectionId: string; entry: ServiceSessionView }) {
  const { t, i18n } = useTranslation();
  const schedule = useScheduleMakeUp(sectionId);
  const [date, setDate] = useState(entry.makeUpScheduledFor ?? '');
  const error = schedule.error
    ? isApiError(schedule.error)
      ? t(`serviceLog.errors.${schedule.error.code}`, { defaultValue: t('serviceLog.errors.generic') })
      : t('serviceLog.errors.generic')
    : null;
  const label = t('serviceLog.makeUp.dateLabel', { date: formatDay(entry.date, i18n.language) });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (date) schedule.mutate({ id: entry.id, date });
      }}
    >
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          size="xs"
          required
          label={label}
          value={date}
          min={entry.date}
          onChange={(e) => setDate(e.currentTarget.value)}
          data-testid="make-up-date"
        />
        <Button type="submit" size="compact-sm" loading={schedule.isPending} data-testid="make-up-schedule">
          {entry.makeUpScheduledFor ? t('serviceLog.makeUp.move') : t('serviceLog.makeUp.schedule')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" role="alert" mt={4}>
          {error}
        </Alert>
      )}
    </form>
  );
}
