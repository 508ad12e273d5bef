import { useTranslation } from 'react-i18next';
import { List, Text } from '@mantine/core';
import type { ComplianceOverride, SectionStructure } from '@iep/shared';
import { useRoleLabel } from '../../i18n/labels';
import { useCheckSentence } from '../section/structured/checkSentence';
import { formatDateTime } from './formatDateTime';

/** The reasons on record for checks that were not met when sign-off was requested or the plan approved. */
export function ComplianceOverrides({
  overrides,
  structure,
}: {
  overrides: ComplianceOverride[];
  structure: SectionStructure;
}) {
  const { t, i18n } = useTranslation();
  const sentence = useCheckSentence(structure);
  const roleLabel = useRoleLabel();
  if (overrides.length === 0) return null;
  return (
    <>
      <Text fw={600} size="sm" mt="sm">
        {t('complianceGate.recorded')}
      </Text>
      <List size="sm" data-testid="compliance-overrides">
        {overrides.map((o) => (
          <List.Item key={o.key} data-check={o.code}>
            {sentence({ code: o.code, target: o.target, ok: false })} — {o.reason}{' '}
            <Text span size="xs">
              (
              {t('complianceGate.recordedBy', {
                name: o.byName,
                role: roleLabel(o.byRole),
                date: formatDateTime(o.at, i18n.language),
              })}
              )
            </Text>
          </List.Item>
        ))}
      </List>
    </>
  );
}
