import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Container } from '@mantine/core';
import type { User } from '@iep/shared';
import { AppHeader } from './AppHeader';

/** Skip link, the banner, and the page's one <main>. */
export function AppLayout({ user, children }: { user: User | null; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader user={user} />
      <main id="main" tabIndex={-1} className="app-main">
        <Container size="lg">{children}</Container>
      </main>
    </>
  );
}
