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
import { DATE_MAX, DATE_MIN, type AccessLogEntry } from '@iep/shared';
import { isApiError } from '../../api/http';
import { useStudents } from '../students/api';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { isSectionStatus, useRoleLabel, useStatusLabel } from '../../i18n/labels';
import { formatDateTime } from '../workflow/formatDateTime';
import '../workflow/workflow.css';
import { useAccessLog } from './api';
import { actionKey, detailFacts, KNOWN_ACTIONS, NO_FILTERS, type AccessLogFilters } from './accessLogModel';

/** /students/:studentId/access-log — who looked at or changed the student's record, and when. */
export function AccessLogPage() {
  const { t } = useTranslation();
  const { studentId = '' } = useParams();
  const students = useStudents();
  const student = students.data?.find((s) => s.id === studentId);
  const name =
    student === undefined ? '' : t('students.fullName', { first: student.firstName, last: student.lastName });
  const [filters, setFilters] = useState<AccessLogFilters>(NO_FILTERS);
  const log = useAccessLog(studentId, filters);
  // The access log's details and filters go to staff who answer for the record; the family reads who and when.
  const canFilter = student?.abilities.accessLogDetail === true;
  const isParent = student !== undefined && !student.abilities.accessLogDetail;
  const title = name === '' ? t('accessLog.pageTitle') : t('accessLog.title', { name });
  useDocumentTitle(title);

  return (
    <Stack gap="md">
      <Text size="sm">
        <Anchor component={Link} to="/">
          {t('section.backToStudents')}
        </Anchor>
      </Text>
      <Title order={1}>{title}</Title>
      <Text>{isParent ? t('accessLog.introParent') : t('accessLog.introStaff')}</Text>
      {canFilter && <Filters initial={filters} onApply={setFilters} />}
      {log.isPending ? (
        <div role="status">
          <Loader size="sm" aria-hidden="true" /> <Text span>{t('app.loading')}</Text>
        </div>
      ) : log.isError ? (
        <Alert color="red" role="alert" data-testid="access-log-error">
          {isApiError(log.error, 403) ? t('accessLog.forbidden') : t('accessLog.error')}
        </Alert>
      ) : log.data.length === 0 ? (
        <Text data-testid="access-log-empty">{t('accessLog.empty')}</Text>
      ) : (
        <EntriesTable entries={log.data} />
      )}
    </Stack>
  );
}

function Filters({ initial, onApply }: { initial: AccessLogFilters; onApply: (filters: AccessLogFilters) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const headingId = useId();
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onApply(draft);
  };
  const actions = Object.entries(KNOWN_ACTIONS).map(([code, key]) => ({
    value: code,
    label: t(`accessLog.actions.${key}`),
  }));

  return (
    <form onSubmit={submit} aria-labelledby={headingId} data-testid="access-log-filters">
      <Text fw={700} id={headingId}>
        {t('accessLog.filtersTitle')}
      </Text>
      <Group align="flex-end" mt="xs" wrap="wrap">
        <NativeSelect
          label={t('accessLog.filterAction')}
          value={draft.action}
          onChange={(e) => setDraft({ ...draft, action: e.currentTarget.value })}
          data={[{ value: '', label: t('accessLog.allActions') }, ...actions]}
          data-testid="access-log-action"
        />
        <TextInput
          type="date"
          min={DATE_MIN}
          max={DATE_MAX}
          label={t('accessLog.filterFrom')}
          value={draft.from}
          onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          min={DATE_MIN}
          max={DATE_MAX}
          label={t('accessLog.filterTo')}
          value={draft.to}
          onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
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

function EntriesTable({ entries }: { entries: AccessLogEntry[] }) {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  const statusLabel = useStatusLabel();
  const what = (entry: AccessLogEntry): string => {
    const key = actionKey(entry.action);
    const base = key === null ? entry.action : t(`accessLog.actions.${key}`);
    const facts = detailFacts(entry.detail);
    const extra = [
      facts.to !== null && isSectionStatus(facts.to) ? t('accessLog.toStatus', { status: statusLabel(facts.to) }) : '',
      facts.versionNumber !== null ? t('accessLog.versionNumber', { number: facts.versionNumber }) : '',
    ].filter((s) => s !== '');
    return extra.length === 0 ? base : `${base} (${extra.join(', ')})`;
  };

  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped withTableBorder data-testid="access-log-table">
        <Table.Caption>{t('accessLog.caption', { shown: entries.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('accessLog.when')}</Table.Th>
            <Table.Th scope="col">{t('accessLog.who')}</Table.Th>
            <Table.Th scope="col">{t('accessLog.role')}</Table.Th>
            <Table.Th scope="col">{t('accessLog.what')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id} data-testid="access-log-row" data-action={entry.action}>
              <Table.Td>{formatDateTime(entry.at, i18n.language)}</Table.Td>
              <Table.Td>{entry.actorName ?? t('accessLog.unknownActor')}</Table.Td>
              <Table.Td>{entry.actorRole === null ? t('accessLog.noRole') : roleLabel(entry.actorRole)}</Table.Td>
              <Table.Td>{what(entry)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
