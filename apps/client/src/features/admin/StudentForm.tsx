import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DATE_MIN, LOCALES, studentInputSchema, type AdminSchool, type AdminStudent } from '@iep/shared';
import { peopleErrorKey, validateForm, type FieldErrors } from '../team/peopleErrors';
import { useSaveStudent } from './api';

type Values = {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  schoolId: string;
  grade: string;
  preferredLanguage: string;
};

const blank = (schools: AdminSchool[]): Values => ({
  firstName: '',
  lastName: '',
  dateOfBirth: '',
  schoolId: schools[0]?.id ?? '',
  grade: '',
  preferredLanguage: 'en',
});

/** Adds a student, or edits one, checked with the server's own schema before it is sent. */
export function StudentForm({
  districtId,
  schools,
  student,
  onDone,
}: {
  districtId: string;
  schools: AdminSchool[];
  student: AdminStudent | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveStudent(districtId);
  const [values, setValues] = useState<Values>(student ?? blank(schools));
  const [errors, setErrors] = useState<FieldErrors>({});
  const field = (name: keyof Values) => ({
    value: values[name],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((v) => ({ ...v, [name]: value }));
    },
    error: errors[name] === undefined ? undefined : t(errors[name]),
  });
  const title =
    student === null
      ? t('admin.students.addTitle')
      : t('admin.students.editTitle', { name: `${student.firstName} ${student.lastName}` });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.reset();
    const result = validateForm(studentInputSchema, values);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    save.mutate({ studentId: student?.id ?? null, input: result.data }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={title} data-testid="student-form">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('admin.students.firstName')} name="firstName" required {...field('firstName')} />
          <TextInput label={t('admin.students.lastName')} name="lastName" required {...field('lastName')} />
          <TextInput
            label={t('admin.students.dateOfBirth')}
            name="dateOfBirth"
            type="date"
            min={DATE_MIN}
            required
            {...field('dateOfBirth')}
          />
          <TextInput label={t('admin.students.grade')} name="grade" required {...field('grade')} />
          <NativeSelect
            label={t('admin.students.school')}
            name="schoolId"
            data={schools.map((s) => ({ value: s.id, label: s.name }))}
            {...field('schoolId')}
          />
          <NativeSelect
            label={t('admin.students.language')}
            name="preferredLanguage"
            data={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
            {...field('preferredLanguage')}
          />
        </SimpleGrid>
        {save.isError && (
          <Alert color="red" role="alert">
            {t(peopleErrorKey(save.error))}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending} data-testid="save-student">
            {student === null ? t('admin.students.create') : t('admin.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('admin.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
