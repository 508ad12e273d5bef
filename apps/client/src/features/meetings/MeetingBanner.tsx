import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Anchor, Button, Checkbox, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { ATTENDANCE_MODES, type AttendanceMode, type MeetingState } from '@iep/shared';
import { formatDateTime } from '../workflow/formatDateTime';
import { MeetingErrorText } from './MeetingErrorText';
import type { Attendance } from './useMeetingSocket';

interface MeetingBannerProps {
  meeting: MeetingState;
  attendance: Attendance | null;
  onJoin: (a: Attendance) => void;
  onLeave: () => void;
  joining: boolean;
  error: unknown;
  /** "Now discussing: …" in words, or null before the first item. */
  discussing: string | null;
  follow: { following: boolean; behind: boolean; stop: () => void; catchUp: () => void };
}

/** Everyone on the team sees a running meeting: join in one click (saying how), the call's link, leave; what is discussed now. */
export function MeetingBanner({
  meeting,
  attendance,
  onJoin,
  onLeave,
  joining,
  error,
  discussing,
  follow,
}: MeetingBannerProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [mode, setMode] = useState<AttendanceMode>('video');
  const [interpreter, setInterpreter] = useState(false);
  const joinedRef = useRef<HTMLParagraphElement>(null);
  const joined = attendance !== null;
  // The join form goes away once in: keyboard focus moves to the line saying so, not to the page.
  useEffect(() => {
    if (joined && (document.activeElement === null || document.activeElement === document.body))
      joinedRef.current?.focus();
  }, [joined]);
  const isMode = (v: string): v is AttendanceMode => (ATTENDANCE_MODES as readonly string[]).includes(v);

  return (
    <section className="meeting-banner" aria-labelledby={headingId} data-testid="meeting-banner">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={2} size="h3" id={headingId}>
              {t('meetings.banner.title')}
            </Title>
            <Text size="sm">
              {t('meetings.banner.started', {
                time: formatDateTime(meeting.startedAt ?? meeting.scheduledFor, i18n.language),
                name: meeting.facilitator?.name ?? t('workflow.events.someone'),
              })}
            </Text>
          </div>
          {meeting.videoUrl !== null && (
            <Anchor
              href={meeting.videoUrl}
              target="_blank"
              rel="noopener noreferrer"
              fw={700}
              data-testid="meeting-video-link"
            >
              {t('meetings.banner.videoLink')}
            </Anchor>
          )}
        </Group>
        <Text fw={700} role="status" aria-live="polite" data-testid="meeting-now-discussing">
          {discussing === null
            ? t('meetings.banner.nothingYet')
            : t('meetings.banner.nowDiscussing', { what: discussing })}
        </Text>
        {attendance === null ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              onJoin({ meetingId: meeting.id, mode, interpreter });
            }}
          >
            <Group align="flex-end" gap="md" wrap="wrap">
              <Radio.Group label={t('meetings.join.how')} value={mode} onChange={(v) => isMode(v) && setMode(v)}>
                <Group gap="sm" mt={4}>
                  {ATTENDANCE_MODES.map((m) => (
                    <Radio key={m} value={m} label={t(`meetings.modes.${m}`)} data-testid={`meeting-mode-${m}`} />
                  ))}
                </Group>
              </Radio.Group>
              <Checkbox
                label={t('meetings.join.interpreter')}
                checked={interpreter}
                onChange={(e) => setInterpreter(e.currentTarget.checked)}
                data-testid="meeting-interpreter"
              />
              <Button type="submit" loading={joining} data-testid="meeting-join">
                {t('meetings.join.button')}
              </Button>
            </Group>
          </form>
        ) : (
          <Group gap="sm" wrap="wrap">
            <Text size="sm" data-testid="meeting-joined" ref={joinedRef} tabIndex={-1}>
              {t('meetings.join.joinedAs', { mode: t(`meetings.modes.${attendance.mode}`) })}
            </Text>
            {!follow.following && (
              <Text size="sm" data-testid="meeting-not-following">
                {follow.behind ? t('meetings.follow.behind') : t('meetings.follow.off')}
              </Text>
            )}
            {/* One button in one place whose label turns, so keyboard focus stays on it. */}
            <Button
              variant={follow.following ? 'outline' : 'filled'}
              size="compact-md"
              onClick={follow.following ? follow.stop : follow.catchUp}
              data-testid={follow.following ? 'meeting-stop-following' : 'meeting-catch-up'}
            >
              {follow.following ? t('meetings.follow.stop') : t('meetings.follow.catchUp')}
            </Button>
            <Button variant="outline" color="red.9" size="compact-md" onClick={onLeave} data-testid="meeting-leave">
              {t('meetings.join.leave')}
            </Button>
          </Group>
        )}
        <MeetingErrorText error={error} />
      </Stack>
    </section>
  );
}
