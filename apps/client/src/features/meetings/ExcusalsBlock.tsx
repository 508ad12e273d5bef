import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { isFamily, type ExcusalView, type MeetingState, type User } from '@iep/shared';
import { useRoleLabel } from '../../i18n/labels';
import type { useMeetingCall } from './api';
import { nameWithRole } from './meetingModel';

type Call = ReturnType<typeof useMeetingCall>;

interface ExcusalsBlockProps {
  meeting: MeetingState;
  me: User;
  /** The family's written consent to an excusal (the section's abilities). */
  mayConsent: boolean;
  lead: boolean;
  call: Call;
}

/** Excusing a member before the meeting (IDEA 300.321(e)): the lead asks, a parent consents in writing, the member writes input, the lead confirms. */
export function ExcusalsBlock({ meeting, me, mayConsent, lead, call }: ExcusalsBlockProps) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const headingId = useId();
  const [userId, setUserId] = useState('');
  const [areaDiscussed, setAreaDiscussed] = useState(true);
  const candidates = meeting.invited.filter(
    (m) => !isFamily(m.role) && !meeting.excusals.some((e) => e.userId === m.userId),
  );
  if (!lead && meeting.excusals.length === 0) return null;

  return (
    <section aria-labelledby={headingId} data-testid="meeting-excusals">
      <Title order={4} id={headingId}>
        {t('meetings.excusals.title')}
      </Title>
      {meeting.excusals.length === 0 && <Text size="sm">{t('meetings.excusals.none')}</Text>}
      <Stack gap="xs" mt="xs">
        {meeting.excusals.map((e) => (
          <ExcusalRow
            key={e.id}
            excusal={e}
            meetingId={meeting.id}
            me={me}
            mayConsent={mayConsent}
            lead={lead}
            call={call}
            roleText={roleLabel(e.role)}
          />
        ))}
      </Stack>
      {lead && candidates.length > 0 && (
        <Group align="flex-end" gap="sm" mt="sm" wrap="wrap">
          <NativeSelect
            label={t('meetings.excusals.member')}
            data={[
              { value: '', label: t('meetings.excusals.choose') },
              ...candidates.map((m) => ({ value: m.userId, label: nameWithRole(m.name, roleLabel(m.role)) })),
            ]}
            value={userId}
            onChange={(e) => setUserId(e.currentTarget.value)}
            data-testid="excusal-member"
          />
          <Checkbox
            label={t('meetings.excusals.areaDiscussed')}
            checked={areaDiscussed}
            onChange={(e) => setAreaDiscussed(e.currentTarget.checked)}
          />
          <Button
            variant="outline"
            disabled={userId === ''}
            onClick={() =>
              call.mutate(
                { kind: 'excuse', meetingId: meeting.id, userId, areaDiscussed },
                { onSuccess: () => setUserId('') },
              )
            }
            data-testid="excusal-request"
          >
            {t('meetings.excusals.request')}
          </Button>
        </Group>
      )}
    </section>
  );
}

function ExcusalRow({
  excusal: e,
  meetingId,
  me,
  mayConsent,
  lead,
  call,
  roleText,
}: {
  excusal: ExcusalView;
  meetingId: string;
  me: User;
  mayConsent: boolean;
  lead: boolean;
  call: Call;
  roleText: string;
}) {
  const { t } = useTranslation();
  const [typedName, setTypedName] = useState('');
  const [agree, setAgree] = useState(false);
  const [input, setInput] = useState('');
  const missing = e.missing.map((m) => t(`meetings.excusals.missing.${m}`));
  const status =
    e.confirmedAt !== null
      ? t('meetings.excusals.confirmed')
      : missing.length === 0
        ? t('meetings.excusals.ready')
        : t('meetings.excusals.stillMissing', { what: missing.join('; ') });

  return (
    <Paper withBorder p="sm" data-testid="excusal" data-missing={e.missing.join(' ')}>
      <Text fw={600}>
        {nameWithRole(e.name, roleText)}{' '}
        {e.areaDiscussed ? t('meetings.excusals.areaYes') : t('meetings.excusals.areaNo')}
      </Text>
      <Text size="sm" data-testid="excusal-status">
        {status}
      </Text>
      {e.parentConsentAt !== null && (
        <Text size="sm">{t('meetings.excusals.consentBy', { name: e.parentConsentBy ?? '' })}</Text>
      )}
      {e.writtenInput !== null && <Text size="sm">{t('meetings.excusals.input', { text: e.writtenInput })}</Text>}
      {mayConsent && e.parentConsentAt === null && (
        <Stack gap={4} mt="xs">
          <Checkbox
            label={t('meetings.excusals.consentAgree', { name: e.name })}
            checked={agree}
            onChange={(ev) => setAgree(ev.currentTarget.checked)}
            data-testid="excusal-agree"
          />
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t('meetings.excusals.typedName')}
              description={t('meetings.excusals.typedNameHint')}
              value={typedName}
              onChange={(ev) => setTypedName(ev.currentTarget.value)}
              data-testid="excusal-typed-name"
            />
            <Button
              disabled={!agree || typedName.trim().length < 2}
              onClick={() => call.mutate({ kind: 'consent', meetingId, excusalId: e.id, typedName })}
              data-testid="excusal-consent"
            >
              {t('meetings.excusals.consent')}
            </Button>
          </Group>
        </Stack>
      )}
      {e.userId === me.id && e.areaDiscussed && e.writtenInputAt === null && (
        <Stack gap={4} mt="xs">
          <Textarea
            label={t('meetings.excusals.inputLabel')}
            description={t('meetings.excusals.inputHint')}
            autosize
            minRows={3}
            maxLength={10_000}
            value={input}
            onChange={(ev) => setInput(ev.currentTarget.value)}
            data-testid="excusal-input"
          />
          <div>
            <Button
              disabled={input.trim() === ''}
              onClick={() => call.mutate({ kind: 'input', meetingId, excusalId: e.id, text: input })}
              data-testid="excusal-input-send"
            >
              {t('meetings.excusals.sendInput')}
            </Button>
          </div>
        </Stack>
      )}
      {lead && e.confirmedAt === null && (
        <Button
          mt="xs"
          variant="outline"
          size="compact-md"
          onClick={() => call.mutate({ kind: 'confirm', meetingId, excusalId: e.id })}
          data-testid="excusal-confirm"
        >
          {t('meetings.excusals.confirm')}
        </Button>
      )}
    </Paper>
  );
}
