import { forwardRef, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Anchor, Button, CloseButton, Group, Tabs, Text, Title } from '@mantine/core';
import type * as Y from 'yjs';
import type { DiscussTarget, MeetingState, SectionStructure } from '@iep/shared';
import { formatDateTime } from '../workflow/formatDateTime';
import { AgendaList } from './AgendaList';
import type { useMeetingCall } from './api';
import type { DrawerTab } from './MeetingDock';
import { MeetingErrorText } from './MeetingErrorText';
import { MeetingNotes } from './MeetingNotes';
import { ParticipantList } from './ParticipantList';

interface MeetingDrawerProps {
  id: string;
  open: boolean;
  tab: DrawerTab;
  onTab: (tab: DrawerTab) => void;
  onClose: () => void;
  meeting: MeetingState;
  structure: SectionStructure;
  lead: boolean;
  inMeeting: boolean;
  receivedAt: number;
  doc: Y.Doc | null;
  call: ReturnType<typeof useMeetingCall>;
  onDiscuss: (target: DiscussTarget) => void;
  onLeave: () => void;
  error: unknown;
}

const isTab = (v: string | null): v is DrawerTab => v === 'agenda' || v === 'people' || v === 'notes';

/**
 * The meeting beside the section: the agenda (the facilitator's controls), the people and the
 * shared notes, one tab each so nothing needs scrolling to reach; it scrolls on its own, never the page.
 * Beside the page on a wide screen, over its right side on a narrow one.
 */
export const MeetingDrawer = forwardRef<HTMLHeadingElement, MeetingDrawerProps>(function MeetingDrawer(
  {
    id,
    open,
    tab,
    onTab,
    onClose,
    meeting,
    structure,
    lead,
    inMeeting,
    receivedAt,
    doc,
    call,
    onDiscuss,
    onLeave,
    error,
  },
  headingRef,
) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <aside
      id={id}
      className="meeting-drawer"
      hidden={!open}
      aria-labelledby={headingId}
      data-meeting-drawer="true"
      data-testid="meeting-drawer"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <div>
          <Title order={2} size="h4" id={headingId} ref={headingRef} tabIndex={-1}>
            {t('meetingDock.drawerTitle')}
          </Title>
          <Text size="xs">
            {t('meetings.banner.started', {
              time: formatDateTime(meeting.startedAt ?? meeting.scheduledFor, i18n.language),
              name: meeting.facilitator?.name ?? t('workflow.events.someone'),
            })}
          </Text>
        </div>
        <CloseButton aria-label={t('meetingDock.close')} onClick={onClose} data-testid="meeting-drawer-close" />
      </Group>
      <Group gap="xs" mt="xs" wrap="wrap">
        {meeting.videoUrl !== null && (
          <Anchor
            href={meeting.videoUrl}
            target="_blank"
            rel="noopener noreferrer"
            fw={700}
            size="sm"
            data-testid="meeting-video-link"
          >
            {t('meetings.banner.videoLink')}
          </Anchor>
        )}
        {inMeeting && (
          <Button variant="outline" color="red.9" size="compact-sm" onClick={onLeave} data-testid="meeting-leave">
            {t('meetings.join.leave')}
          </Button>
        )}
        {lead && (
          <Button
            color="red.9"
            variant="outline"
            size="compact-sm"
            loading={call.isPending && call.variables.kind === 'end'}
            onClick={() => call.mutate({ kind: 'end', meetingId: meeting.id })}
            data-testid="meeting-end"
          >
            {t('meetings.panel.end')}
          </Button>
        )}
      </Group>
      <MeetingErrorText error={error} />
      {call.isError && <MeetingErrorText error={call.error} />}
      {/*
        Hidden tabs stay mounted with display:none, not Mantine's default React <Activity>: a hidden
        Activity runs its effects' cleanups, and Tiptap's useEditor then destroys the notes editor.
        The notes would stop following the shared document while another tab shows (a parent's note
        never appeared for a teacher on the agenda) and lose their caret and undo on every switch.
      */}
      <Tabs value={tab} onChange={(v) => isTab(v) && onTab(v)} mt="sm" keepMounted keepMountedMode="display-none">
        <Tabs.List grow>
          <Tabs.Tab value="agenda" data-testid="meeting-tab-agenda">
            {t('meetingDock.tabs.agenda')}
          </Tabs.Tab>
          <Tabs.Tab value="people" data-testid="meeting-tab-people">
            {t('meetingDock.tabs.people')}
          </Tabs.Tab>
          <Tabs.Tab value="notes" data-testid="meeting-tab-notes">
            {t('meetingDock.tabs.notes')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="agenda" pt="sm">
          <AgendaList
            meeting={meeting}
            structure={structure}
            lead={lead}
            receivedAt={receivedAt}
            busy={call.isPending}
            onReorder={(order) => call.mutate({ kind: 'reorder', meetingId: meeting.id, order })}
            onAdd={(title) => call.mutate({ kind: 'addItem', meetingId: meeting.id, title })}
            onDiscuss={onDiscuss}
          />
        </Tabs.Panel>
        <Tabs.Panel value="people" pt="sm">
          <ParticipantList participants={meeting.participants} />
        </Tabs.Panel>
        <Tabs.Panel value="notes" pt="sm">
          {doc !== null && <MeetingNotes doc={doc} meetingId={meeting.id} editable={inMeeting} />}
        </Tabs.Panel>
      </Tabs>
    </aside>
  );
});
