import { memo, useCallback, useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import * as Y from 'yjs';
import {
  addGoal,
  addObjective,
  GOAL_AREAS,
  GOAL_TEXT_FIELDS,
  goalMeasurability,
  moveInList,
  removeObjective,
  restoreObjective,
  splitObjectives,
  type goalFieldSchemas,
  type GoalArea,
  type GoalRecord,
  type GoalTextField,
  type KnownFacts,
  type RemovedRecord,
} from '@iep/shared';
import { YTextInput } from './YTextInput';
import { GoalBankButton } from '../../goal-bank/GoalBankDialog';
import { usePendingFocus } from './usePendingFocus';
import { GoalDescriptionEditor } from './GoalDescriptionEditor';
import type { SuggestionAuthor } from '../../../editor/suggestions';
import { GoalProvenanceNote } from '../../proposals/GoalProvenanceNote';
import { CommentButton } from '../../comments/CommentButton';
import { clip, focusSoon, removalNow, RemoveControl, RemovedItems, recordRemoval, type Remover } from './Removal';

const MULTILINE: ReadonlySet<GoalTextField> = new Set(['baseline', 'behavior', 'measurement']);
const MAX_OBJECTIVES = 12;

function isGoalArea(value: string): value is GoalArea {
  return (GOAL_AREAS as readonly string[]).includes(value);
}

interface GoalsPanelProps {
  doc: Y.Doc;
  goals: GoalRecord[];
  removed: RemovedRecord<typeof goalFieldSchemas>[];
  editable: boolean;
  remover: Remover;
  /** What the app knows for the goal bank's blanks. */
  facts: KnownFacts;
  /** Who suggests in goal descriptions, when this person may (null: they may not). */
  suggester: SuggestionAuthor | null;
}

/** The section's goals, each a card of live fields, in position order; removed goals listed apart to restore. */
export function GoalsPanel({ doc, goals, removed, editable, remover, facts, suggester }: GoalsPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const map = doc.getMap<unknown>('goals');
  const focusAfterRender = usePendingFocus(goals);
  const removal = recordRemoval(doc, 'goals', remover);
  // The area and the first text filled in (the behaviour first): enough to tell removed goals apart.
  const summary = (goal: Pick<GoalRecord, 'area' | GoalTextField>): string => {
    const text = (['behavior', 'condition', 'criterion', 'baseline', 'timeframe'] as const)
      .map((field) => clip(goal[field]))
      .find((value) => value !== '');
    return (
      [goal.area === null ? '' : t(`goals.areas.${goal.area}`), text].filter(Boolean).join(' — ') ||
      t('removal.untitled')
    );
  };

  const move = (index: number, direction: 'up' | 'down'): void => {
    const goal = goals[index];
    if (goal === undefined || !moveInList(doc, 'goals', goals, index, direction)) return;
    focusAfterRender([
      `goals-${goal.id}-move-${direction}`,
      `goals-${goal.id}-move-${direction === 'up' ? 'down' : 'up'}`,
    ]);
  };

  const removeAt = (index: number): void => {
    const goal = goals[index];
    if (goal === undefined) return;
    const neighbour = goals[index + 1] ?? goals[index - 1];
    removal.remove(goal.id, neighbour === undefined ? 'add-goal' : `goals-${neighbour.id}`);
  };
  // The cards' handlers stay the same functions (reading this render's goals through a ref), so a
  // memoized card re-renders only when its own goal changes: typing in one goal leaves the others.
  // Updated after commit (never during render): a click always acts on the goals on screen.
  const latest = useRef({ move, removeAt });
  useLayoutEffect(() => {
    latest.current = { move, removeAt };
  });
  const onMove = useCallback((index: number, direction: 'up' | 'down') => latest.current.move(index, direction), []);
  const onRemove = useCallback((index: number) => latest.current.removeAt(index), []);

  return (
    <section className="structured-panel" aria-labelledby={headingId} data-testid="goals-panel">
      <Title order={2} id={headingId}>
        {t('goals.title')}
      </Title>
      <Text size="sm" c="dimmed" className="structured-panel__hint">
        {t('goals.hint')}
      </Text>
      <Stack gap="md" mt="sm">
        {goals.length === 0 && <Text>{t('goals.empty')}</Text>}
        {goals.map((goal, index) => {
          const ymap = map.get(goal.id);
          return ymap instanceof Y.Map ? (
            <MemoGoalCard
              key={goal.id}
              goal={goal}
              ymap={ymap as Y.Map<unknown>}
              index={index}
              editable={editable}
              suggester={suggester}
              canMoveDown={index < goals.length - 1}
              onMove={onMove}
              remover={remover}
              onRemove={onRemove}
            />
          ) : null;
        })}
      </Stack>
      {editable && (
        <RemovedItems
          testId="removed-goals"
          entries={removed.map((goal) => ({
            id: `goals-${goal.id}-restore`,
            label: t('removal.goal', { summary: summary(goal) }),
            removal: goal.removal,
            onRestore: () => removal.restore(goal.id),
          }))}
        />
      )}
      {editable && (
        <Button
          mt="md"
          id="add-goal"
          data-testid="add-goal"
          onClick={() => {
            const id = addGoal(doc);
            focusAfterRender([`goals-${id}-area`, `goals-${id}`]);
          }}
        >
          {t('goals.add')}
        </Button>
      )}
      {editable && (
        <GoalBankButton
          doc={doc}
          facts={facts}
          onInserted={(id) => focusAfterRender([`goals-${id}-area`, `goals-${id}`])}
        />
      )}
    </section>
  );
}

interface GoalCardProps {
  goal: GoalRecord;
  ymap: Y.Map<unknown>;
  /** Its place in the list (0 first): the card is goal number index + 1. */
  index: number;
  editable: boolean;
  suggester: SuggestionAuthor | null;
  canMoveDown: boolean;
  onMove: (index: number, direction: 'up' | 'down') => void;
  remover: Remover;
  onRemove: (index: number) => void;
}

function GoalCard({ goal, ymap, index, editable, suggester, canMoveDown, onMove, remover, onRemove }: GoalCardProps) {
  const { t } = useTranslation();
  const number = index + 1;
  const canMoveUp = index > 0;
  const headingId = useId();
  const { measurable, reasons } = goalMeasurability(goal);
  const reasonText = reasons.map((r) => t(`goals.reasons.${r}`)).join('; ');
  const objectives = ymap.get('objectives');
  const area = ymap.get('area');
  const description = ymap.get('description');

  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-labelledby={headingId}
      id={`goals-${goal.id}`}
      tabIndex={-1}
      data-testid="goal-card"
      data-goal-id={goal.id}
    >
      <Group justify="space-between" align="center" mb="sm" wrap="wrap">
        <Title order={3} id={headingId}>
          {t('goals.cardTitle', { number })}
        </Title>
        <Group gap="xs">
          <CommentButton part={`goals/${goal.id}`} label={t('goals.cardTitle', { number })} />
          <span data-testid="goal-measurability" data-measurable={measurable ? 'true' : 'false'} className="goal-badge">
            {measurable ? `✓ ${t('goals.measurable')}` : `⚠ ${t('goals.notMeasurable', { reasons: reasonText })}`}
          </span>
          {editable && canMoveUp && (
            <Button
              variant="default"
              size="xs"
              id={`goals-${goal.id}-move-up`}
              aria-label={t('goals.moveUp')}
              title={t('goals.moveUp')}
              onClick={() => onMove(index, 'up')}
            >
              ↑
            </Button>
          )}
          {editable && canMoveDown && (
            <Button
              variant="default"
              size="xs"
              id={`goals-${goal.id}-move-down`}
              aria-label={t('goals.moveDown')}
              title={t('goals.moveDown')}
              onClick={() => onMove(index, 'down')}
            >
              ↓
            </Button>
          )}
          {editable && (
            <RemoveControl
              id={`goals-${goal.id}-remove`}
              testId="goal-remove"
              item={t('goals.cardTitle', { number })}
              onConfirm={() => onRemove(index)}
            />
          )}
        </Group>
      </Group>
      <Stack gap="sm">
        <GoalProvenanceNote provenance={goal.provenance} />
        <Select
          id={`goals-${goal.id}-area`}
          data-testid="goal-area"
          label={t('goals.fields.area')}
          placeholder={t('goals.areaPlaceholder')}
          data={GOAL_AREAS.map((a) => ({ value: a, label: t(`goals.areas.${a}`) }))}
          value={typeof area === 'string' && isGoalArea(area) ? area : null}
          onChange={(value) => ymap.set('area', value !== null && isGoalArea(value) ? value : null)}
          readOnly={!editable}
          clearable={editable}
          allowDeselect={false}
        />
        {GOAL_TEXT_FIELDS.map((field) => {
          const ytext = ymap.get(field);
          return ytext instanceof Y.Text ? (
            <YTextInput
              key={field}
              ytext={ytext}
              id={`goals-${goal.id}-${field}`}
              testId={`goal-${field}`}
              label={t(`goals.fields.${field}`)}
              description={t(`goals.fieldHints.${field}`)}
              multiline={MULTILINE.has(field)}
              readOnly={!editable}
            />
          ) : (
            <Text key={field} size="sm" id={`goals-${goal.id}-${field}`} tabIndex={-1}>
              {t('goals.unreadableField', { field: t(`goals.fields.${field}`) })}
            </Text>
          );
        })}
        {description instanceof Y.XmlFragment && (
          <GoalDescriptionEditor
            goalId={goal.id}
            fragment={description}
            number={number}
            editable={editable}
            suggester={suggester}
          />
        )}
        {objectives instanceof Y.Array && (
          <Objectives
            goalId={goal.id}
            objectives={objectives as Y.Array<unknown>}
            editable={editable}
            remover={remover}
          />
        )}
      </Stack>
    </Paper>
  );
}

function Objectives({
  goalId,
  objectives,
  editable,
  remover,
}: {
  goalId: string;
  objectives: Y.Array<unknown>;
  editable: boolean;
  remover: Remover;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  // Each objective keeps its place in the Y.Array (removed ones included); the numbers count live ones.
  const { live, removed } = splitObjectives(objectives);
  return (
    <div role="group" aria-labelledby={headingId} className="goal-objectives">
      <Text fw={600} id={headingId}>
        {t('goals.objectives')}
      </Text>
      <Stack gap="xs" mt="xs">
        {live.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('goals.noObjectives')}
          </Text>
        )}
        {live.map(({ index, text }, number) => (
          <Group key={index} align="flex-end" wrap="wrap" gap="xs">
            <div style={{ flex: '1 1 14rem', minWidth: 0 }}>
              <YTextInput
                ytext={text}
                id={`goals-${goalId}-objective-${index}`}
                testId="goal-objective"
                label={t('goals.objectiveLabel', { number: number + 1 })}
                readOnly={!editable}
              />
            </div>
            {editable && (
              <RemoveControl
                id={`goals-${goalId}-objective-${index}-remove`}
                testId="objective-remove"
                item={t('goals.objectiveLabel', { number: number + 1 })}
                onConfirm={() => {
                  const neighbour = live[number + 1] ?? live[number - 1];
                  if (removeObjective(objectives, index, removalNow(remover)))
                    focusSoon(
                      neighbour === undefined
                        ? `goals-${goalId}-add-objective`
                        : `goals-${goalId}-objective-${neighbour.index}`,
                    );
                }}
              />
            )}
          </Group>
        ))}
      </Stack>
      {editable && (
        <RemovedItems
          testId="removed-objectives"
          entries={removed.map(({ index, text, removal }) => ({
            id: `goals-${goalId}-objective-${index}-restore`,
            label: t('removal.objective', { summary: clip(text.toString()) || t('removal.untitled') }),
            removal,
            onRestore: () => {
              if (restoreObjective(objectives, index)) focusSoon(`goals-${goalId}-objective-${index}`);
            },
          }))}
        />
      )}
      {editable && live.length < MAX_OBJECTIVES && (
        <Button
          variant="light"
          size="xs"
          mt="xs"
          id={`goals-${goalId}-add-objective`}
          onClick={() => {
            const at = objectives.length;
            addObjective(objectives);
            focusSoon(`goals-${goalId}-objective-${at}`);
          }}
        >
          {t('goals.addObjective')}
        </Button>
      )}
    </div>
  );
}

const MemoGoalCard = memo(GoalCard);
