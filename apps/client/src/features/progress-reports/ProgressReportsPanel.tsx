import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { ErrorCode, PROGRESS_CODES, type ProgressCode, type SectionAbilities } from '@iep/shared';
import { ApiError } from '../../api/http';
import { formatDate } from '../../lib/format';
import { progressPdfUrl, useProgressAction, useProgressReports, type ProgressReportView } from './api';
import { ProgressSchedule } from './ProgressSchedule';

interface ProgressReportsPanelProps {
  sectionId: string;
  myUserId: string;
  abilities: SectionAbilities;
}

const isoToday = (): string => new Date().toISOString().slice(0, 10);

/**
 * "Progress reports" (issue 22), on an approved section: the OT drafts a report for a period from
 * the goal data, edits each goal's code and narrative and issues it; the family reads the issued
 * reports, downloads the PDF and acknowledges receiving them.
 */
export function ProgressReportsPanel({ sectionId, myUserId, abilities }: ProgressReportsPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const reports = useProgressReports(sectionId);
  const action = useProgressAction(sectionId);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(isoToday());

  const errorText = (err: unknown): string =>
    err instanceof ApiError && err.code === ErrorCode.ProgressPeriodInvalid
      ? t('progressReports.errors.period')
      : err instanceof ApiError && err.code === ErrorCode.ProgressReportIssued
        ? t('progressReports.errors.issued')
        : t('progressReports.errors.generic');

  return (
    <section aria-labelledby={headingId} className="structured-panel" data-testid="progress-reports-panel">
      <Stack gap="sm">
        <Title order={2} id={headingId}>
          {t('progressReports.title')}
        </Title>
        <Text size="sm">{t('progressReports.intro')}</Text>
        <ProgressSchedule sectionId={sectionId} canSet={abilities.writeProgressReports} />
        {abilities.writeProgressReports && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              action.mutate({ kind: 'draft', body: { periodStart: from, periodEnd: to } });
            }}
          >
            <Stack gap="xs">
              <Text size="sm">{t('progressReports.draftHint')}</Text>
              <Group gap="sm" align="end" wrap="wrap">
                <TextInput
                  type="date"
                  label={t('progressReports.periodStart')}
                  value={from}
                  onChange={(e) => setFrom(e.currentTarget.value)}
                  required
                />
                <TextInput
                  type="date"
                  label={t('progressReports.periodEnd')}
                  value={to}
                  onChange={(e) => setTo(e.currentTarget.value)}
                  required
                />
                <Button type="submit" loading={action.isPending} data-testid="progress-draft">
                  {t('progressReports.draft')}
                </Button>
              </Group>
              {action.isError && <Text role="alert">{errorText(action.error)}</Text>}
            </Stack>
          </form>
        )}
        {reports.isPending ? (
          <Loader size="sm" aria-label={t('progressReports.loading')} />
        ) : reports.isError ? (
          <Alert color="red" role="alert">
            {t('progressReports.loadError')}
          </Alert>
        ) : reports.data.length === 0 ? (
          <Text>{t('progressReports.empty')}</Text>
        ) : (
          [...reports.data]
            .reverse()
            .map((r) => (
              <ReportCard
                key={r.id}
                sectionId={sectionId}
                report={r}
                myUserId={myUserId}
                abilities={abilities}
                errorText={errorText}
              />
            ))
        )}
      </Stack>
    </section>
  );
}

interface ReportCardProps {
  sectionId: string;
  report: ProgressReportView;
  myUserId: string;
  abilities: SectionAbilities;
  errorText: (err: unknown) => string;
}

function ReportCard({ sectionId, report, myUserId, abilities, errorText }: ReportCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const action = useProgressAction(sectionId);
  const [goals, setGoals] = useState(
    report.goals.map((g) => ({ goalId: g.goalId, code: g.code, narrative: g.narrative })),
  );
  const [confirming, setConfirming] = useState(false);
  const issued = report.status === 'issued';
  const editable = !issued && abilities.writeProgressReports;
  const acknowledged = report.receipts.some((r) => r.userId === myUserId);
  const date = (iso: string) => formatDate(iso, i18n.language);
  const change = (goalId: string, patch: Partial<{ code: ProgressCode; narrative: string }>) =>
    setGoals((all) => all.map((g) => (g.goalId === goalId ? { ...g, ...patch } : g)));

  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={headingId} id={`progress-report-${report.id}`}>
      <Stack gap="xs">
        <Title order={3} id={headingId}>
          {t('progressReports.report', { from: date(report.periodStart), to: date(report.periodEnd) })}
        </Title>
        <Text size="sm" fw={600}>
          {issued && report.issuedAt
            ? t('progressReports.statusIssued', { date: date(report.issuedAt) })
            : t('progressReports.statusDraft')}
        </Text>
        {report.goals.map((g, i) => {
          const edit = goals.find((e) => e.goalId === g.goalId);
          return (
            <Stack key={g.goalId} gap={4}>
              <Title order={4}>{t('progressReports.goal', { n: i + 1 })}</Title>
              <Text size="sm">{g.goalText}</Text>
              <Text size="sm">{t('progressReports.points', { count: g.points.length })}</Text>
              {editable && edit ? (
                <>
                  <Select
                    label={t('progressReports.code')}
                    data={PROGRESS_CODES.map((c) => ({ value: c, label: t(`progressReports.codes.${c}`) }))}
                    value={edit.code}
                    allowDeselect={false}
                    onChange={(v) => {
                      const found = PROGRESS_CODES.find((c) => c === v);
                      if (found) change(g.goalId, { code: found });
                    }}
                  />
                  <Textarea
                    label={t('progressReports.narrative')}
                    value={edit.narrative}
                    autosize
                    minRows={3}
                    maxLength={4000}
                    onChange={(e) => change(g.goalId, { narrative: e.currentTarget.value })}
                  />
                </>
              ) : (
                <>
                  <Text size="sm">
                    <strong>{t('progressReports.code')}:</strong> {t(`progressReports.codes.${g.code}`)}
                  </Text>
                  <Text size="sm">{g.narrative}</Text>
                </>
              )}
            </Stack>
          );
        })}
        {issued &&
          (report.receipts.length === 0 ? (
            <Text size="sm">{t('progressReports.notAcknowledged')}</Text>
          ) : (
            report.receipts.map((r) => (
              <Text size="sm" key={r.userId}>
                {t('progressReports.acknowledgedBy', { name: r.name, date: date(r.acknowledgedAt) })}
              </Text>
            ))
          ))}
        {action.isError && <Text role="alert">{errorText(action.error)}</Text>}
        <Group gap="sm" wrap="wrap">
          {editable && (
            <>
              <Button
                variant="default"
                loading={action.isPending && !confirming}
                onClick={() => action.mutate({ kind: 'update', id: report.id, body: { goals } })}
              >
                {t('progressReports.save')}
              </Button>
              <Button onClick={() => setConfirming(true)} disabled={confirming} data-testid="progress-issue">
                {t('progressReports.issue')}
              </Button>
            </>
          )}
          <Anchor href={progressPdfUrl(report.id)} download>
            {t('progressReports.pdf')}
          </Anchor>
          {issued && abilities.acknowledgeProgressReports && !acknowledged && (
            <Button
              variant="light"
              loading={action.isPending}
              onClick={() => action.mutate({ kind: 'acknowledge', id: report.id })}
              data-testid="progress-acknowledge"
            >
              {t('progressReports.acknowledge')}
            </Button>
          )}
        </Group>
        {confirming && (
          <Alert color="blue" title={t('progressReports.issueConfirmTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('progressReports.issueConfirm')}</Text>
              <Group gap="sm">
                <Button
                  size="xs"
                  loading={action.isPending}
                  onClick={() =>
                    void action
                      .mutateAsync({ kind: 'update', id: report.id, body: { goals } })
                      .then(() => action.mutateAsync({ kind: 'issue', id: report.id }))
                      .catch(() => setConfirming(false))
                  }
                  data-testid="progress-issue-confirm"
                >
                  {t('progressReports.issueNow')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
                  {t('progressReports.cancel')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
