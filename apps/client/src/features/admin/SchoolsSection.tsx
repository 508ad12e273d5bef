import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, Stack, Table, TextInput, Title } from '@mantine/core';
import { schoolInputSchema, type AdminSchool } from '@iep/shared';
import { ReadableTable } from '../../components/ReadableTable';
import { peopleErrorKey, validateForm, type FieldErrors } from '../team/peopleErrors';
import { useCreateSchool, useDeleteSchool, useRenameSchool } from './api';

/** The district's schools: add, rename, and delete the ones without students. */
export function SchoolsSection({ districtId, schools }: { districtId: string; schools: AdminSchool[] }) {
  const { t } = useTranslation();
  const create = useCreateSchool(districtId);
  const remove = useDeleteSchool(districtId);
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Stack gap="sm" component="section" aria-labelledby="schools-title">
      <Title order={2} id="schools-title">
        {t('admin.schools.title')}
      </Title>
      <ReadableTable label={t('admin.schools.title')}>
        <Table data-testid="schools" aria-labelledby="schools-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.schools.name')}</Table.Th>
              <Table.Th scope="col">{t('admin.schools.students')}</Table.Th>
              <Table.Th scope="col">{t('team.members.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {schools.map((school) => (
              <Table.Tr key={school.id}>
                <Table.Td data-label={t('admin.schools.name')}>
                  {editing === school.id ? (
                    <RenameForm districtId={districtId} school={school} onDone={() => setEditing(null)} />
                  ) : (
                    school.name
                  )}
                </Table.Td>
                <Table.Td data-label={t('admin.schools.students')}>{school.studentCount}</Table.Td>
                <Table.Td data-label={t('team.members.actions')}>
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing(school.id)}
                      aria-label={t('admin.schools.renameFor', { name: school.name })}
                    >
                      {t('admin.schools.rename')}
                    </Button>
                    {school.studentCount === 0 && (
                      <Button
                        size="xs"
                        variant="outline"
                        color="red.9"
                        onClick={() => remove.mutate(school.id)}
                        aria-label={t('admin.schools.deleteFor', { name: school.name })}
                      >
                        {t('admin.schools.delete')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ReadableTable>
      {remove.isError && (
        <Alert color="red" role="alert">
          {t(peopleErrorKey(remove.error))}
        </Alert>
      )}
      <NameForm
        label={t('admin.schools.newName')}
        submit={t('admin.schools.add')}
        pending={create.isPending}
        error={create.error}
        onSubmit={(name, reset) => create.mutate(name, { onSuccess: reset })}
      />
    </Stack>
  );
}

function RenameForm({ districtId, school, onDone }: { districtId: string; school: AdminSchool; onDone: () => void }) {
  const { t } = useTranslation();
  const rename = useRenameSchool(districtId);
  return (
    <NameForm
      label={t('admin.schools.name')}
      initial={school.name}
      submit={t('admin.save')}
      pending={rename.isPending}
      error={rename.error}
      onSubmit={(name) => rename.mutate({ schoolId: school.id, name }, { onSuccess: onDone })}
    />
  );
}

function NameForm(props: {
  label: string;
  submit: string;
  pending: boolean;
  error: unknown;
  initial?: string;
  onSubmit: (name: string, reset: () => void) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(props.initial ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateForm(schoolInputSchema, { name });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    props.onSubmit(result.data.name, () => setName(''));
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={props.label}>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={props.label}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name === undefined ? undefined : t(errors.name)}
        />
        <Button type="submit" loading={props.pending}>
          {props.submit}
        </Button>
      </Group>
      {props.error !== null && props.error !== undefined && (
        <Alert color="red" role="alert" mt="xs">
          {t(peopleErrorKey(props.error))}
        </Alert>
      )}
    </form>
  );
}
