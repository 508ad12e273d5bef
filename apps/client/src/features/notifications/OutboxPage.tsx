import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { MAIL_SECRET_MARKER, type OutboxMessage } from '@iep/shared';
import { useOutbox } from './api';
import { isApiError } from '../../api/http';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatDate } from '../../lib/format';

/**
 * /outbox — the mail the workspace wrote about the reader's districts (queued without SMTP, sent, or
 * failed): district administrators only. One-time links never reach this page: the server sends
 * MAIL_SECRET_MARKER in their place, shown here as a labelled badge.
 */
export function OutboxPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('notifications.outbox.title'));
  const outbox = useOutbox(true, true);
  return (
    <Stack gap="md">
      <Title order={1}>{t('notifications.outbox.title')}</Title>
      <Text size="sm">{t('notifications.outbox.hint')}</Text>
      {outbox.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {outbox.isError && (
        <Alert color="red">
          {isApiError(outbox.error, 403) ? t('notifications.outbox.forbidden') : t('notifications.outbox.error')}
        </Alert>
      )}
      {outbox.data?.length === 0 && <Text>{t('notifications.outbox.empty')}</Text>}
      {outbox.data?.map((m) => (
        <Card key={m.id} withBorder padding="sm" component="article">
          <Stack gap={4}>
            <Text fw={600}>{m.subject}</Text>
            <Text size="sm">
              {t('notifications.outbox.to', { to: m.to, date: formatDate(m.createdAt, i18n.language) })}
            </Text>
            <Group gap="xs">
              <Badge
                variant="filled"
                color={m.status === 'failed' ? 'red.9' : m.status === 'sent' ? 'teal.9' : 'gray.8'}
              >
                {t(`notifications.outbox.status.${m.status}`)}
              </Badge>
              {m.secret && (
                <Text size="xs" c="dimmed" data-testid="outbox-secret-state">
                  {t(`notifications.outbox.secret.${m.secret}`)}
                </Text>
              )}
            </Group>
            <MailText text={m.text} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

/** The mail's text with each hidden one-time link shown as a badge in the reader's language. */
function MailText({ text }: { text: OutboxMessage['text'] }) {
  const { t } = useTranslation();
  const parts = text.split(MAIL_SECRET_MARKER);
  return (
    <Text size="sm" className="outbox__text">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && (
            <Badge variant="outline" color="gray.8" tt="none" data-testid="outbox-hidden-link">
              {t('notifications.outbox.hiddenLink')}
            </Badge>
          )}
        </Fragment>
      ))}
    </Text>
  );
}
