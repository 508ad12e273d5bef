import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { SECTION_FRAGMENTS, type DiscussTarget, type MeetingState, type SectionStructure } from '@iep/shared';
import { usePendingFocus } from '../section/structured/usePendingFocus';
import { agendaPhrase, formatDuration, moveKey, partPhrase, shownSeconds, targetKey } from './meetingModel';
import { useNow, usePhrase } from './usePhrase';

interface AgendaListProps {
  meeting: MeetingState;
  structure: SectionStructure;
  lead: boolean;
  /** When the meeting state arrived (timers tick from there on the local clock). */
  receivedAt: number;
  onReorder: (order: string[]) => void;
  onAdd: (title: string) => void;
  onDiscuss: (target: DiscussTarget) => void;
  busy: boolean;
}

/** The agenda in order with each item's time; the lead reorders, adds, and points everyone at an item or a part. */
export function AgendaList({
  meeting,
  structure,
  lead,
  receivedAt,
  onReorder,
  onAdd,
  onDiscuss,
  busy,
}: AgendaListProps) {
  const { t } = useTranslation();
  const words = usePhrase();
  const headingId = useId();
  const running = meeting.nowDiscussing === null ? null : targetKey(meeting.nowDiscussing.target);
  const now = useNow(running !== null);
  const keys = meeting.agenda.map((i) => i.key);
  const focusLater = usePendingFocus(keys.join('|'));

  const move = (index: number, delta: -1 | 1): void => {
    // Focus follows the moved item; at the top or bottom its other arrow takes it.
    focusLater([
      `agenda-${index + delta}-${delta < 0 ? 'up' : 'down'}`,
      `agenda-${index + delta}-${delta < 0 ? 'down' : 'up'}`,
    ]);
    onReorder(moveKey(keys, index, delta));
  };

  return (
    <section aria-labelledby={headingId} data-testid="meeting-agenda">
      <Title order={3} id={headingId}>
        {t('meetings.agenda.title')}
      </Title>
      {/* The facilitator's tools come first: in a drawer beside the video call they stay in view however long the agenda. */}
      {lead && <LeadTools structure={structure} onAdd={onAdd} onDiscuss={onDiscuss} busy={busy} />}
      {meeting.agenda.length === 0 && <Text size="sm">{t('meetings.agenda.empty')}</Text>}
      <ol className="meeting-agenda">
        {meeting.agenda.map((item, index) => {
          const text = words(agendaPhrase(item, structure));
          const current = item.key === running;
          return (
            <li
              key={item.key}
              className="meeting-agenda__item"
              data-agenda-key={item.key}
              data-current={current ? 'true' : 'false'}
              data-testid="agenda-item"
            >
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Text component="span" fw={current ? 700 : undefined}>
                  {current && <span className="meeting-agenda__now">{t('meetings.agenda.now')} </span>}
                  {text}
                </Text>
                <Group gap={4} wrap="wrap">
                  <Text
                    component="span"
                    size="sm"
                    ff="monospace"
                    aria-label={t('meetings.agenda.timeLabel', {
                      time: formatDuration(shownSeconds(meeting.itemSeconds, item.key, running, receivedAt, now)),
                    })}
                    data-testid="agenda-timer"
                  >
                    {formatDuration(shownSeconds(meeting.itemSeconds, item.key, running, receivedAt, now))}
                  </Text>
                  {lead && (
                    <>
                      {index > 0 && (
                        <Button
                          id={`agenda-${index}-up`}
                          variant="subtle"
                          size="compact-sm"
                          aria-label={t('meetings.agenda.moveUp', { what: text })}
                          onClick={() => move(index, -1)}
                          disabled={busy}
                        >
                          ↑
                        </Button>
                      )}
                      {index < meeting.agenda.length - 1 && (
                        <Button
                          id={`agenda-${index}-down`}
                          variant="subtle"
                          size="compact-sm"
                          aria-label={t('meetings.agenda.moveDown', { what: text })}
                          onClick={() => move(index, 1)}
                          disabled={busy}
                        >
                          ↓
                        </Button>
                      )}
                      <Button
                        variant="light"
                        size="compact-sm"
                        aria-label={t('meetings.agenda.discussLabel', { what: text })}
                        onClick={() => onDiscuss({ kind: 'agenda', key: item.key })}
                        data-testid="agenda-discuss"
                      >
                        {t('meetings.agenda.discuss')}
                      </Button>
                    </>
                  )}
                </Group>
              </Group>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Every part of the section the lead can point at: the text parts, the panels, each record. */
function partOptions(structure: SectionStructure): string[] {
  return [
    ...SECTION_FRAGMENTS,
    'areasOfNeed',
    'goals',
    ...structure.goals.map((g) => `goals/${g.id}`),
    'services',
    ...structure.services.map((s) => `services/${s.id}`),
    'accommodations',
    'transitionGoals',
  ];
}

function LeadTools({
  structure,
  onAdd,
  onDiscuss,
  busy,
}: {
  structure: SectionStructure;
  onAdd: (title: string) => void;
  onDiscuss: (t: DiscussTarget) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const words = usePhrase();
  const [title, setTitle] = useState('');
  const [part, setPart] = useState('');
  const add = (e: FormEvent): void => {
    e.preventDefault();
    if (title.trim() === '') return;
    onAdd(title.trim());
    setTitle('');
  };
  return (
    <Stack gap="sm" mt="md">
      <form onSubmit={add}>
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t('meetings.agenda.addLabel')}
            value={title}
            maxLength={300}
            onChange={(e) => setTitle(e.currentTarget.value)}
            data-testid="agenda-add-title"
          />
          <Button type="submit" variant="outline" loading={busy} data-testid="agenda-add">
            {t('meetings.agenda.add')}
          </Button>
        </Group>
      </form>
      <Group align="flex-end" gap="xs">
        <NativeSelect
          label={t('meetings.agenda.partLabel')}
          data={[
            { value: '', label: t('meetings.agenda.partPlaceholder') },
            ...partOptions(structure).map((p) => ({ value: p, label: words(partPhrase(p, structure)) })),
          ]}
          value={part}
          onChange={(e) => setPart(e.currentTarget.value)}
          data-testid="discuss-part-select"
        />
        <Button
          variant="light"
          disabled={part === ''}
          onClick={() => part !== '' && onDiscuss({ kind: 'part', part })}
          data-testid="discuss-part"
        >
          {t('meetings.agenda.discussPart')}
        </Button>
      </Group>
    </Stack>
  );
}
