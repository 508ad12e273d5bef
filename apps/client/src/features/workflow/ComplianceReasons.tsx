import { useTranslation } from 'react-i18next';
import { Alert, Stack, Text, Textarea } from '@mantine/core';
import {
  complianceFailingDetailsSchema,
  type ComplianceFailingDetails,
  type ComplianceOverrideInput,
  type SectionStructure,
} from '@iep/shared';
import { isApiError } from '../../api/http';
import { useCheckSentence } from '../section/structured/checkSentence';

export type FailingCheck = ComplianceFailingDetails['checks'][number];

/** The failing checks of a COMPLIANCE_FAILING refusal, or null for any other outcome. */
export function failingChecksOf(error: unknown): FailingCheck[] | null {
  if (!isApiError(error) || error.code !== 'COMPLIANCE_FAILING') return null;
  const parsed = complianceFailingDetailsSchema.safeParse(error.details);
  return parsed.success ? parsed.data.checks : null;
}

/** The reasons typed so far, as the request carries them (blank ones left out). */
export function overridesFrom(reasons: Record<string, string>): ComplianceOverrideInput[] {
  return Object.entries(reasons)
    .map(([key, reason]) => ({ key, reason: reason.trim() }))
    .filter((o) => o.reason.length > 0);
}

interface ComplianceReasonsProps {
  checks: FailingCheck[];
  structure: SectionStructure | null;
  reasons: Record<string, string>;
  onChange: (key: string, reason: string) => void;
  /** Set after a send with a blank reason: those fields say so. */
  showMissing: boolean;
}

/**
 * The sign-off gate: the checks that fail, each in words, with a field for the reason the plan
 * goes ahead anyway. The reasons are kept in the record and printed with the plan.
 */
export function ComplianceReasons({ checks, structure, reasons, onChange, showMissing }: ComplianceReasonsProps) {
  const { t } = useTranslation();
  const sentence = useCheckSentence(structure);
  return (
    <Alert color="gray" data-testid="compliance-gate">
      <Stack gap="sm">
        <Text fw={700}>{t('complianceGate.title')}</Text>
        <Text size="sm">{t('complianceGate.explain')}</Text>
        {checks.map((check) => {
          const text = sentence({ ...check, ok: false });
          const blank = (reasons[check.key] ?? '').trim().length < 3;
          return (
            <Textarea
              key={check.key}
              label={text}
              description={t('complianceGate.reasonHint')}
              required
              autosize
              minRows={2}
              maxLength={2000}
              value={reasons[check.key] ?? ''}
              onChange={(e) => onChange(check.key, e.currentTarget.value)}
              error={showMissing && blank ? t('complianceGate.reasonRequired') : undefined}
              data-testid="compliance-gate-reason"
              data-check={check.code}
            />
          );
        })}
      </Stack>
    </Alert>
  );
}
