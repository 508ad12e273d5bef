import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ParseKeys } from 'i18next';
import { Alert, Anchor, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { ApiError } from '../api/http';
import { useSection } from '../features/section/api';
import { useCurrentUser } from '../auth/currentUser';
import { SectionWorkspace } from '../features/section/SectionWorkspace';
import { useDocumentTitle } from '../components/useDocumentTitle';

function loadErrorKey(error: unknown): ParseKeys {
  if (error instanceof ApiError) {
    if (error.status === 403) return 'section.errors.forbidden';
    if (error.status === 404 || error.status === 400) return 'section.errors.notFound';
  }
  return 'section.errors.generic';
}

/** /sections/:sectionId — the OT section, live. */
export function SectionPage() {
  const { t } = useTranslation();
  const { sectionId = '' } = useParams();
  const me = useCurrentUser();
  const section = useSection(sectionId);
  useDocumentTitle(section.data ? t('section.title', { name: section.data.studentName }) : t('section.pageTitle'));

  const back = (
    <Anchor component={Link} to="/">
      {t('section.backToStudents')}
    </Anchor>
  );

  if (section.isSuccess) {
    return (
      <Stack gap="md">
        <Text size="sm">{back}</Text>
        <SectionWorkspace key={section.data.id} section={section.data} me={me} />
      </Stack>
    );
  }

  const retryable = section.isError && !(section.error instanceof ApiError && section.error.status < 500);
  return (
    <Stack gap="md">
      <Text size="sm">{back}</Text>
      <Title order={1}>{t('section.pageTitle')}</Title>
      {section.isError ? (
        <Alert color="red" data-testid="section-error">
          {t(loadErrorKey(section.error))}
          {retryable && (
            <div>
              <Button mt="sm" variant="outline" color="red" onClick={() => void section.refetch()}>
                {t('section.errors.retry')}
              </Button>
            </div>
          )}
        </Alert>
      ) : (
        <div role="status">
          <Loader size="sm" aria-hidden="true" /> <Text span>{t('app.loading')}</Text>
        </div>
      )}
    </Stack>
  );
}
