import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useMe } from '../auth/useMe';
import { AppLayout } from '../components/AppLayout';
import { useDocumentTitle } from '../components/useDocumentTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  const me = useMe();
  return (
    <AppLayout user={me.data ?? null}>
      <Stack gap="md" mt="xl">
        <Title order={1}>{t('notFound.title')}</Title>
        <Text>{t('notFound.body')}</Text>
        <Anchor component={Link} to="/">
          {t('notFound.home')}
        </Anchor>
      </Stack>
    </AppLayout>
  );
}
