import { useTranslation } from 'react-i18next';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { NoticeView, SectionAbilities } from '@iep/shared';
import { formatDate } from '../../lib/format';
import { noticePdfUrl, useNoticeAction } from './api';

interface NoticeIssuedProps {
  notice: NoticeView;
  sectionId: string;
  myUserId: string;
  abilities: SectionAbilities;
}

/** A block of the notice: a heading and its text (or "None"), keeping the author's paragraphs. */
function Part({ heading, text }: { heading: string; text: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <Title order={3} size="h5">
        {heading}
      </Title>
      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {text.trim() === '' ? t('notices.none') : text}
      </Text>
    </div>
  );
}

/** A notice to read: what the school decides and why, the options, the data, the rights and the receipt. */
export function NoticeIssued({ notice, sectionId, myUserId, abilities }: NoticeIssuedProps) {
  const { t, i18n } = useTranslation();
  const action = useNoticeAction(sectionId);
  const issued = notice.status === 'issued';
  const mine = notice.receipts.find((r) => r.userId === myUserId);
  return (
    <Stack gap="sm">
      <Part heading={t(`notices.read.${notice.action}`)} text={notice.description} />
      <Part heading={t('notices.read.reasons')} text={notice.reasons} />
      <div>
        <Title order={3} size="h5">
          {t('notices.read.options')}
        </Title>
        {notice.options.length === 0 ? (
          <Text>{t('notices.none')}</Text>
        ) : (
          <Stack component="ol" gap={4} style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
            {notice.options.map((o, i) => (
              <li key={i}>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {o.option}
                </Text>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {t('notices.read.whyRejected', { reason: o.whyRejected })}
                </Text>
              </li>
            ))}
          </Stack>
        )}
      </div>
      <Part heading={t('notices.read.dataUsed')} text={notice.dataUsed} />
      <Part heading={t('notices.read.otherFactors')} text={notice.otherFactors} />
      {issued && notice.safeguards !== null && <Part heading={t('notices.read.safeguards')} text={notice.safeguards} />}
      {issued && (
        <div>
          <Title order={3} size="h5">
            {t('notices.read.receipts')}
          </Title>
          {notice.receipts.length === 0 ? (
            <Text>{t('notices.notAcknowledged')}</Text>
          ) : (
            notice.receipts.map((r) => (
              <Text key={r.userId} data-testid="notice-receipt">
                {t('notices.acknowledgedBy', { name: r.name, date: formatDate(r.acknowledgedAt, i18n.language) })}
              </Text>
            ))
          )}
        </div>
      )}
      <Group gap="sm" wrap="wrap">
        <Anchor href={noticePdfUrl(notice.id)} download data-testid="notice-pdf">
          {t('notices.pdf')}
        </Anchor>
        {issued && abilities.acknowledgeNotices && !mine && (
          <Button
            size="sm"
            loading={action.isPending}
            onClick={() => action.mutate({ kind: 'acknowledge', id: notice.id })}
            data-testid="notice-acknowledge"
          >
            {t('notices.acknowledge')}
          </Button>
        )}
      </Group>
      {action.isError && <Text role="alert">{t('notices.errors.generic')}</Text>}
    </Stack>
  );
}
