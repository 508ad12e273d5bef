import { forwardRef, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Group, Popover, Radio, Stack, Text, VisuallyHidden } from '@mantine/core';
import { ATTENDANCE_MODES, type AttendanceMode, type MeetingState } from '@iep/shared';
import type { Attendance } from './useMeetingSocket';

export type DrawerTab = 'agenda' | 'people' | 'notes';

interface MeetingDockProps {
  meeting: MeetingState;
  attendance: Attendance | null;
  onJoin: (a: Attendance) => void;
  joining: boolean;
  /** "Now discussing: …" in words. */
  discussingLine: string;
  follow: { following: boolean; behind: boolean; stop: () => void; catchUp: () => void };
  drawerId: string;
  drawerOpen: boolean;
  onToggleDrawer: (tab?: DrawerTab) => void;
}

/**
 * The running meeting in one line that stays at the top of the window (two on a phone): what is
 * discussed now, who is here, join or follow, and the drawer with the agenda, the people and the notes.
 */
export const MeetingDock = forwardRef<HTMLElement, MeetingDockProps>(function MeetingDock(
  { meeting, attendance, onJoin, joining, discussingLine, follow, drawerId, drawerOpen, onToggleDrawer },
  ref,
) {
  const { t } = useTranslation();
  const headingId = useId();
  const present = meeting.participants.filter((p) => p.state === 'present').length;

  return (
    <section ref={ref} className="meeting-dock" aria-labelledby={headingId} data-testid="meeting-dock">
      <VisuallyHidden component="h2" id={headingId}>
        {t('meetingDock.label')}
      </VisuallyHidden>
      <span className="meeting-dock__live" aria-hidden="true" />
      <p className="meeting-dock__now" data-testid="meeting-now-discussing" title={discussingLine}>
        {discussingLine}
      </p>
      <div className="meeting-dock__actions">
        <Button
          variant="subtle"
          size="compact-sm"
          aria-label={t('meetingDock.hereLabel', { count: present })}
          aria-controls={drawerId}
          aria-expanded={drawerOpen}
          onClick={() => onToggleDrawer('people')}
          data-testid="meeting-dock-people"
        >
          {t('meetingDock.here', { count: present })}
        </Button>
        {attendance === null ? (
          <JoinPopover meeting={meeting} onJoin={onJoin} joining={joining} />
        ) : (
          <>
            {!follow.following && (
              <Text span size="xs" className="meeting-dock__behind" data-testid="meeting-not-following">
                {follow.behind ? t('meetings.follow.behind') : t('meetings.follow.off')}
              </Text>
            )}
            {/* One button whose label turns, so keyboard focus stays on it. */}
            <Button
              variant={follow.following ? 'outline' : 'filled'}
              size="compact-sm"
              onClick={follow.following ? follow.stop : follow.catchUp}
              data-testid={follow.following ? 'meeting-stop-following' : 'meeting-catch-up'}
            >
              {follow.following ? t('meetings.follow.stop') : t('meetings.follow.catchUp')}
            </Button>
          </>
        )}
        <Button
          size="compact-sm"
          variant={drawerOpen ? 'filled' : 'light'}
          aria-controls={drawerId}
          aria-expanded={drawerOpen}
          onClick={() => onToggleDrawer()}
          data-testid="meeting-drawer-toggle"
        >
          <span className="meeting-dock__long">{t('meetingDock.drawer')}</span>
          <span className="meeting-dock__short">{t('meetingDock.drawerShort')}</span>
        </Button>
      </div>
    </section>
  );
});

/** Join in two clicks: how one attends (video by default) and whether an interpreter is there. */
function JoinPopover({
  meeting,
  onJoin,
  joining,
}: {
  meeting: MeetingState;
  onJoin: (a: Attendance) => void;
  joining: boolean;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [mode, setMode] = useState<AttendanceMode>('video');
  const [interpreter, setInterpreter] = useState(false);
  const isMode = (v: string): v is AttendanceMode => (ATTENDANCE_MODES as readonly string[]).includes(v);
  return (
    <Popover opened={opened} onChange={setOpened} trapFocus returnFocus position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <Button size="compact-sm" onClick={() => setOpened((o) => !o)} data-testid="meeting-join-open">
          {t('meetingDock.join')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          aria-label={t('meetingDock.joinTitle')}
          onSubmit={(e) => {
            e.preventDefault();
            setOpened(false);
            onJoin({ meetingId: meeting.id, mode, interpreter });
          }}
        >
          <Stack gap="sm">
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
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
