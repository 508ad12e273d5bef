import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Anchor, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { Dashboard } from '@iep/shared';
import { isApiError } from '../../api/http';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useStatusLabel } from '../../i18n/labels';
import { formatDate } from '../../lib/format';
import '../workflow/workflow.css';
import { useDashboard } from './api';
import { daysLeftWords, groupReviews, sortFamilies } from './dashboardModel';

/** /dashboard — for OTs and administrators: what waits on them, families not heard from, reviews due. */
export function DashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('dashboard.title'));
  const dashboard = useDashboard();

  return (
    <Stack gap="lg">
      <Title order={1}>{t('dashboard.title')}</Title>
      <Text>{t('dashboard.intro')}</Text>
      <Anchor component={Link} to="/caseload" fw={600} data-testid="dashboard-caseload-link">
        {t('dashboard.caseloadLink')}
      </Anchor>
      {dashboard.isPending ? (
        <div role="status">
          <Loader size="sm" aria-hidden="true" /> <Text span>{t('app.loading')}</Text>
        </div>
      ) : dashboard.isError ? (
        <Alert color="red" role="alert" data-testid="dashboard-error">
          {isApiError(dashboard.error, 403) ? t('dashboard.forbidden') : t('dashboard.error')}
        </Alert>
      ) : (
        <DashboardLists data={dashboard.data} />
      )}
    </Stack>
  );
}

function DashboardLists({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation();
  const statusLabel = useStatusLabel();
  const lang = i18n.language;
  const reviewGroups = groupReviews(data.annualReviews);

  return (
    <>
      <ListSection
        title={t('dashboard.awaiting.title')}
        empty={t('dashboard.awaiting.empty')}
        testId="dashboard-awaiting"
        count={data.awaitingMySignoff.length}
      >
        {data.awaitingMySignoff.map((item) => (
          <li key={item.sectionId}>
            <SectionLink sectionId={item.sectionId} name={item.studentName} />
            <Text size="sm">
              {item.versionNumber === null
                ? statusLabel(item.status)
                : t('dashboard.awaiting.version', { number: item.versionNumber, status: statusLabel(item.status) })}
            </Text>
          </li>
        ))}
      </ListSection>
      <ListSection
        title={t('dashboard.families.title')}
        empty={t('dashboard.families.empty')}
        testId="dashboard-families"
        count={data.familiesNotResponded.length}
      >
        {sortFamilies(data.familiesNotResponded).map((item) => (
          <li key={item.sectionId}>
            <SectionLink sectionId={item.sectionId} name={item.studentName} />{' '}
            {item.overdue && <span className="tag tag--red">{t('dashboard.families.overdue')}</span>}
            <Text size="sm">
              {item.respondBy === null
                ? t('dashboard.families.noDate')
                : t('dashboard.families.respondBy', { date: formatDate(item.respondBy.slice(0, 10), lang) })}
            </Text>
          </li>
        ))}
      </ListSection>
      <ListSection
        title={t('progressReports.dashboard.title')}
        empty={t('progressReports.dashboard.empty')}
        testId="dashboard-progress-reports"
        count={data.progressReportsDue.length}
      >
        {data.progressReportsDue.map((item) => (
          <li key={`${item.sectionId}-${item.dueDate}`}>
            <SectionLink sectionId={item.sectionId} name={item.studentName} />{' '}
            {item.overdue && <span className="tag tag--red">{t('dashboard.families.overdue')}</span>}
            <Text size="sm">{t('progressReports.dashboard.due', { date: formatDate(item.dueDate, lang) })}</Text>
          </li>
        ))}
      </ListSection>
      <ListSection
        title={t('dashboard.reviews.title')}
        empty={t('dashboard.reviews.empty')}
        testId="dashboard-reviews"
        count={data.annualReviews.length}
        grouped
      >
        {reviewGroups.map((group) => (
          <li key={group.bucket} data-bucket={group.bucket}>
            <Title order={3} size="h5">
              {t(`dashboard.reviews.bucket.${group.bucket}`)}
            </Title>
            <ul className="plan-list">
              {group.items.map((item) => {
                const words = daysLeftWords(item.daysLeft);
                return (
                  <li key={item.sectionId}>
                    <SectionLink sectionId={item.sectionId} name={item.studentName} />
                    <Text size="sm">
                      {t('dashboard.reviews.due', { date: formatDate(item.annualReviewDate.slice(0, 10), lang) })}{' '}
                      {words.key === 'today'
                        ? t('dashboard.reviews.today')
                        : t(`dashboard.reviews.${words.key}`, { days: words.days })}
                    </Text>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ListSection>
    </>
  );
}

interface ListSectionProps {
  title: string;
  empty: string;
  testId: string;
  count: number;
  grouped?: boolean;
  children: ReactNode;
}

function ListSection({ title, empty, testId, count, grouped = false, children }: ListSectionProps) {
  const headingId = useId();
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId} data-testid={testId}>
      <Title order={2} size="h3" id={headingId}>
        {title} <span className="tag tag--gray">{count}</span>
      </Title>
      {count === 0 ? (
        <Text mt="sm">{empty}</Text>
      ) : (
        <ul
          className={grouped ? 'student-list' : 'plan-list'}
          style={{ marginTop: '0.75rem', display: 'grid', gap: '0.75rem' }}
        >
          {children}
        </ul>
      )}
    </Paper>
  );
}

function SectionLink({ sectionId, name }: { sectionId: string; name: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`/sections/${sectionId}`} fw={600}>
      {t('dashboard.openSection', { name })}
    </Anchor>
  );
}
