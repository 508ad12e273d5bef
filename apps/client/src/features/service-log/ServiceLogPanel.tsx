import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { SectionAbilities, SectionStructure, ServiceMinutes, ServiceSessionView } from '@iep/shared';
import { usePersonLabel } from '../../i18n/labels';
import { formatDate } from '../../lib/format';
import { useSectionRoom } from '../../realtime/RealtimeProvider';
import { useCosign, useEntryVersions, useServiceLog, useServiceMinutes } from './api';
import { BenefitsConsentPanel } from './BenefitsConsentPanel';
import {
  formatDay,
  formatMonth,
  lastDayOf,
  localToday,
  MakeUpScheduler,
  MonthChooser,
  MonthSummary,
} from './MonthSummary';
import { SessionForm } from './SessionForm';
import { SessionGoalData } from '../goal-data/SessionGoalData';

interface ServiceLogPanelProps {
  sectionId: string;
  studentId: string;
  structure: SectionStructure;
  abilities: SectionAbilities;
}

/**
 * "Service log" (issue 22), on an approved section: the minutes delivered against the grid, the
 * quick session form (the OT), and the entries, each correctable (earlier versions kept).
 */
export function ServiceLogPanel({ sectionId, studentId, structure, abilities }: ServiceLogPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  // Others' sessions arrive as `service-log:changed` in the section's room (realtime/eventQueries.ts refetches).
  useSectionRoom(sectionId);
  const log = useServiceLog(sectionId);
  const latest = localToday().slice(0, 7);
  const [month, setMonth] = useState(latest);
  const current = month === latest;
  const minutes = useServiceMinutes(sectionId, current ? undefined : lastDayOf(month));
  const owed = (log.data ?? []).filter((e) => e.makeUpOwed);
  const [recorded, setRecorded] = useState<ServiceSessionView | null>(null);

  return (
    <section aria-labelledby={headingId} className="structured-panel" data-testid="service-log-panel">
      <Stack gap="sm">
        <Title order={2} id={headingId}>
          {t('serviceLog.title')}
        </Title>
        <MonthChooser month={month} latest={latest} onChange={setMonth} />
        {log.data && <MonthSummary entries={log.data} services={structure.services} month={month} />}
        {minutes.data && <MinutesSummary minutes={minutes.data} month={current ? null : month} />}
        {abilities.billingConsent && <BenefitsConsentPanel studentId={studentId} />}
        {abilities.logSessions && (
          <Paper withBorder p="sm">
            <SessionForm
              sectionId={sectionId}
              goals={structure.goals}
              services={structure.services}
              owed={owed}
              onRecorded={setRecorded}
            />
            {recorded && (
              <SessionGoalData key={recorded.id} sectionId={sectionId} session={recorded} goals={structure.goals} />
            )}
          </Paper>
        )}
        {log.isPending ? (
          <Loader size="sm" aria-label={t('serviceLog.loading')} />
        ) : log.isError ? (
          <Alert color="red" role="alert">
            {t('serviceLog.loadError')}
          </Alert>
        ) : log.data.length === 0 ? (
          <Text>{t('serviceLog.empty')}</Text>
        ) : (
          <Stack
            component="ul"
            gap="xs"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            aria-label={t('serviceLog.entries')}
          >
            {log.data.map((e) => (
              <EntryItem
                key={e.id}
                entry={e}
                sectionId={sectionId}
                structure={structure}
                owed={owed}
                canCorrect={abilities.logSessions}
                canCosign={abilities.cosignSessions}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </section>
  );
}

/**
 * Per service, the minutes of its period against the grid. The month's sessions are the headline's
 * (MonthSummary): a row repeats a session count only where it says more, a weekly service's week or
 * one service among several. `month` names an earlier month shown (null: the current period).
 */
function MinutesSummary({ minutes, month }: { minutes: ServiceMinutes; month: string | null }) {
  const { t, i18n } = useTranslation();
  const several = minutes.services.length > 1;
  // An earlier month's rows name their period: the month, or (a weekly service) the week of its last day.
  const past = (s: ServiceMinutes['services'][number]) =>
    month === null
      ? null
      : { month: formatMonth(month, i18n.language), start: formatDate(s.periodStart ?? '', i18n.language) };
  return (
    <Stack gap={4} data-testid="service-minutes" aria-live="polite">
      {minutes.services.map((s) => {
        const period = s.period ?? 'month';
        const sessions = period === 'week' || several;
        return (
          <Text key={s.serviceId} fw={500} data-testid="service-minutes-row" data-service-id={s.serviceId}>
            {[
              several
                ? t('serviceLog.summary.service', {
                    model: s.model ? t(`serviceLog.models.${s.model}`) : t('caseload.noModel'),
                  })
                : null,
              sessions
                ? t(
                    month === null
                      ? `serviceLog.summary.sessions.${period}`
                      : `serviceLog.summary.sessionsIn.${period}`,
                    {
                      ...past(s),
                      delivered: s.sessionsDelivered,
                      required: s.sessionsRequired ?? '—',
                    },
                  )
                : null,
              sessions ? t('serviceLog.summary.details', { missed: s.sessionsMissed, owed: s.makeUpsOwed }) : null,
              t(month === null ? `serviceLog.summary.minutes.${period}` : `serviceLog.summary.minutesIn.${period}`, {
                ...past(s),
                delivered: s.deliveredMinutes,
                required: s.requiredMinutes ?? '—',
              }),
              s.awaitingCosignMinutes > 0
                ? t('serviceLog.summary.awaitingCosign', { count: s.awaitingCosignMinutes })
                : null,
            ]
              .filter(Boolean)
              .join(' ')}
          </Text>
        );
      })}
      {minutes.makeUpsOwed > 0 && (
        <Text size="sm" data-testid="service-owed-total">
          {t('serviceLog.summary.owedTotal', { count: minutes.makeUpsOwed })}
        </Text>
      )}
    </Stack>
  );
}

interface EntryItemProps {
  entry: ServiceSessionView;
  sectionId: string;
  structure: SectionStructure;
  owed: ServiceSessionView[];
  canCorrect: boolean;
  canCosign: boolean;
}

function EntryItem({ entry, sectionId, structure, owed, canCorrect, canCosign }: EntryItemProps) {
  const { t, i18n } = useTranslation();
  const person = usePersonLabel();
  const cosign = useCosign(sectionId);
  const [correcting, setCorrecting] = useState(false);
  const [history, setHistory] = useState(false);
  const versions = useEntryVersions(sectionId, entry.id, history);
  const delivered = entry.status === 'delivered';
  return (
    <Paper
      component="li"
      withBorder
      p="xs"
      data-testid="service-entry"
      data-entry-id={entry.id}
      data-status={entry.status}
    >
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Badge color={delivered ? 'teal.9' : 'gray.8'} variant="filled">
            {t(`serviceLog.status.${entry.status}`)}
          </Badge>
          <Text fw={700}>
            {t('serviceLog.when', {
              date: formatDate(entry.date, i18n.language),
              start: entry.startTime,
              end: entry.endTime,
            })}
          </Text>
          {delivered && <Text>{t('serviceLog.minutesCount', { count: entry.minutes })}</Text>}
          <MakeUpBadge entry={entry} />
          {entry.makeUpForId && <Badge color="blue.9">{t('serviceLog.isMakeUp')}</Badge>}
          {delivered && entry.cosignStatus === 'awaiting' && (
            <Badge color="violet.9" variant="filled" data-testid="service-entry-awaiting">
              {t('serviceLog.cosign.awaiting')}
            </Badge>
          )}
        </Group>
        {entry.cosignStatus === 'cosigned' && entry.cosignedBy && entry.cosignedAt && (
          <Text size="xs" data-testid="service-entry-cosigned">
            {t('serviceLog.cosign.done', {
              by: entry.cosignedBy,
              date: formatDate(entry.cosignedAt.slice(0, 10), i18n.language),
            })}
          </Text>
        )}
        <Text size="sm">
          {[
            entry.missedReason ? t(`serviceLog.reasons.${entry.missedReason}`) : null,
            t(`serviceLog.models.${entry.model}`),
            t(`serviceLog.settings.${entry.setting}`),
            entry.grouping === 'group'
              ? t('serviceLog.groupOf', { count: entry.groupSize ?? 2 })
              : t('serviceLog.grouping.individual'),
            entry.location || null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {entry.note && (
          <Text size="sm" data-testid="service-entry-note">
            {entry.note}
          </Text>
        )}
        {entry.note && canCorrect && (
          <Text size="xs">{entry.noteShared ? t('serviceLog.noteShared') : t('serviceLog.noteNotShared')}</Text>
        )}
        {canCorrect && entry.makeUpOwed && <MakeUpScheduler sectionId={sectionId} entry={entry} />}
        {entry.version > 1 && (
          <Text size="xs">
            {t('serviceLog.correctedNote', { version: entry.version, reason: entry.correctionReason ?? '' })}
          </Text>
        )}
        {cosign.isError && (
          <Alert color="red" role="alert">
            {t('serviceLog.cosign.failed')}
          </Alert>
        )}
        <Group gap="xs">
          {canCosign && entry.cosignStatus === 'awaiting' && (
            <Button
              size="compact-sm"
              onClick={() => cosign.mutate({ id: entry.id, version: entry.version })}
              loading={cosign.isPending}
              data-testid="service-entry-cosign"
              aria-label={t('serviceLog.cosign.buttonLabel', {
                date: formatDate(entry.date, i18n.language),
                by: person(entry.recordedBy),
              })}
            >
              {t('serviceLog.cosign.button')}
            </Button>
          )}
          {canCorrect && !correcting && (
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => setCorrecting(true)}
              data-testid="service-entry-correct"
            >
              {t('serviceLog.correct')}
            </Button>
          )}
          {entry.version > 1 && (
            <Button size="compact-sm" variant="default" aria-expanded={history} onClick={() => setHistory((h) => !h)}>
              {history ? t('serviceLog.hideHistory') : t('serviceLog.showHistory')}
            </Button>
          )}
        </Group>
        {history && versions.data && (
          <Stack component="ol" gap={2} style={{ margin: 0 }}>
            {versions.data.map((v) => (
              <Text component="li" size="xs" key={v.version}>
                {t('serviceLog.versionLine', {
                  version: v.version,
                  start: v.startTime,
                  end: v.endTime,
                  status: t(`serviceLog.status.${v.status}`),
                  by: person(v.recordedBy),
                })}
              </Text>
            ))}
          </Stack>
        )}
        {correcting && (
          <SessionForm
            sectionId={sectionId}
            goals={structure.goals}
            services={structure.services}
            owed={owed.filter((o) => o.id !== entry.id)}
            correcting={entry}
            onDone={() => setCorrecting(false)}
          />
        )}
      </Stack>
    </Paper>
  );
}

/**
 * Where a missed session's make-up stands, in one badge: made up; owed, on its day once scheduled
 * (still owed until it is delivered, so never both "owed" and "on Friday"); or owed.
 */
function MakeUpBadge({ entry }: { entry: ServiceSessionView }) {
  const { t, i18n } = useTranslation();
  if (entry.madeUpById) return <Badge color="blue.9">{t('serviceLog.madeUp')}</Badge>;
  if (!entry.makeUpOwed) return null;
  if (entry.makeUpScheduledFor)
    return (
      <Badge color="red.9" data-testid="service-entry-make-up-day">
        {t('serviceLog.makeUp.scheduledFor', { date: formatDay(entry.makeUpScheduledFor, i18n.language) })}
      </Badge>
    );
  return (
    <Badge color="red.9" data-testid="service-entry-make-up-owed">
      {t('serviceLog.makeUpOwed')}
    </Badge>
  );
}
