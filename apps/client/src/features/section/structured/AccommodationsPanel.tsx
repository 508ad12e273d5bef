import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import * as Y from 'yjs';
import {
  ACCOMMODATION_KINDS,
  addAccommodation,
  moveInList,
  type accommodationFieldSchemas,
  type AccommodationKind,
  type AccommodationRecord,
  type FieldIssue,
  type RemovedRecord,
} from '@iep/shared';
import { YTextInput } from './YTextInput';
import { useIssueMessage } from './issueMessage';
import { usePendingFocus } from './usePendingFocus';
import { CommentButton } from '../../comments/CommentButton';
import { clip, RemoveControl, RemovedItems, recordRemoval, type Remover } from './Removal';

/** The common items offered as one-click additions, with the kind each is added as. */
export const ACCOMMODATION_SUGGESTIONS = [
  { key: 'weightedVest', kind: 'equipment' },
  { key: 'fidgets', kind: 'equipment' },
  { key: 'headphones', kind: 'equipment' },
  { key: 'pencilGrip', kind: 'equipment' },
  { key: 'slantBoard', kind: 'equipment' },
  { key: 'keyboard', kind: 'equipment' },
  { key: 'speechToText', kind: 'accommodation' },
  { key: 'seating', kind: 'accommodation' },
  { key: 'lighting', kind: 'accommodation' },
] as const satisfies readonly { key: string; kind: AccommodationKind }[];

function isKind(value: string): value is AccommodationKind {
  return (ACCOMMODATION_KINDS as readonly string[]).includes(value);
}

interface AccommodationsPanelProps {
  doc: Y.Doc;
  accommodations: AccommodationRecord[];
  removed: RemovedRecord<typeof accommodationFieldSchemas>[];
  issues: FieldIssue[];
  editable: boolean;
  remover: Remover;
}

/** Accommodations and equipment, in position order, with common items one click away. */
export function AccommodationsPanel({
  doc,
  accommodations,
  removed,
  issues,
  editable,
  remover,
}: AccommodationsPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const suggestionsId = useId();
  const map = doc.getMap<unknown>('accommodations');
  const focusAfterRender = usePendingFocus(accommodations);

  const add = (kind: AccommodationKind, text = ''): void => {
    const id = addAccommodation(doc, kind, text);
    focusAfterRender([`accommodations-${id}-text`, `accommodations-${id}`]);
  };

  const move = (index: number, direction: 'up' | 'down'): void => {
    const record = accommodations[index];
    if (record === undefined || !moveInList(doc, 'accommodations', accommodations, index, direction)) return;
    focusAfterRender([
      `accommodations-${record.id}-move-${direction}`,
      `accommodations-${record.id}-move-${direction === 'up' ? 'down' : 'up'}`,
      `accommodations-${record.id}`,
    ]);
  };

  const removal = recordRemoval(doc, 'accommodations', remover);
  const remove = (index: number): void => {
    const record = accommodations[index];
    if (record === undefined) return;
    const neighbour = accommodations[index + 1] ?? accommodations[index - 1];
    removal.remove(record.id, neighbour === undefined ? 'add-accommodation' : `accommodations-${neighbour.id}-remove`);
  };

  return (
    <section className="structured-panel" aria-labelledby={headingId} data-testid="accommodations-panel">
      <Title order={2} id={headingId}>
        {t('accommodations.title')}
      </Title>
      <Text size="sm" c="dimmed" className="structured-panel__hint">
        {t('accommodations.hint')}
      </Text>
      <Stack gap="md" mt="sm">
        {accommodations.length === 0 && <Text>{t('accommodations.empty')}</Text>}
        {accommodations.map((record, index) => {
          const ymap = map.get(record.id);
          return ymap instanceof Y.Map ? (
            <AccommodationRow
              key={record.id}
              id={record.id}
              row={ymap as Y.Map<unknown>}
              number={index + 1}
              issues={issues.filter((i) => i.path[0] === 'accommodations' && i.path[1] === record.id)}
              editable={editable}
              canMoveUp={index > 0}
              canMoveDown={index < accommodations.length - 1}
              onMove={(direction) => move(index, direction)}
              onRemove={() => remove(index)}
            />
          ) : null;
        })}
      </Stack>
      {editable && (
        <RemovedItems
          testId="removed-accommodations"
          entries={removed.map((record) => ({
            id: `accommodations-${record.id}-restore`,
            label: t('removal.accommodation', {
              kind: t(`accommodations.kinds.${record.kind ?? 'accommodation'}`),
              summary: clip(record.text) || t('removal.untitled'),
            }),
            removal: record.removal,
            onRestore: () => removal.restore(record.id),
          }))}
        />
      )}
      {editable && (
        <>
          <Group mt="md" gap="sm">
            <Button id="add-accommodation" data-testid="add-accommodation" onClick={() => add('accommodation')}>
              {t('accommodations.addAccommodation')}
            </Button>
            <Button data-testid="add-equipment" onClick={() => add('equipment')}>
              {t('accommodations.addEquipment')}
            </Button>
          </Group>
          <div role="group" aria-labelledby={suggestionsId} data-testid="accommodation-suggestions">
            <Text size="sm" fw={600} mt="md" id={suggestionsId}>
              {t('accommodations.suggestionsLabel')}
            </Text>
            <Group gap="xs" mt="xs">
              {ACCOMMODATION_SUGGESTIONS.map(({ key, kind }) => {
                const item = t(`accommodations.suggestions.${key}`);
                return (
                  <Button
                    key={key}
                    variant="default"
                    size="compact-sm"
                    radius="xl"
                    data-testid={`accommodation-suggestion-${key}`}
                    aria-label={t('accommodations.quickAdd', { item })}
                    onClick={() => add(kind, item)}
                  >
                    <span aria-hidden="true">+&nbsp;</span>
                    {item}
                  </Button>
                );
              })}
            </Group>
          </div>
        </>
      )}
    </section>
  );
}

interface AccommodationRowProps {
  id: string;
  row: Y.Map<unknown>;
  number: number;
  issues: FieldIssue[];
  editable: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (direction: 'up' | 'down') => void;
  onRemove: () => void;
}

function AccommodationRow({
  id,
  row,
  number,
  issues,
  editable,
  canMoveUp,
  canMoveDown,
  onMove,
  onRemove,
}: AccommodationRowProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const issueMessage = useIssueMessage();
  const errorOf = (field: string): string | undefined => {
    const issue = issues.find((i) => i.path[2] === field);
    return issue === undefined ? undefined : issueMessage(issue, row.get(field));
  };
  const rawKind = row.get('kind');
  const kind = typeof rawKind === 'string' && isKind(rawKind) ? rawKind : '';
  const text = row.get('text');

  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-labelledby={headingId}
      id={`accommodations-${id}`}
      tabIndex={-1}
      data-testid="accommodation-row"
    >
      <Group justify="space-between" align="center" mb="sm" wrap="wrap">
        <Title order={3} id={headingId}>
          {t('accommodations.rowTitle', { number })}
        </Title>
        <CommentButton part={`accommodations/${id}`} label={t('accommodations.rowTitle', { number })} />
        {editable && (
          <Group gap="xs">
            {canMoveUp && (
              <Button
                variant="default"
                size="xs"
                id={`accommodations-${id}-move-up`}
                aria-label={t('accommodations.moveUp', { number })}
                title={t('accommodations.moveUp', { number })}
                onClick={() => onMove('up')}
              >
                ↑
              </Button>
            )}
            {canMoveDown && (
              <Button
                variant="default"
                size="xs"
                id={`accommodations-${id}-move-down`}
                aria-label={t('accommodations.moveDown', { number })}
                title={t('accommodations.moveDown', { number })}
                onClick={() => onMove('down')}
              >
                ↓
              </Button>
            )}
            <RemoveControl
              id={`accommodations-${id}-remove`}
              testId="accommodation-remove"
              item={t('accommodations.rowTitle', { number })}
              onConfirm={onRemove}
            />
          </Group>
        )}
      </Group>
      <Stack gap="sm">
        <NativeSelect
          id={`accommodations-${id}-kind`}
          data-testid="accommodation-kind"
          label={t('accommodations.kindLabel')}
          value={kind}
          error={errorOf('kind')}
          disabled={!editable}
          onChange={(event) => {
            const next = event.currentTarget.value;
            if (isKind(next)) row.set('kind', next);
          }}
          data={[
            ...(kind === '' ? [{ value: '', label: t('services.choose') }] : []),
            ...ACCOMMODATION_KINDS.map((k) => ({ value: k, label: t(`accommodations.kinds.${k}`) })),
          ]}
        />
        {text instanceof Y.Text ? (
          <YTextInput
            ytext={text}
            id={`accommodations-${id}-text`}
            testId="accommodation-text"
            label={t('accommodations.textLabel')}
            error={errorOf('text')}
            readOnly={!editable}
            maxLength={1000}
          />
        ) : (
          <Text size="sm" id={`accommodations-${id}-text`} tabIndex={-1}>
            {t('goals.unreadableField', { field: t('accommodations.textLabel') })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
