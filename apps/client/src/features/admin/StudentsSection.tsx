import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { AdminPlan, AdminSchool, AdminStudent } from '@iep/shared';
import { formatDate } from '../../lib/format';
import { useStatusLabel } from '../../i18n/labels';
import { peopleErrorKey } from '../team/peopleErrors';
import { useOpenSection } from './api';
import { PlanForm } from './PlanForm';
import { StudentForm } from './StudentForm';

/** The district's students: add and edit them, their plans, and open each plan's OT section. */
export function StudentsSection({
  districtId,
  schools,
  students,
}: {
  districtId: string;
  schools: AdminSchool[];
  students: AdminStudent[];
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="sm" component="section" aria-labelledby="students-title">
      <Group justify="space-between">
        <Title order={2} id="students-title">
          {t('admin.students.title')}
        </Title>
        {!adding && (
          <Button onClick={() => setAdding(true)} data-testid="add-student">
            {t('admin.students.add')}
          </Button>
        )}
      </Group>
      {adding && (
        <StudentForm districtId={districtId} schools={schools} student={null} onDone={() => setAdding(false)} />
      )}
      {students.length === 0 && <Text>{t('admin.students.empty')}</Text>}
      <Stack gap="md" component="ul" className="plain-list" data-testid="admin-students">
        {students.map((student) => (
          <li key={student.id}>
            <StudentItem districtId={districtId} schools={schools} student={student} />
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

function StudentItem({
  districtId,
  schools,
  student,
}: {
  districtId: string;
  schools: AdminSchool[];
  student: AdminStudent;
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [addingPlan, setAddingPlan] = useState(false);
  const name = t('students.fullName', { first: student.firstName, last: student.lastName });
  const language = i18n.resolvedLanguage ?? i18n.language;
  const headingId = `admin-student-${student.id}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId} data-testid="admin-student">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4" id={headingId}>
            {name}
          </Title>
          <Group gap="xs">
            <Anchor
              component={Link}
              to={`/students/${encodeURIComponent(student.id)}/team`}
              aria-label={t('admin.students.teamFor', { name })}
            >
              {t('admin.students.team')}
            </Anchor>
            <Button
              size="xs"
              variant="default"
              onClick={() => setEditing(true)}
              aria-label={t('admin.students.editFor', { name })}
            >
              {t('admin.edit')}
            </Button>
          </Group>
        </Group>
        <Text size="sm">
          {t('admin.students.facts', {
            dateOfBirth: formatDate(student.dateOfBirth, language),
            grade: student.grade,
            school: student.schoolName,
            language: t(`language.${student.preferredLanguage}`),
          })}
        </Text>
        {editing && (
          <StudentForm districtId={districtId} schools={schools} student={student} onDone={() => setEditing(false)} />
        )}
        <Title order={4} size="h5">
          {t('students.plansHeading')}
        </Title>
        {student.plans.length === 0 && <Text size="sm">{t('students.noPlans')}</Text>}
        <ul className="plain-list">
          {student.plans.map((plan) => (
            <li key={plan.id}>
              <PlanItem districtId={districtId} studentId={student.id} studentName={name} plan={plan} />
            </li>
          ))}
        </ul>
        {addingPlan ? (
          <PlanForm districtId={districtId} studentId={student.id} plan={null} onDone={() => setAddingPlan(false)} />
        ) : (
          <Group>
            <Button
              size="xs"
              variant="light"
              onClick={() => setAddingPlan(true)}
              aria-label={t('admin.plans.addFor', { name })}
            >
              {t('admin.plans.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function PlanItem({
  districtId,
  studentId,
  studentName,
  plan,
}: {
  districtId: string;
  studentId: string;
  studentName: string;
  plan: AdminPlan;
}) {
  const { t, i18n } = useTranslation();
  const statusLabel = useStatusLabel();
  const open = useOpenSection(districtId);
  const [editing, setEditing] = useState(false);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const kind = t(`students.planKind.${plan.kind}`);
  const date = (value: string | null) => (value === null ? t('students.notScheduled') : formatDate(value, language));
  if (editing)
    return <PlanForm districtId={districtId} studentId={studentId} plan={plan} onDone={() => setEditing(false)} />;
  return (
    <Group gap="sm" wrap="wrap" data-testid="admin-plan">
      <Text size="sm" fw={600}>
        {kind}
      </Text>
      <Text size="sm">{t('students.meetingDate', { date: date(plan.meetingDate) })}</Text>
      <Text size="sm">{t('students.annualReviewDate', { date: date(plan.annualReviewDate) })}</Text>
      {plan.otSectionStatus !== null ? (
        <Text size="sm" data-testid="ot-section-state">
          {t('students.otSectionStatus', { status: statusLabel(plan.otSectionStatus) })}
        </Text>
      ) : (
        <Button
          size="xs"
          onClick={() => open.mutate(plan.id)}
          loading={open.isPending}
          aria-label={t('admin.plans.openSectionFor', { name: studentName, plan: kind })}
        >
          {t('admin.plans.openSection')}
        </Button>
      )}
      <Button
        size="xs"
        variant="default"
        onClick={() => setEditing(true)}
        aria-label={t('admin.plans.editFor', { name: studentName, plan: kind })}
      >
        {t('admin.edit')}
      </Button>
      {open.isError && (
        <Text size="sm" c="red.9" role="alert">
          {t(peopleErrorKey(open.error))}
        </Text>
      )}
    </Group>
  );
}
