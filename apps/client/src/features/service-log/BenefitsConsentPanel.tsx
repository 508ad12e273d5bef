import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { formatDate } from '../../lib/format';
import { useBenefitsConsentChange, useBenefitsConsents } from './api';

const localToday = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * The family's one-time consent to bill public benefits (34 CFR 300.154(d)): recorded with its date,
 * the annual notice, and a revocation that stops billing from its date. Staff the policy allows only.
 */
export function BenefitsConsentPanel({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [day, setDay] = useState(localToday());
  const consents = useBenefitsConsents(studentId);
  const change = useBenefitsConsentChange(studentId);
  const standing = consents.data?.consents.find((c) => c.revokedOn === null);
  const date = (iso: string) => formatDate(iso, i18n.language);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!standing) change.mutate({ kind: 'record', consentedOn: day });
  };

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId} data-testid="benefits-consent">
      <Stack gap="xs">
        <Title order={3} size="h5" id={headingId}>
          {t('billingConsent.title')}
        </Title>
        {consents.data?.consents.map((c) => (
          <Text size="sm" key={c.id}>
            {[
              t('billingConsent.given', { date: date(c.consentedOn), by: c.recordedBy }),
              c.annualNoticeSentOn ? t('billingConsent.notice', { date: date(c.annualNoticeSentOn) }) : null,
              c.revokedOn ? t('billingConsent.revoked', { date: date(c.revokedOn) }) : null,
            ]
              .filter(Boolean)
              .join(' ')}
          </Text>
        ))}
        {consents.data && consents.data.consents.length === 0 && <Text size="sm">{t('billingConsent.none')}</Text>}
        <form onSubmit={submit}>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              type="date"
              label={t('billingConsent.date')}
              value={day}
              onChange={(e) => setDay(e.currentTarget.value)}
            />
            {standing ? (
              <>
                <Button
                  variant="default"
                  onClick={() => change.mutate({ kind: 'notice', id: standing.id, on: day })}
                  loading={change.isPending}
                >
                  {t('billingConsent.recordNotice')}
                </Button>
                <Button
                  variant="default"
                  onClick={() => change.mutate({ kind: 'revoke', id: standing.id, on: day })}
                  loading={change.isPending}
                >
                  {t('billingConsent.recordRevocation')}
                </Button>
              </>
            ) : (
              <Button type="submit" loading={change.isPending}>
                {t('billingConsent.record')}
              </Button>
            )}
          </Group>
        </form>
        {change.isError && (
          <Alert color="red" role="alert">
            {t('billingConsent.failed')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
