import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  ACCESS_KINDS,
  DATE_MAX,
  DATE_MIN,
  type AccessKind,
  type AccessLogGroup,
  type AccessLogPerson,
} from '@iep/shared';
import { ReadableTable } from '../../components/ReadableTable';
import { isApiError } from '../../api/http';
import { useStudents } from '../students/api';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useRoleLabel } from '../../i18n/labels';
import '../workflow/workflow.css';
import { useAccessLog } from './api';
import { actionLabelKey, formatDay, NO_FILTERS, pageCount, type AccessLogFilters } from './accessLogModel';

const isKind = (value: string): value is AccessKind => (ACCESS_KINDS as readonly string[]).includes(value);

/** /students/:studentId/access-log — who looked at or changed the student's record, when and why. */
export function AccessLogPage() {
  const { t } = useTranslation();
  const { studentId = '' } = useParams();
  const students = useStudents();
  const student = students.data?.find((s) => s.id === studentId);
  const name =
    student === undefined ? '' : t('students.fullName', { first: student.firstName, last: student.lastName });
  const [filters, setFilters] = useState<AccessLogFilters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const log = useAccessLog(studentId, filters, page);
  const isParent = student !== undefined && !student.abilities.accessLogDetail;
  const title = name === '' ? t('accessLog.pageTitle') : t('accessLog.title', { name });
  useDocumentTitle(title);
  const apply = (next: AccessLogFilters): void => {
    setFilters(next);
    setPage(1);
  };

  return (
    <Stack gap="md">
      <Text size="sm">
        <Anchor component={Link} to="/">
          {t('section.backToStudents')}
        </Anchor>
      </Text>
      <Title order={1}>{title}</Title>
      <Text>{isParent ? t('accessLog.introParent') : t('accessLog.introStaff')}</Text>
      <Filters initial={filters} people={log.data?.people ?? []} onApply={apply} />
      {log.isPending ? (
        <div role="status">
          <Loader size="sm" aria-hidden="true" /> <Text span>{t('app.loading')}</Text>
        </div>
      ) : log.isError ? (
        <Alert color="red" role="alert" data-testid="access-log-error">
          {isApiError(log.error, 403) ? t('accessLog.forbidden') : t('accessLog.error')}
        </Alert>
      ) : log.data.groups.length === 0 ? (
        <Text data-testid="access-log-empty">{t('accessLog.empty')}</Text>
      ) : (
        <>
          <GroupsTable groups={log.data.groups} page={page} pages={pageCount(log.data.total, log.data.pageSize)} />
          <Pager page={page} pages={pageCount(log.data.total, log.data.pageSize)} onPage={setPage} />
        </>
      )}
    </Stack>
  );
}

function Filters({
  initial,
  people,
  onApply,
}: {
  initial: AccessLogFilters;
  people: AccessLogPerson[];
  onApply: (filters: AccessLogFilters) => void;
}) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const [draft, setDraft] = useState(initial);
  const headingId = useId();
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onApply(draft);
  };
  const personLabel = (p: AccessLogPerson): string =>
    `${p.name ?? t('accessLog.unknownActor')} (${p.role === null ? t('accessLog.noRole') : roleLabel(p.role)})`;

  return (
    <form onSubmit={submit} aria-labelledby={headingId} data-testid="access-log-filters">
      <Text fw={700} id={headingId}>
        {t('accessLog.filtersTitle')}
      </Text>
      <Group align="flex-end" mt="xs" wrap="wrap">
        <NativeSelect
          label={t('accessLog.filterPerson')}
          value={draft.person}
          onChange={(e) => setDraft({ ...draft, person: e.currentTarget.value })}
          data={[
            { value: '', label: t('accessLog.allPeople') },
            ...people.map((p) => ({ value: p.id, label: personLabel(p) })),
          ]}
          data-testid="access-log-person"
        />
        <NativeSelect
          label={t('accessLog.filterKind')}
          value={draft.kind}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setDraft({ ...draft, kind: isKind(value) ? value : '' });
          }}
          data={[
            { value: '', label: t('accessLog.allKinds') },
            ...ACCESS_KINDS.map((k) => ({ value: k, label: t(`accessLog.kinds.${k}`) })),
          ]}
          data-testid="access-log-kind"
        />
        <TextInput
          type="date"
          min={DATE_MIN}
          max={DATE_MAX}
          label={t('accessLog.filterFrom')}
          value={draft.from}
          onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
          data-testid="access-log-from"
        />
        <TextInput
          type="date"
          min={DATE_MIN}
          max={DATE_MAX}
          label={t('accessLog.filterTo')}
          value={draft.to}
          onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
          data-testid="access-log-to"
        />
        <Button type="submit" data-testid="access-log-apply">
          {t('accessLog.apply')}
        </Button>
        <Button
          variant="default"
          onClick={() => {
            setDraft(NO_FILTERS);
            onApply(NO_FILTERS);
          }}
        >
          {t('accessLog.clear')}
        </Button>
      </Group>
    </form>
  );
}

function GroupsTable({ groups, page, pages }: { groups: AccessLogGroup[]; page: number; pages: number }) {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  const sentence = (g: AccessLogGroup): string => {
    const key = actionLabelKey(g.action);
    return t('accessLog.sentence', {
      who: g.actorName ?? t('accessLog.unknownActor'),
      role: g.actorRole === null ? t('accessLog.noRole') : roleLabel(g.actorRole),
      what: key === null ? t('accessLog.unknownAction') : t(key),
      times: t('accessLog.times', { count: g.count }),
      day: formatDay(g.day, i18n.language),
    });
  };

  return (
    <ReadableTable label={t('accessLog.caption', { page, pages })}>
      <Table striped withTableBorder data-testid="access-log-table">
        <Table.Caption>{t('accessLog.caption', { page, pages })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('accessLog.day')}</Table.Th>
            <Table.Th scope="col">{t('accessLog.what')}</Table.Th>
            <Table.Th scope="col">{t('accessLog.purpose')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((g) => (
            <Table.Tr
              key={`${g.day}|${g.actorId ?? ''}|${g.actorRole ?? ''}|${g.action}`}
              data-testid="access-log-row"
              data-action={g.action}
              data-kind={g.kind}
              data-count={g.count}
            >
              <Table.Td data-label={t('accessLog.day')}>{formatDay(g.day, i18n.language)}</Table.Td>
              <Table.Td data-label={t('accessLog.what')}>{sentence(g)}</Table.Td>
              <Table.Td data-label={t('accessLog.purpose')}>{t(`accessLog.purposes.${g.purpose}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ReadableTable>
  );
}

function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('accessLog.pages')}>
      <Group gap="sm">
        <Button variant="default" disabled={page <= 1} onClick={() => onPage(page - 1)} data-testid="access-log-prev">
          {t('accessLog.previous')}
        </Button>
        <Text aria-live="polite" data-testid="access-log-page">
          {t('accessLog.pageOf', { page, pages })}
        </Text>
        <Button
          variant="default"
          disabled={page >= pages}
          onClick={() => onPage(page + 1)}
          data-testid="access-log-next"
        >
          {t('accessLog.next')}
        </Button>
      </Group>
    </nav>
  );
}
