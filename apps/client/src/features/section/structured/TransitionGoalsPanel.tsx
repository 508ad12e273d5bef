import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import * as Y from 'yjs';
import {
  addTransitionGoal,
  TRANSITION_AREAS,
  type FieldIssue,
  type RemovedRecord,
  type TransitionArea,
  type transitionGoalFieldSchemas,
  type TransitionGoalRecord,
} from '@iep/shared';
import { YTextInput } from './YTextInput';
import { useIssueMessage } from './issueMessage';
import { transitionAge } from './transitionAge';
import { clip, RemoveControl, RemovedItems, recordRemoval, type Remover } from './Removal';

function isTransitionArea(value: string): value is TransitionArea {
  return (TRANSITION_AREAS as readonly string[]).includes(value);
}

interface TransitionGoalsPanelProps {
  doc: Y.Doc;
  transitionGoals: TransitionGoalRecord[];
  removed: RemovedRecord<typeof transitionGoalFieldSchemas>[];
  issues: FieldIssue[];
  editable: boolean;
  remover: Remover;
  dateOfBirth: string | null;
  meetingDate: string | null;
  today: string;
}

/** Post-secondary transition goals; the heading (id `transitionGoals`) is the compliance check's target. */
export function TransitionGoalsPanel({
  doc,
  transitionGoals,
  removed,
  issues,
  editable,
  remover,
  dateOfBirth,
  meetingDate,
  today,
}: TransitionGoalsPanelProps) {
  const { t } = useTranslation();
  const map = doc.getMap<unknown>('transitionGoals');
  const removal = recordRemoval(doc, 'transitionGoals', remover);
  const age = transitionAge(dateOfBirth, meetingDate, today);

  return (
    <section className="structured-panel" aria-labelledby="transitionGoals" data-testid="transition-goals-panel">
      <Title order={2} id="transitionGoals" tabIndex={-1}>
        {t('transition.title')}
      </Title>
      <Text size="sm" c="dimmed" className="structured-panel__hint">
        {t('transition.hint')}
      </Text>
      {age !== null && (
        <Text
          size="sm"
          mt="xs"
          fw={age >= 14 ? 700 : undefined}
          data-testid="transition-required"
          data-required={age >= 14 ? 'true' : 'false'}
        >
          {age >= 14 ? t('transition.required', { age }) : t('transition.notYetRequired', { age })}
        </Text>
      )}
      <Stack gap="md" mt="sm">
        {transitionGoals.length === 0 && <Text>{t('transition.empty')}</Text>}
        {transitionGoals.map((goal, index) => {
          const row = map.get(goal.id);
          return row instanceof Y.Map ? (
            <TransitionGoalRow
              key={goal.id}
              id={goal.id}
              row={row as Y.Map<unknown>}
              number={index + 1}
              issues={issues.filter((i) => i.path[0] === 'transitionGoals' && i.path[1] === goal.id)}
              editable={editable}
              onRemove={() => {
                const neighbour = transitionGoals[index + 1] ?? transitionGoals[index - 1];
                removal.remove(
                  goal.id,
                  neighbour === undefined ? 'add-transition-goal' : `transitionGoals-${neighbour.id}-remove`,
                );
              }}
            />
          ) : null;
        })}
      </Stack>
      {editable && (
        <RemovedItems
          testId="removed-transition-goals"
          entries={removed.map((goal) => ({
            id: `transitionGoals-${goal.id}-restore`,
            label: t('removal.transitionGoal', {
              summary:
                [goal.area === null ? '' : t(`transition.areas.${goal.area}`), clip(goal.goal)]
                  .filter(Boolean)
                  .join(' — ') || t('removal.untitled'),
            }),
            removal: goal.removal,
            onRestore: () => removal.restore(goal.id),
          }))}
        />
      )}
      {editable && (
        <Button
          mt="md"
          id="add-transition-goal"
          data-testid="add-transition-goal"
          onClick={() => {
            const id = addTransitionGoal(doc);
            requestAnimationFrame(() =>
              requestAnimationFrame(() => document.getElementById(`transitionGoals-${id}-area`)?.focus()),
            );
          }}
        >
          {t('transition.add')}
        </Button>
      )}
    </section>
  );
}

interface TransitionGoalRowProps {
  id: string;
  row: Y.Map<unknown>;
  number: number;
  issues: FieldIssue[];
  editable: boolean;
  onRemove: () => void;
}

function TransitionGoalRow({ id, row, number, issues, editable, onRemove }: TransitionGoalRowProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const issueMessage = useIssueMessage();
  const errorOf = (field: string): string | undefined => {
    const issue = issues.find((i) => i.path[2] === field);
    return issue === undefined ? undefined : issueMessage(issue, row.get(field));
  };
  const rawArea = row.get('area');
  const area = typeof rawArea === 'string' && isTransitionArea(rawArea) ? rawArea : '';
  const goal = row.get('goal');

  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-labelledby={headingId}
      id={`transitionGoals-${id}`}
      tabIndex={-1}
      data-testid="transition-goal-row"
    >
      <Group justify="space-between" align="center" mb="sm" wrap="wrap">
        <Title order={3} id={headingId}>
          {t('transition.rowTitle', { number })}
        </Title>
        {editable && (
          <RemoveControl
            id={`transitionGoals-${id}-remove`}
            testId="transition-goal-remove"
            item={t('transition.rowTitle', { number })}
            onConfirm={onRemove}
          />
        )}
      </Group>
      <Stack gap="sm">
        <NativeSelect
          id={`transitionGoals-${id}-area`}
          data-testid="transition-goal-area"
          label={t('transition.areaLabel')}
          value={area}
          error={errorOf('area')}
          disabled={!editable}
          onChange={(event) => {
            const next = event.currentTarget.value;
            row.set('area', isTransitionArea(next) ? next : null);
          }}
          data={[
            { value: '', label: t('transition.choose') },
            ...TRANSITION_AREAS.map((a) => ({ value: a, label: t(`transition.areas.${a}`) })),
          ]}
        />
        {goal instanceof Y.Text ? (
          <YTextInput
            ytext={goal}
            id={`transitionGoals-${id}-goal`}
            testId="transition-goal-text"
            label={t('transition.goalLabel')}
            description={t('transition.goalHint')}
            error={errorOf('goal')}
            multiline
            readOnly={!editable}
            maxLength={2000}
          />
        ) : (
          <Text size="sm" id={`transitionGoals-${id}-goal`} tabIndex={-1}>
            {t('goals.unreadableField', { field: t('transition.goalLabel') })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
