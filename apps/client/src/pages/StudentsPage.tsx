import { useTranslation } from 'react-i18next';
import { Alert, Button, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useStudents } from '../features/students/api';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { StudentCard } from './StudentCard';

/** The students whose team the signed-in user is on. */
export function StudentsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('students.title'));
  const students = useStudents();

  return (
    <Stack gap="lg">
      <Title order={1}>{t('students.title')}</Title>
      <Text>{t('students.intro')}</Text>
      {students.isPending && (
        <div role="status">
          <Loader size="sm" aria-hidden="true" /> <Text span>{t('app.loading')}</Text>
        </div>
      )}
      {students.isError && (
        <Alert color="red" title={t('errors.generic')}>
          <Button mt="sm" variant="outline" color="red" onClick={() => void students.refetch()}>
            {t('errors.retry')}
          </Button>
        </Alert>
      )}
      {students.isSuccess && students.data.length === 0 && <Text>{t('students.empty')}</Text>}
      {students.isSuccess && students.data.length > 0 && (
        <SimpleGrid
          component="ul"
          role="list"
          cols={{ base: 1, md: 2 }}
          spacing="lg"
          className="student-list"
          data-testid="student-list"
        >
          {students.data.map((student) => (
            <li key={student.id}>
              <StudentCard student={student} />
            </li>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
