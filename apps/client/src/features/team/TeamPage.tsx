import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { MemberActions } from './MemberActions';
import { TeamPanel } from './TeamPanel';
import { useTeam } from './api';

/** `/students/:studentId/team`: the student's team panel. */
export function TeamPage() {
  const { t } = useTranslation();
  const studentId = useParams().studentId ?? '';
  const team = useTeam(studentId);
  const name = team.data
    ? t('students.fullName', { first: team.data.student.firstName, last: team.data.student.lastName })
    : '';
  useDocumentTitle(t('team.title', { name }));
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/students/${encodeURIComponent(studentId)}`}>
        {t('team.back')}
      </Anchor>
      <Title order={1}>{t('team.title', { name })}</Title>
      <Text>{t('team.intro')}</Text>
      <TeamPanel
        studentId={studentId}
        renderMemberActions={(member, panel) => <MemberActions member={member} team={panel} />}
      />
    </Stack>
  );
}
