import { useTranslation } from 'react-i18next';
import { Table } from '@mantine/core';
import type { DataPointView } from '@iep/shared';
import { ReadableTable } from '../../components/ReadableTable';
import { usePersonLabel } from '../../i18n/labels';
import { formatDate } from '../../lib/format';
import { resultText } from './format';

/** The chart's data as a table: what a screen reader (or anyone who prefers numbers) reads instead. */
export function GoalDataTable({ points, caption }: { points: DataPointView[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const person = usePersonLabel();
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ReadableTable label={caption}>
      <Table striped withTableBorder horizontalSpacing="xs" data-testid="goal-data-table" captionSide="top">
        <caption>{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('goalData.table.date')}</Table.Th>
            <Table.Th scope="col">{t('goalData.table.result')}</Table.Th>
            <Table.Th scope="col">{t('goalData.table.note')}</Table.Th>
            <Table.Th scope="col">{t('goalData.table.by')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((p) => (
            <Table.Tr key={p.id} data-testid="goal-data-row" data-date={p.date} data-value={p.value}>
              <Table.Th scope="row" data-label={t('goalData.table.date')}>
                {formatDate(p.date, i18n.language)}
              </Table.Th>
              <Table.Td data-label={t('goalData.table.result')}>{resultText(t, p)}</Table.Td>
              <Table.Td data-label={t('goalData.table.note')}>
                {[
                  p.note,
                  p.cosignStatus === 'awaiting' ? t('goalData.pending') : '',
                  p.sessionId ? t('goalData.table.fromSession') : '',
                  p.version > 1
                    ? t('goalData.table.corrected', { version: p.version, reason: p.correctionReason ?? '' })
                    : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Table.Td>
              <Table.Td data-label={t('goalData.table.by')}>{person(p.recordedBy)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ReadableTable>
  );
}
