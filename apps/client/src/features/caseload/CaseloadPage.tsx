import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import type { CaseloadRow } from '@iep/shared';
import { isApiError } from '../../api/http';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatDate } from '../../lib/format';
import { billingExportUrl, useCaseload } from './api';

/** /caseload — the OT's and administrator's minutes required against delivered, most behind first (issue 22). */
export function CaseloadPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('caseload.title'));
  const caseload = useCaseload();
  const listId = useId();

  return (
    <Stack gap="lg">
      <Title order={1}>{t('caseload.title')}</Title>
      <Text>{t('caseload.intro')}</Text>
      {caseload.isPending ? (
        <div role="status">
          <Loader size="sm" aria-hidden="true" /> <Text span>{t('app.loading')}</Text>
        </div>
      ) : caseload.isError ? (
        <Alert color="red" role="alert" data-testid="caseload-error">
          {isApiError(caseload.error, 403) ? t('caseload.forbidden') : t('caseload.error')}
        </Alert>
      ) : caseload.data.rows.length === 0 ? (
        <Text>{t('caseload.empty')}</Text>
      ) : (
        <section aria-labelledby={listId}>
          <Title order={2} size="h3" id={listId}>
            {t('caseload.list')}
          </Title>
          <Stack component="ul" gap="sm" mt="sm" style={{ listStyle: 'none', padding: 0 }} data-testid="caseload-list">
            {caseload.data.rows.map((row) => (
              <CaseloadItem key={`${row.sectionId}:${row.serviceId}`} row={row} />
            ))}
          </Stack>
        </section>
      )}
      {caseload.isSuccess && <BillingExport />}
    </Stack>
  );
}

function CaseloadItem({ row }: { row: CaseloadRow }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const period = row.period ?? 'month';
  const behind = row.behindMinutes > 0 && row.behindSince !== null;
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      data-testid="caseload-row"
      data-service-id={row.serviceId}
      data-behind={row.behindMinutes}
    >
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap" justify="space-between">
          <Anchor component={Link} to={`/sections/${row.sectionId}`} fw={700}>
            {t('caseload.openSection', { name: row.studentName })}
          </Anchor>
          {/* Text, not a badge: the sentence must wrap on a phone, never be cut. */}
          {behind && row.behindSince ? (
            <Text fw={700} c="red.9" data-testid="caseload-behind">
              {t('caseload.behind', { count: row.behindMinutes, date: formatDate(row.behindSince, lang) })}
            </Text>
          ) : (
            <Text fw={700} c="teal.9">
              {t('caseload.onTrack')}
            </Text>
          )}
        </Group>
        <Text size="sm" fw={500}>
          {t('caseload.service', {
            model: row.model ? t(`serviceLog.models.${row.model}`) : t('caseload.noModel'),
            period: t(`caseload.period.${period}`),
          })}
        </Text>
        <Text size="sm">
          {row.requiredMinutes === null
            ? t('caseload.noRequirement')
            : t(`caseload.required.${period}`, { count: row.requiredMinutes })}
        </Text>
        <Text size="sm">{t(`caseload.current.${period}`, { count: row.currentDeliveredMinutes })}</Text>
        {row.awaitingCosignMinutes > 0 && (
          <Text size="sm">{t('caseload.awaiting', { count: row.awaitingCosignMinutes })}</Text>
        )}
        {row.makeUpsOwed > 0 && <Text size="sm">{t('caseload.owed', { count: row.makeUpsOwed })}</Text>}
      </Stack>
    </Paper>
  );
}

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** The Medicaid CSV for a date range (the server leaves out, and counts, sessions without consent). */
function BillingExport() {
  const { t } = useTranslation();
  const headingId = useId();
  const now = new Date();
  const [from, setFrom] = useState(isoDay(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))));
  const [to, setTo] = useState(isoDay(now));
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId} data-testid="billing-export">
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('caseload.billing.title')}
        </Title>
        <Text size="sm">{t('caseload.billing.intro')}</Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            type="date"
            label={t('caseload.billing.from')}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('caseload.billing.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
          />
          <Button component="a" href={valid ? billingExportUrl(from, to) : undefined} download disabled={!valid}>
            {t('caseload.billing.download')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
