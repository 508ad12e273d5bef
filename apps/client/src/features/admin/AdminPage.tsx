import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { peopleErrorKey } from '../team/peopleErrors';
import { useAdminStudents, useMyDistricts, useSchools } from './api';
import { SchoolsSection } from './SchoolsSection';
import { StudentsSection } from './StudentsSection';

/** `/admin`: a district administrator's schools, students and plans. */
export function AdminPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.title'));
  const districts = useMyDistricts();
  const [chosen, setChosen] = useState<string | null>(null);
  const list = districts.data ?? [];
  const districtId = chosen ?? list[0]?.id ?? null;
  return (
    <Stack gap="lg">
      <Title order={1}>{t('admin.title')}</Title>
      {districts.isPending && <Pending />}
      {districts.isError && <Alert color="red">{t(peopleErrorKey(districts.error))}</Alert>}
      {districts.isSuccess && list.length === 0 && <Text>{t('admin.notAdmin')}</Text>}
      {list.length > 1 && (
        <NativeSelect
          label={t('admin.district')}
          value={districtId ?? ''}
          onChange={(event) => setChosen(event.currentTarget.value)}
          data={list.map((d) => ({ value: d.id, label: d.name }))}
        />
      )}
      {list.length === 1 && <Text fw={600}>{list[0]?.name}</Text>}
      {districtId !== null && <District districtId={districtId} />}
    </Stack>
  );
}

function District({ districtId }: { districtId: string }) {
  const { t } = useTranslation();
  const schools = useSchools(districtId);
  const students = useAdminStudents(districtId);
  if (schools.isPending || students.isPending) return <Pending />;
  if (schools.isError || students.isError) {
    return (
      <Alert color="red" title={t('errors.generic')}>
        <Button
          mt="sm"
          variant="outline"
          color="red"
          onClick={() => {
            void schools.refetch();
            void students.refetch();
          }}
        >
          {t('errors.retry')}
        </Button>
      </Alert>
    );
  }
  return (
    <>
      <SchoolsSection districtId={districtId} schools={schools.data} />
      <StudentsSection districtId={districtId} schools={schools.data} students={students.data} />
    </>
  );
}

function Pending() {
  const { t } = useTranslation();
  return (
    <div role="status">
      <Loader size="sm" aria-hidden="true" /> <Text span>{t('app.loading')}</Text>
    </div>
  );
}
