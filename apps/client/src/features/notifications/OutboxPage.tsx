import { useTranslation } from 'react-i18next';
import { Alert, Badge, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useOutbox } from './api';
import { isApiError } from '../../api/http';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatDate } from '../../lib/format';

/** /outbox — every mail the app wrote (queued without SMTP, sent, or failed): administrators only. */
export function OutboxPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('notifications.outbox.title'));
  const outbox = useOutbox();
  return (
    <Stack gap="md">
      <Title order={1}>{t('notifications.outbox.title')}</Title>
      <Text size="sm">{t('notifications.outbox.hint')}</Text>
      {outbox.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {outbox.isError && <Alert color="red">{isApiError(outbox.error, 403) ? t('notifications.outbox.forbidden') : t('notifications.outbox.error')}</Alert>}
      {outbox.data?.length === 0 && <Text>{t('notifications.outbox.empty')}</Text>}
      {outbox.data?.map((m) => (
        <Card key={m.id} withBorder padding="sm" component="article">
          <Stack gap={4}>
            <Text fw={600}>{m.subject}</Text>
            <Text size="sm">{t('notifications.outbox.to', { to: m.to, date: formatDate(m.createdAt, i18n.language) })}</Text>
            <Badge variant="filled" color={m.status === 'failed' ? 'red.9' : m.status === 'sent' ? 'teal.9' : 'gray.8'}>
              {t(`notifications.outbox.status.${m.status}`)}
            </Badge>
            <Text size="sm" className="outbox__text">
              {m.text}
            </Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
