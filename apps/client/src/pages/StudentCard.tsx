import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import type { StudentSummary } from '@iep/shared';
import { useRoleLabel, useStatusLabel } from '../i18n/labels';
import { formatDate } from '../lib/format';

type Plan = StudentSummary['plans'][number];

/** One student: name, grade, school, the reader's role, and a way into each plan's OT section. */
export function StudentCard({ student }: { student: StudentSummary }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const name = t('students.fullName', { first: student.firstName, last: student.lastName });
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="article"
      aria-labelledby={`student-${student.id}`}
      data-testid="student-card"
    >
      <Stack gap="sm">
        <Title order={2} id={`student-${student.id}`} size="h3">
          {name}
        </Title>
        <dl className="fact-list">
          <div>
            <dt>{t('students.grade')}</dt>
            <dd>{student.grade}</dd>
          </div>
          <div>
            <dt>{t('students.school')}</dt>
            <dd>{student.school}</dd>
          </div>
          <div>
            <dt>{t('students.myRole')}</dt>
            <dd data-role={student.myRole}>{roleLabel(student.myRole)}</dd>
          </div>
        </dl>
        <Title order={3} size="h5">
          {t('students.plansHeading')}
        </Title>
        {student.plans.length === 0 ? (
          <Text>{t('students.noPlans')}</Text>
        ) : (
          <ul className="plan-list" role="list">
            {student.plans.map((plan) => (
              <li key={plan.id}>
                <PlanItem plan={plan} studentName={name} />
              </li>
            ))}
          </ul>
        )}
        {student.abilities.exportRecord && (
          <Anchor
            href={`/api/students/${student.id}/record`}
            download
            aria-label={t('students.downloadRecordFor', { name })}
            data-testid="download-record"
          >
            {t('students.downloadRecord')}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}

function PlanItem({ plan, studentName }: { plan: Plan; studentName: string }) {
  const { t, i18n } = useTranslation();
  const statusLabel = useStatusLabel();
  const kind = t(`students.planKind.${plan.kind}`);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const dateOrNone = (value: string | null) =>
    value === null ? t('students.notScheduled') : formatDate(value, language);
  return (
    <Stack gap={4}>
      <Text fw={600}>{kind}</Text>
      <Text size="sm">{t('students.meetingDate', { date: dateOrNone(plan.meetingDate) })}</Text>
      <Text size="sm">{t('students.annualReviewDate', { date: dateOrNone(plan.annualReviewDate) })}</Text>
      {plan.otSectionId === null ? (
        <Text size="sm">{t('students.noOtSection')}</Text>
      ) : (
        <Text size="sm">
          {plan.otSectionStatus !== null && (
            <>
              {t('students.otSectionStatus', { status: statusLabel(plan.otSectionStatus) })}
              <br />
            </>
          )}
          <Anchor
            component={Link}
            to={`/sections/${plan.otSectionId}`}
            fw={600}
            aria-label={t('students.openOtSectionFor', { name: studentName, plan: kind })}
            data-testid="open-ot-section"
          >
            {t('students.openOtSection')}
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}
