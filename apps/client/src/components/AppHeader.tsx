import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Anchor, Button, Container, Group, Text } from '@mantine/core';
import type { User } from '@iep/shared';
import { useStudents } from '../features/students/api';
import { useRoleLabel } from '../i18n/labels';
import { useSignOut } from '../auth/useSignOut';
import { pendingInOpenDocuments } from '../offline/liveDocuments';
import { leadsAnyTeam } from '../features/dashboard/dashboardModel';
import { useOutbox } from '../features/notifications/api';
import { NotificationCentre } from '../features/notifications/NotificationCentre';
import { useMyDistricts } from '../features/admin/api';
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
                <Group gap="lg" component="span">
                  <Anchor component={Link} to="/" className="app-header__link">
                    {t('header.students')}
                  </Anchor>
                  <DashboardLink />
                  <OutboxLink />
                  <AdminLink />
                  <Anchor component={Link} to="/account" className="app-header__link" data-testid="account-link">
                    {t('header.account')}
                  </Anchor>
                </Group>
              </nav>
            )}
          </Group>
          <Group gap="md" wrap="wrap">
            {user !== null && <SignedInUser name={user.name} />}
            {user !== null && <NotificationCentre />}
            <LanguageSwitch user={user} />
            {user !== null && <SignOutButton />}
          </Group>
        </Group>
      </Container>
    </header>
  );
}

/**
 * "Signed in as Paula Reyes (Parent or guardian)": the roles come from the reader's teams and are
 * named from the catalog, in the reader's language; an account's name carries no role.
 */
function SignedInUser({ name }: { name: string }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const students = useStudents();
  const roles = students.isSuccess ? [...new Set(students.data.map((s) => s.myRole))] : [];
  return (
    <Text component="span" data-testid="signed-in-user">
      {roles.length === 0
        ? t('header.signedInAs', { name })
        : t('header.signedInAs', { name: t('person.withRole', { name, role: roles.map(roleLabel).join(', ') }) })}
    </Text>
  );
}

/** Only for those who lead a team (OT, administrator); known from the student list's roles. */
function DashboardLink() {
  const { t } = useTranslation();
  const students = useStudents();
  if (!students.isSuccess || !leadsAnyTeam(students.data)) return null;
  return (
    <Anchor component={Link} to="/dashboard" className="app-header__link" data-testid="dashboard-link">
      {t('dashboard.navLink')}
    </Anchor>
  );
}

function SignOutButton() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const onClick = (): void => {
    // Signing out deletes what this device keeps: say so when some changes exist nowhere else.
    const pending = pendingInOpenDocuments();
    if (pending > 0 && !window.confirm(t('offline.signOutConfirm', { count: pending }))) return;
    signOut.mutate();
  };
  return (
    <Button variant="default" onClick={onClick} loading={signOut.isPending} data-testid="sign-out">
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

/** Only for district administrators (the districts they run are known from /api/me/districts). */
function AdminLink() {
  const { t } = useTranslation();
  const districts = useMyDistricts();
  if (!districts.isSuccess || districts.data.length === 0) return null;
  return (
    <Anchor component={Link} to="/admin" className="app-header__link" data-testid="admin-link">
      {t('admin.navLink')}
    </Anchor>
  );
}
