import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type * as Y from 'yjs';
import { type MeetingState, type SectionResponse, type User } from '@iep/shared';
import { useRoleLabel } from '../../i18n/labels';
import { formatDateTime } from '../workflow/formatDateTime';
import { ExcusalsBlock } from './ExcusalsBlock';
import { useMeetingCall, useMeetingsQuery } from './api';
import { MeetingErrorText } from './MeetingErrorText';
import { knownTeam, meetingsView, nameWithRole } from './meetingModel';
import { MeetingSummaryView } from './MeetingSummaryView';
import { ScheduleForm } from './ScheduleForm';
import { useLiveStructure } from './usePhrase';
import './meetings.css';

interface MeetingAreaProps {
  section: SectionResponse;
  me: User;
  /** The live document (null until the session starts): notes and the agenda's words come from it. */
  doc: Y.Doc | null;
}

/**
 * Meetings on the section page: upcoming meetings (schedule, start, excusals) and the last summary.
 * A running meeting is the dock at the top of the page and its drawer (MeetingLive).
 */
export function MeetingArea({ section, me, doc }: MeetingAreaProps) {
  const meetings = useMeetingsQuery(section.id);
  const view = meetingsView(meetings.data ?? []);
  const structure = useLiveStructure(doc, section.structure);
  const call = useMeetingCall(section.id);
  const lead = section.permissions.leadMeeting;

  return (
    <div className="meeting-area" data-testid="meeting-area">
      <UpcomingCard
        meetings={meetings.data ?? []}
        upcoming={view.upcoming}
        runningExists={view.running !== null}
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
      {call.isError && <MeetingErrorText error={call.error} />}
      {scheduling && (
        <ScheduleForm
          team={knownTeam(meetings)}
          pending={call.isPending}
          onCancel={() => setScheduling(false)}
          onSchedule={(body) => call.mutate({ kind: 'schedule', body }, { onSuccess: () => setScheduling(false) })}
        />
      )}
      {upcoming.length === 0 ? (
        <Text size="sm" mt="xs" data-testid="meetings-card-empty">
          {t(runningExists ? 'meetingDock.running' : 'meetings.card.none')}
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
