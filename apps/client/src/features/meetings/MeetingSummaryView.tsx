import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type * as Y from 'yjs';
import type { MeetingState, SectionStructure } from '@iep/shared';
import { ReadableTable } from '../../components/ReadableTable';
import { useRoleLabel } from '../../i18n/labels';
import { formatDateTime } from '../workflow/formatDateTime';
import {
  agendaPhrase,
  decisionPhrase,
  formatDuration,
  keyTarget,
  nameWithRole,
  partPhrase,
  targetPhrase,
} from './meetingModel';
import { MeetingNotes } from './MeetingNotes';
import { usePhrase } from './usePhrase';

const FRAGMENT_ROOTS = new Set(['goals', 'services', 'accommodations', 'transitionGoals', 'areasOfNeed']);

/** What a meeting left: attendance, excused members, changes, what is still open, time per item, and the notes (read-only). */
export function MeetingSummaryView({
  meeting,
  structure,
  doc,
}: {
  meeting: MeetingState;
  structure: SectionStructure;
  doc: Y.Doc | null;
}) {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  const words = usePhrase();
  const headingId = useId();
  const summary = meeting.summary;
  const lang = i18n.language;
  const times = Object.entries(summary?.itemSeconds ?? {}).filter(([, s]) => s > 0);

  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId} data-testid="meeting-summary">
      <Title order={2} size="h3" id={headingId}>
        {t('meetings.summary.title', { date: formatDateTime(meeting.startedAt ?? meeting.scheduledFor, lang) })}
      </Title>
      {summary === null ? (
        <Text size="sm">{t('meetings.summary.pending')}</Text>
      ) : (
        <Stack gap="md" mt="sm">
          <div>
            <Title order={3} size="h4">
              {t('meetings.summary.attendance')}
            </Title>
            <ReadableTable label={t('meetings.summary.attendance')}>
              <Table data-testid="meeting-attendance" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('meetings.summary.name')}</Table.Th>
                    <Table.Th scope="col">{t('meetings.summary.role')}</Table.Th>
                    <Table.Th scope="col">{t('meetings.summary.minutes')}</Table.Th>
                    <Table.Th scope="col">{t('meetings.summary.how')}</Table.Th>
                    <Table.Th scope="col">{t('meetings.summary.interpreter')}</Table.Th>
                    <Table.Th scope="col">{t('meetings.summary.drops')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {summary.attendance.map((a) => (
                    <Table.Tr key={a.userId} data-testid="attendance-row" data-name={a.name}>
                      <Table.Th scope="row" data-label={t('meetings.summary.name')}>
                        {a.name}
                      </Table.Th>
                      <Table.Td data-label={t('meetings.summary.role')}>{roleLabel(a.role)}</Table.Td>
                      <Table.Td data-label={t('meetings.summary.minutes')}>{a.minutes}</Table.Td>
                      <Table.Td data-label={t('meetings.summary.how')}>
                        {a.modes.map((m) => t(`meetings.modes.${m}`)).join(', ')}
                      </Table.Td>
                      <Table.Td data-label={t('meetings.summary.interpreter')}>
                        {a.interpreter ? t('meetings.summary.yes') : t('meetings.summary.no')}
                      </Table.Td>
                      <Table.Td data-label={t('meetings.summary.drops')}>{a.drops}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ReadableTable>
            {summary.attendance.length === 0 && <Text size="sm">{t('meetings.summary.nobody')}</Text>}
          </div>
          <div>
            <Title order={3} size="h4">
              {t('meetings.summary.excused')}
            </Title>
            {summary.excused.length === 0 ? (
              <Text size="sm">{t('meetings.summary.noneExcused')}</Text>
            ) : (
              <List>
                {summary.excused.map((e) => (
                  <List.Item key={e.name}>
                    {nameWithRole(e.name, roleLabel(e.role))}
                    {e.writtenInput !== null && ` — ${t('meetings.excusals.input', { text: e.writtenInput })}`}
                  </List.Item>
                ))}
              </List>
            )}
          </div>
          <div>
            <Title order={3} size="h4">
              {t('meetings.summary.decisions')}
            </Title>
            {summary.decisions.length === 0 ? (
              <Text size="sm">{t('meetings.summary.noDecisions')}</Text>
            ) : (
              <List data-testid="meeting-decisions">
                {summary.decisions.map((d, i) => (
                  <List.Item key={`${d.kind}-${i}`}>{words(decisionPhrase(d))}</List.Item>
                ))}
              </List>
            )}
          </div>
          <div>
            <Title order={3} size="h4">
              {t('meetings.summary.changes')}
            </Title>
            {summary.changes.fragments.length + summary.changes.records.length === 0 ? (
              <Text size="sm">{t('meetings.summary.noChanges')}</Text>
            ) : (
              <List data-testid="meeting-changes">
                {summary.changes.fragments.map((f) => (
                  <List.Item key={f}>
                    {t('meetings.summary.fragmentChanged', { part: words(partPhrase(f, structure)) })}
                  </List.Item>
                ))}
                {summary.changes.records.map((r, i) => (
                  <List.Item key={`${r.root}-${i}`}>
                    {t('meetings.summary.recordChanged', {
                      part: FRAGMENT_ROOTS.has(r.root) ? words(partPhrase(r.root, structure)) : r.root,
                      change: t(
                        `meetings.summary.change.${r.change === 'added' || r.change === 'removed' ? r.change : 'changed'}`,
                      ),
                      title: r.title,
                    })}
                  </List.Item>
                ))}
              </List>
            )}
          </div>
          <div>
            <Title order={3} size="h4">
              {t('meetings.summary.open')}
            </Title>
            {summary.open.length === 0 ? (
              <Text size="sm">{t('meetings.summary.nothingOpen')}</Text>
            ) : (
              <List>
                {summary.open.map((item) => (
                  <List.Item key={item.key}>{words(agendaPhrase(item, structure))}</List.Item>
                ))}
              </List>
            )}
          </div>
          <div>
            <Title order={3} size="h4">
              {t('meetings.summary.time')}
            </Title>
            {times.length === 0 ? (
              <Text size="sm">{t('meetings.summary.noTime')}</Text>
            ) : (
              <List data-testid="meeting-times">
                {times.map(([key, seconds]) => (
                  <List.Item key={key}>
                    {t('meetings.summary.timeLine', {
                      what: words(targetPhrase(keyTarget(key), meeting.agenda, structure)),
                      time: formatDuration(seconds),
                    })}
                  </List.Item>
                ))}
              </List>
            )}
          </div>
        </Stack>
      )}
      {doc !== null && <MeetingNotes doc={doc} meetingId={meeting.id} editable={false} ended />}
    </Paper>
  );
}
