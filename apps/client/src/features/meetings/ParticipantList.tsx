import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { List, Text, Title } from '@mantine/core';
import type { Participant } from '@iep/shared';
import { useRoleLabel } from '../../i18n/labels';

/** Who is in the meeting: role, how they attend, interpreter, and whether their connection dropped. */
export function ParticipantList({ participants }: { participants: Participant[] }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-testid="meeting-participants">
      <Title order={3} id={headingId}>
        {t('meetings.participants.title', { count: participants.length })}
      </Title>
      {participants.length === 0 ? (
        <Text size="sm">{t('meetings.participants.none')}</Text>
      ) : (
        <List listStyleType="none" spacing={4}>
          {participants.map((p) => (
            <List.Item key={p.userId} data-testid="meeting-participant" data-state={p.state} data-name={p.name}>
              <Text span fw={600}>
                {p.name}
              </Text>{' '}
              <Text span size="sm">
                {t('meetings.participants.line', { role: roleLabel(p.role), mode: t(`meetings.modes.${p.mode}`) })}
                {p.interpreter && `, ${t('meetings.participants.interpreter')}`}
              </Text>{' '}
              <span className={p.state === 'present' ? 'tag tag--green' : 'tag tag--red'}>
                {t(`meetings.participants.${p.state}`)}
              </span>
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}
