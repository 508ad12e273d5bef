import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import type * as Y from 'yjs';
import { removeRecord, restoreRecord, type RemovableRoot, type Removal } from '@iep/shared';
import { formatDateTime } from '../../workflow/formatDateTime';

/** Who removes: stamped on the removal mark the "Removed items" list shows. */
export interface Remover {
  id: string;
  name: string;
}

export function removalNow(by: Remover): Removal {
  return { at: new Date().toISOString(), by: { id: by.id, name: by.name } };
}

/** Removes and restores records of one root; focus goes where the person can carry on. */
export function recordRemoval(doc: Y.Doc, root: RemovableRoot, by: Remover) {
  return {
    remove: (id: string, focusAfter: string): void => {
      if (removeRecord(doc, root, id, removalNow(by))) focusSoon(focusAfter);
    },
    restore: (id: string): void => {
      if (restoreRecord(doc, root, id)) focusSoon(`${root}-${id}`);
    },
  };
}

/** Frames to wait for the element (a busy device can take more than the two of render and layout). */
const FOCUS_FRAMES = 120;

/** Focuses the first of `ids` on the page once React has rendered the change, frame by frame. */
export function focusSoon(...ids: string[]): void {
  let frames = 0;
  const attempt = (): void => {
    for (const id of ids) {
      const el = document.getElementById(id);
      if (el) {
        el.focus();
        return;
      }
    }
    frames += 1;
    if (frames < FOCUS_FRAMES) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(() => requestAnimationFrame(attempt));
}

interface RemoveControlProps {
  /** The DOM id of the Remove button (focus comes back to it on Cancel). */
  id: string;
  /** "Goal 2", "Objective 1": what is removed, in words. */
  item: string;
  testId: string;
  onConfirm: () => void;
}

/** A "Remove" button that asks once before removing; Escape or Cancel goes back. */
export function RemoveControl({ id, item, testId, onConfirm }: RemoveControlProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const questionId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);

  const cancel = (): void => {
    setConfirming(false);
    focusSoon(id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      cancel();
    }
  };

  if (!confirming)
    return (
      <Button
        variant="default"
        size="xs"
        id={id}
        data-testid={testId}
        aria-label={t('removal.removeLabel', { item })}
        onClick={() => {
          setConfirming(true);
          requestAnimationFrame(() => confirmRef.current?.focus());
        }}
      >
        {t('removal.remove')}
      </Button>
    );
  return (
    <div role="group" aria-labelledby={questionId} className="remove-confirm" onKeyDown={onKeyDown}>
      <Text size="sm" id={questionId}>
        {t('removal.confirm', { item })}
      </Text>
      <Group gap="xs" mt={4} wrap="wrap">
        <Button ref={confirmRef} color="red" size="xs" data-testid={`${testId}-confirm`} onClick={onConfirm}>
          {t('removal.confirmButton')}
        </Button>
        <Button variant="default" size="xs" data-testid={`${testId}-cancel`} onClick={cancel}>
          {t('removal.cancel')}
        </Button>
      </Group>
    </div>
  );
}

export interface RemovedEntry {
  /** The DOM id of its Restore button. */
  id: string;
  label: string;
  removal: Removal | null;
  onRestore: () => void;
}

/** A part's removed items: kept in the document and its history, left out of the plan, each restorable. */
export function RemovedItems({ entries, testId }: { entries: RemovedEntry[]; testId: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  if (entries.length === 0) return null;
  return (
    <Paper
      withBorder
      p="sm"
      mt="md"
      role="group"
      aria-labelledby={headingId}
      data-testid={testId}
      className="removed-items"
    >
      <Text fw={600} id={headingId}>
        {t('removal.removedTitle', { count: entries.length })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('removal.removedHint')}
      </Text>
      <Stack gap="xs" mt="xs" component="ul" className="removed-items__list">
        {entries.map((entry) => (
          <li key={entry.id} data-testid="removed-item">
            <Group justify="space-between" align="center" wrap="wrap" gap="xs">
              <div className="removed-items__text">
                <Text size="sm" className="removed-items__label">
                  {entry.label}
                </Text>
                <Text size="xs" c="dimmed">
                  {entry.removal === null
                    ? t('removal.removedUnknown')
                    : t('removal.removedBy', {
                        name: entry.removal.by.name,
                        date: formatDateTime(entry.removal.at, i18n.language),
                      })}
                </Text>
              </div>
              <Button
                variant="light"
                size="xs"
                id={entry.id}
                data-testid="restore-item"
                aria-label={t('removal.restoreLabel', { item: entry.label })}
                onClick={entry.onRestore}
              >
                {t('removal.restore')}
              </Button>
            </Group>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}

/** A short summary of a removed record's text for its label ("" when nothing was filled in). */
export function clip(text: string | null | undefined, max = 80): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
