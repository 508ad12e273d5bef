import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Anchor, Button, Container, Group, Text } from '@mantine/core';
import type { User } from '@iep/shared';
import { useSignOut } from '../auth/useSignOut';
import { useOutbox } from '../api/comments';
import { NotificationCentre } from '../features/notifications/NotificationCentre';
import { LanguageSwitch } from './LanguageSwitch';

/** App name, navigation, the signed-in user, the language switch and sign-out. */
export function AppHeader({ user }: { user: User | null }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <Container size="lg">
        <Group justify="space-between" gap="md" wrap="wrap" py="sm">
          <Group gap="lg" wrap="wrap">
            <Text component="span" fw={700} size="lg" className="app-header__name">
              {t('app.name')}
            </Text>
            {user !== null && (
              <nav aria-label={t('header.navLabel')}>
                <Anchor component={Link} to="/" className="app-header__link">
                  {t('header.students')}
                </Anchor>
                <OutboxLink />
              </nav>
            )}
          </Group>
          <Group gap="md" wrap="wrap">
            {user !== null && (
              <Text component="span" data-testid="signed-in-user">
                {t('header.signedInAs', { name: user.name })}
              </Text>
            )}
            {user !== null && <NotificationCentre />}
            <LanguageSwitch />
            {user !== null && <SignOutButton />}
          </Group>
        </Group>
      </Container>
    </header>
  );
}

function SignOutButton() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <Button variant="default" onClick={() => signOut.mutate()} loading={signOut.isPending} data-testid="sign-out">
      {t('header.signOut')}
    </Button>
  );
}

/** Administrators read the mail outbox in the app; the link shows only when the outbox answers. */
function OutboxLink() {
  const { t } = useTranslation();
  const outbox = useOutbox();
  if (!outbox.isSuccess) return null;
  return (
    <Anchor component={Link} to="/outbox" className="app-header__link" ml="md">
      {t('notifications.outbox.link')}
    </Anchor>
  );
}
