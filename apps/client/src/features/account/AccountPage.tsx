import { useTranslation } from 'react-i18next';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useCurrentUser } from '../../auth/currentUser';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { PasswordForm } from './PasswordForm';
import { ProfileForm } from './ProfileForm';

/** /account — my display name, language and password. */
export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.title'));
  const user = useCurrentUser();
  return (
    <Stack gap="lg" maw={560}>
      <Title order={1}>{t('account.title')}</Title>
      <Text>{t('account.email', { email: user.email })}</Text>
      <Paper withBorder p="lg" radius="md">
        <ProfileForm user={user} />
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <PasswordForm />
      </Paper>
    </Stack>
  );
}
