import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, Stack, Text } from '@mantine/core';
import { goalMeasure, kindsFor, type GoalRecord, type ServiceSessionView } from '@iep/shared';
import { DataPointForm } from './DataPointForm';

interface SessionGoalDataProps {
  sectionId: string;
  session: ServiceSessionView;
  goals: GoalRecord[];
}

/**
 * After a session is logged: a data point for each goal worked on, linked to the session and dated
 * with it. Shown in the session form, which only those who log sessions (the OT) see.
 */
export function SessionGoalData({ sectionId, session, goals }: SessionGoalDataProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string[]>([]);
  const worked = goals.map((g, i) => ({ goal: g, n: i + 1 })).filter(({ goal }) => session.goalIds.includes(goal.id));
  if (session.status !== 'delivered' || worked.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="session-goal-data" data-session-date={session.date}>
      <Text fw={600}>{t('goalData.session.title')}</Text>
      {worked.map(({ goal, n }) =>
        open === goal.id ? (
          <DataPointForm
            key={goal.id}
            sectionId={sectionId}
            goalId={goal.id}
            goalLabel={t('goalData.goalLabel', { n })}
            kinds={kindsFor(goalMeasure(goal))}
            session={{ id: session.id, date: session.date }}
            onSaved={() => setDone((prev) => [...prev, goal.id])}
            onDone={() => setOpen(null)}
          />
        ) : (
          <Group key={goal.id} gap="xs">
            <Button
              size="xs"
              variant="default"
              onClick={() => setOpen(goal.id)}
              data-testid={`session-goal-add-${goal.id}`}
            >
              {t('goalData.session.add', { n })}
            </Button>
            {done.includes(goal.id) && <Text size="sm">{t('goalData.form.saved')}</Text>}
          </Group>
        ),
      )}
    </Stack>
  );
}
