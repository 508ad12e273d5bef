import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { formatDate } from '../../lib/format';
import { useProgressAction, useProgressSchedule } from './api';

/** The plan's reporting schedule: a first due date, then every N weeks; the OT sets it. */
export function ProgressSchedule({ sectionId, canSet }: { sectionId: string; canSet: boolean }) {
  const { t, i18n } = useTranslation();
  const schedule = useProgressSchedule(sectionId);
  const action = useProgressAction(sectionId);
  const [firstDue, setFirstDue] = useState('');
  const [everyWeeks, setEveryWeeks] = useState<number>(9);
  const current = schedule.data ?? null;

  return (
    <Stack gap="xs">
      <Title order={3}>{t('progressReports.schedule.title')}</Title>
      <Text size="sm" data-testid="progress-schedule">
        {current
          ? t('progressReports.schedule.next', {
              dates: current.dueDates.map((d) => formatDate(d, i18n.language)).join(', '),
            })
          : t('progressReports.schedule.none')}
      </Text>
      {canSet && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            action.mutate({ kind: 'schedule', body: { firstDue, everyWeeks } });
          }}
        >
          <Group gap="sm" align="end" wrap="wrap">
            <TextInput
              type="date"
              label={t('progressReports.schedule.firstDue')}
              value={firstDue}
              onChange={(e) => setFirstDue(e.currentTarget.value)}
              required
            />
            <NumberInput
              label={t('progressReports.schedule.everyWeeks')}
              value={everyWeeks}
              min={1}
              max={52}
              onChange={(v) => setEveryWeeks(typeof v === 'number' ? v : Number(v) || 1)}
            />
            <Button type="submit" variant="default" loading={action.isPending}>
              {t('progressReports.schedule.set')}
            </Button>
          </Group>
          {action.isError && <Text role="alert">{t('progressReports.errors.generic')}</Text>}
        </form>
      )}
    </Stack>
  );
}
