import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type * as Y from 'yjs';
import { type MeetingState, type SectionResponse, type SectionStructure, type User } from '@iep/shared';
import { useRoleLabel } from '../../i18n/labels';
import type { AppSocket } from '../../realtime/socket';
import { formatDateTime } from '../workflow/formatDateTime';
import { AgendaList } from './AgendaList';
import { ExcusalsBlock } from './ExcusalsBlock';
import { useMeetingCall, useMeetingsQuery } from './api';
import { MeetingBanner } from './MeetingBanner';
import { MeetingErrorText } from './MeetingErrorText';
import { knownTeam, meetingsView, nameWithRole, targetPhrase } from './meetingModel';
import { MeetingNotes } from './MeetingNotes';
import { MeetingSummaryView } from './MeetingSummaryView';
import { ParticipantList } from './ParticipantList';
import { ScheduleForm } from './ScheduleForm';
import { useFollow } from './useFollow';
import { useMeetingPresence } from './useMeetingSocket';
import { useLiveStructure, usePhrase } from './usePhrase';
import './meetings.css';

interface MeetingAreaProps {
  section: SectionResponse;
  me: User;
  socket: AppSocket | null;
  /** The live document (null until the session starts): notes and the agenda's words come from it. */
  doc: Y.Doc | null;
}

/** Meeting mode on the section page: the running meeting (banner, panel, notes), upcoming meetings, and the last summary. */
export function MeetingArea({ section, me, socket, doc }: MeetingAreaProps) {
  const words = usePhrase();
  const meetings = useMeetingsQuery(section.id);
  const view = meetingsView(meetings.data ?? []);
  const running = view.running;
  const presence = useMeetingPresence(socket, section.id, running, me.id);
  const inMeeting = running !== null && presence.attendance !== null;
  const follow = useFollow(running, inMeeting);
  const structure = useLiveStructure(doc, section.structure);
  const call = useMeetingCall(section.id);
  const lead = section.permissions.leadMeeting;
  const discussing = running?.nowDiscussing
    ? words(targetPhrase(running.nowDiscussing.target, running.agenda, structure))
    : null;

  return (
    // No box of its own: the sticky banner then stays in view across the whole section page, not just this area.
    <div className="meeting-area" data-testid="meeting-area">
      {running !== null && (
        <MeetingBanner
          meeting={running}
          attendance={presence.attendance}
          onJoin={(a) => void presence.join(a)}
          onLeave={() => void presence.leave()}
          joining={presence.pending}
          error={presence.error}
          discussing={discussing}
          follow={follow}
        />
      )}
      {running !== null && (inMeeting || lead) && (
        <RunningPanel
          meeting={running}
          structure={structure}
          lead={lead}
          inMeeting={inMeeting}
          receivedAt={meetings.dataUpdatedAt}
          doc={doc}
          call={call}
          onDiscuss={(target) => void presence.discuss(running.id, target)}
        />
      )}
      <UpcomingCard
        meetings={meetings.data ?? []}
        upcoming={view.upcoming}
        runningExists={running !== null}
        me={me}
        section={section}
        lead={lead}
        call={call}
        loadError={meetings.isError ? meetings.error : null}
      />
      {view.lastEnded !== null && <MeetingSummaryView meeting={view.lastEnded} structure={structure} doc={doc} />}
    </div>
  );
}

interface RunningPanelProps {
  meeting: MeetingState;
  structure: SectionStructure;
  lead: boolean;
  inMeeting: boolean;
  receivedAt: number;
  doc: Y.Doc | null;
  call: ReturnType<typeof useMeetingCall>;
  onDiscuss: Parameters<typeof AgendaList>[0]['onDiscuss'];
}

function RunningPanel({ meeting, structure, lead, inMeeting, receivedAt, doc, call, onDiscuss }: RunningPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId} data-testid="meeting-panel">
      <Group justify="space-between" align="flex-start">
        <Title order={2} size="h3" id={headingId}>
          {t('meetings.panel.title')}
        </Title>
        {lead && (
          <Button
            color="red.9"
            variant="outline"
            loading={call.isPending && call.variables.kind === 'end'}
            onClick={() => call.mutate({ kind: 'end', meetingId: meeting.id })}
            data-testid="meeting-end"
          >
            {t('meetings.panel.end')}
          </Button>
        )}
      </Group>
      {call.isError && <MeetingErrorText error={call.error} />}
      <div className="meeting-panel__grid">
        <ParticipantList participants={meeting.participants} />
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
      </div>
      {doc !== null && <MeetingNotes doc={doc} meetingId={meeting.id} editable={inMeeting} />}
    </Paper>
  );
}

interface UpcomingCardProps {
  meetings: MeetingState[];
  upcoming: MeetingState[];
  runningExists: boolean;
  me: User;
  section: SectionResponse;
  lead: boolean;
  call: ReturnType<typeof useMeetingCall>;
  loadError: unknown;
}

function UpcomingCard({ meetings, upcoming, runningExists, me, section, lead, call, loadError }: UpcomingCardProps) {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  const headingId = useId();
  const [scheduling, setScheduling] = useState(false);
  if (!lead && upcoming.length === 0 && loadError === null) return null;
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId} data-testid="meetings-card">
      <Group justify="space-between" align="flex-start">
        <Title order={2} size="h3" id={headingId}>
          {t('meetings.card.title')}
        </Title>
        {lead && !scheduling && (
          <Button variant="outline" onClick={() => setScheduling(true)} data-testid="meeting-schedule-open">
            {t('meetings.card.schedule')}
          </Button>
        )}
      </Group>
      {loadError !== null && <MeetingErrorText error={loadError} />}
      {call.isError && !runningExists && <MeetingErrorText error={call.error} />}
      {scheduling && (
        <ScheduleForm
          team={knownTeam(meetings)}
          pending={call.isPending}
          onCancel={() => setScheduling(false)}
          onSchedule={(body) => call.mutate({ kind: 'schedule', body }, { onSuccess: () => setScheduling(false) })}
        />
      )}
      {upcoming.length === 0 ? (
        <Text size="sm" mt="xs">
          {t('meetings.card.none')}
        </Text>
      ) : (
        <Stack gap="md" mt="sm">
          {upcoming.map((m) => (
            <Paper key={m.id} withBorder p="sm" data-testid="upcoming-meeting">
              <Group justify="space-between" align="flex-start" wrap="wrap">
                <div>
                  <Text fw={700}>{formatDateTime(m.scheduledFor, i18n.language)}</Text>
                  <Text size="sm">
                    {t('meetings.card.invited', {
                      names: m.invited.map((p) => nameWithRole(p.name, roleLabel(p.role))).join(', '),
                    })}
                  </Text>
                  {m.videoUrl !== null && (
                    <Anchor href={m.videoUrl} target="_blank" rel="noopener noreferrer" size="sm">
                      {t('meetings.banner.videoLink')}
                    </Anchor>
                  )}
                </div>
                {lead && (
                  <Button
                    disabled={runningExists}
                    loading={call.isPending && call.variables.kind === 'start'}
                    onClick={() => call.mutate({ kind: 'start', meetingId: m.id })}
                    data-testid="meeting-start"
                  >
                    {t('meetings.card.start')}
                  </Button>
                )}
              </Group>
              <ExcusalsBlock
                meeting={m}
                me={me}
                mayConsent={section.permissions.consentToExcusal}
                lead={lead}
                call={call}
              />
            </Paper>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
