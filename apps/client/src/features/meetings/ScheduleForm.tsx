import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { scheduleMeetingSchema, type MeetingState, type ScheduleMeeting } from '@iep/shared';
import { useRoleLabel } from '../../i18n/labels';
import { nameWithRole } from './meetingModel';

interface ScheduleFormProps {
  /** The team as known from earlier meetings; empty means the whole team is invited. */
  team: MeetingState['invited'];
  onSchedule: (body: ScheduleMeeting) => void;
  pending: boolean;
  onCancel: () => void;
}

/** The lead schedules a meeting: when (local time), the video link, who is invited (everyone by default). */
export function ScheduleForm({ team, onSchedule, pending, onCancel }: ScheduleFormProps) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const inviteId = useId();
  const [when, setWhen] = useState('');
  const [videoUrl, setVideoUrl] = useState('');
  const [left, setLeft] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ when?: string; videoUrl?: string }>({});

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const date = new Date(when);
    const everyone = left.length === 0;
    const parsed = scheduleMeetingSchema.safeParse({
      scheduledFor: Number.isNaN(date.getTime()) ? '' : date.toISOString(),
      videoUrl: videoUrl.trim() === '' ? undefined : videoUrl.trim(),
      // Nobody left out: invite the whole team (members the page does not know of included).
      invitedUserIds: everyone ? [] : team.filter((m) => !left.includes(m.userId)).map((m) => m.userId),
    });
    // Checked here too, so the person hears it at once; the server refuses a past time as well.
    if (!Number.isNaN(date.getTime()) && date.getTime() < Date.now() - 5 * 60_000) {
      setErrors({ when: t('meetingStart.whenPast') });
      return;
    }
    if (!parsed.success) {
      const fields = new Set(parsed.error.issues.map((i) => String(i.path[0])));
      setErrors({
        when: fields.has('scheduledFor') ? t('meetings.schedule.whenInvalid') : undefined,
        videoUrl: fields.has('videoUrl') ? t('meetings.schedule.videoInvalid') : undefined,
      });
      return;
    }
    setErrors({});
    onSchedule(parsed.data);
  };

  return (
    <form onSubmit={submit} noValidate data-testid="meeting-schedule-form">
      <Stack gap="sm">
        <TextInput
          type="datetime-local"
          label={t('meetings.schedule.when')}
          value={when}
          onChange={(e) => setWhen(e.currentTarget.value)}
          error={errors.when}
          required
          min={localNow()}
          data-testid="meeting-when"
        />
        <TextInput
          type="url"
          label={t('meetings.schedule.videoUrl')}
          description={t('meetings.schedule.videoHint')}
          value={videoUrl}
          onChange={(e) => setVideoUrl(e.currentTarget.value)}
          error={errors.videoUrl}
          data-testid="meeting-video-url"
        />
        <div role="group" aria-labelledby={inviteId}>
          <Text fw={600} size="sm" id={inviteId}>
            {t('meetings.schedule.invite')}
          </Text>
          {team.length === 0 ? (
            <Text size="sm">{t('meetings.schedule.wholeTeam')}</Text>
          ) : (
            <Stack gap={4} mt={4}>
              {team.map((m) => (
                <Checkbox
                  key={m.userId}
                  label={nameWithRole(m.name, roleLabel(m.role))}
                  checked={!left.includes(m.userId)}
                  onChange={(e) => {
                    const checked = e.currentTarget.checked;
                    setLeft((l) => (checked ? l.filter((id) => id !== m.userId) : [...l, m.userId]));
                  }}
                />
              ))}
            </Stack>
          )}
        </div>
        <Group gap="sm">
          <Button type="submit" loading={pending} data-testid="meeting-schedule-submit">
            {t('meetings.schedule.submit')}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('meetings.schedule.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Now as a datetime-local value (the input's lower bound). */
function localNow(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}
