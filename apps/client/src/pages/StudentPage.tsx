import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useStudents } from '../features/students/api';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { StudentCard } from './StudentCard';

/** `/students/:studentId`: one student of the caller's teams (where an accepted invitation lands). */
export function StudentPage() {
  const { t } = useTranslation();
  const studentId = useParams().studentId ?? '';
  const students = useStudents();
  const student = students.data?.find((s) => s.id === studentId);
  const title = student
    ? t('students.fullName', { first: student.firstName, last: student.lastName })
    : t('studentPage.title');
  useDocumentTitle(title);
  const enc = encodeURIComponent(studentId);
  if (students.isPending) {
    return (
      <div role="status">
        <Loader size="sm" aria-hidden="true" /> <Text span>{t('app.loading')}</Text>
      </div>
    );
  }
  return (
    <Stack gap="lg" data-testid="student-page">
      <Title order={1}>{title}</Title>
      {student ? <StudentCard student={student} /> : <Alert color="yellow">{t('studentPage.notOnTeam')}</Alert>}
      <nav aria-label={t('studentPage.navLabel')}>
        <Group gap="lg">
          <Anchor component={Link} to={`/students/${enc}/team`} data-testid="team-link">
            {t('studentPage.team')}
          </Anchor>
          {student?.abilities.viewAccessLog === true && (
            <Anchor component={Link} to={`/students/${enc}/access-log`}>
              {t('studentPage.accessLog')}
            </Anchor>
          )}
        </Group>
      </nav>
    </Stack>
  );
}
