import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import {
  goalMeasure,
  kindsFor,
  scaleOfKind,
  type DataPointView,
  type GoalRecord,
  type SectionAbilities,
} from '@iep/shared';
import { useSectionRoom } from '../../realtime/RealtimeProvider';
import { usePersonLabel } from '../../i18n/labels';
import { formatDate } from '../../lib/format';
import { useDataPointCosign, useGoalData } from './api';
import { resultText } from './format';
import { DataPointForm } from './DataPointForm';
import { GoalChart } from './GoalChart';
import { GoalDataTable } from './GoalDataTable';

interface GoalDataPanelProps {
  sectionId: string;
  goals: GoalRecord[];
  abilities: SectionAbilities;
}

/**
 * "Goal data" (issue 22), on an approved section: per goal a chart of its data points with the
 * baseline, the criterion and the trend, a table of the same data on demand, and (for the OT and
 * OTA) a form to add a point. Everyone on the team and the family read it.
 */
export function GoalDataPanel({ sectionId, goals, abilities }: GoalDataPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  // Others' points arrive as `goal-data:changed` in the section's room (realtime/eventQueries.ts refetches).
  useSectionRoom(sectionId);
  const data = useGoalData(sectionId);

  return (
    <section aria-labelledby={headingId} className="structured-panel" data-testid="goal-data-panel">
      <Stack gap="sm">
        <Title order={2} id={headingId}>
          {t('goalData.title')}
        </Title>
        <Text size="sm">{t('goalData.intro')}</Text>
        {data.isPending ? (
          <Loader size="sm" aria-label={t('goalData.loading')} />
        ) : data.isError ? (
          <Alert color="red" role="alert">
            {t('goalData.loadError')}
          </Alert>
        ) : goals.length === 0 ? (
          <Text>{t('goalData.noGoals')}</Text>
        ) : (
          goals.map((goal, i) => (
            <GoalCard
              key={goal.id}
              sectionId={sectionId}
              goal={goal}
              n={i + 1}
              points={data.data.filter((p) => p.goalId === goal.id)}
              canRecord={abilities.recordGoalData}
              canCosign={abilities.cosignSessions}
            />
          ))
        )}
      </Stack>
    </section>
  );
}

interface GoalCardProps {
  sectionId: string;
  goal: GoalRecord;
  n: number;
  points: DataPointView[];
  canRecord: boolean;
  canCosign: boolean;
}

function GoalCard({ sectionId, goal, n, points, canRecord, canCosign }: GoalCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const tableId = useId();
  const [table, setTable] = useState(false);
  const [adding, setAdding] = useState(false);
  const measure = goalMeasure(goal);
  const kinds = kindsFor(
    measure,
    points.map((p) => p.kind),
  );
  const first = points[0];
  const scale = measure.scale ?? (first ? scaleOfKind(first.kind) : null);
  const goalLabel = t('goalData.goalLabel', { n });
  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      aria-labelledby={headingId}
      data-testid="goal-data-goal"
      data-goal-id={goal.id}
    >
      <Stack gap="xs">
        <Title order={3} id={headingId} size="h4">
          {t('goalData.goalName', { n, text: goal.behavior || '…' })}
        </Title>
        <Text size="sm">{t(`goalData.measure.${scale ?? 'none'}`)}</Text>
        {points.length === 0 ? (
          <Text size="sm">{t('goalData.empty')}</Text>
        ) : (
          scale && <GoalChart points={points} measure={measure} scale={scale} goalLabel={goalLabel} />
        )}
        <Group gap="xs">
          {points.length > 0 && (
            <Button
              variant="default"
              size="xs"
              aria-expanded={table}
              aria-controls={tableId}
              onClick={() => setTable((v) => !v)}
              data-testid="goal-data-table-toggle"
            >
              {table ? t('goalData.table.hide') : t('goalData.table.show')}
            </Button>
          )}
          {canRecord && !adding && (
            <Button size="xs" onClick={() => setAdding(true)} data-testid="goal-data-add">
              {t('goalData.form.add')}
            </Button>
          )}
        </Group>
        {canCosign && <PendingPoints sectionId={sectionId} points={points} />}
        <div id={tableId}>
          {table && (
            <GoalDataTable points={points} caption={t('goalData.table.caption', { n, text: goal.behavior || '…' })} />
          )}
        </div>
        {adding && (
          <DataPointForm
            sectionId={sectionId}
            goalId={goal.id}
            goalLabel={goalLabel}
            kinds={kinds}
            onDone={() => setAdding(false)}
          />
        )}
      </Stack>
    </Paper>
  );
}

/** The supervising OT's list of an OTA's points awaiting their co-signature, each signed as read. */
function PendingPoints({ sectionId, points }: { sectionId: string; points: DataPointView[] }) {
  const { t, i18n } = useTranslation();
  const person = usePersonLabel();
  const cosign = useDataPointCosign(sectionId);
  const pending = points.filter((p) => p.cosignStatus === 'awaiting');
  if (pending.length === 0) return null;
  return (
    <Stack gap={4} data-testid="goal-data-pending">
      <Text size="sm" fw={700}>
        {t('goalData.cosign.title', { count: pending.length })}
      </Text>
      {pending.map((p) => (
        <Group key={p.id} gap="xs" wrap="wrap">
          <Text size="sm">
            {t('goalData.cosign.line', {
              date: formatDate(p.date, i18n.language),
              result: resultText(t, p),
              by: person(p.recordedBy),
            })}
          </Text>
          <Button
            size="compact-sm"
            loading={cosign.isPending && cosign.variables?.id === p.id}
            onClick={() => cosign.mutate({ id: p.id, version: p.version })}
            data-testid="goal-data-cosign"
            aria-label={t('goalData.cosign.buttonLabel', {
              date: formatDate(p.date, i18n.language),
              by: person(p.recordedBy),
            })}
          >
            {t('goalData.cosign.button')}
          </Button>
        </Group>
      ))}
      {cosign.isError && (
        <Alert color="red" role="alert">
          {t('goalData.cosign.failed')}
        </Alert>
      )}
    </Stack>
  );
}
