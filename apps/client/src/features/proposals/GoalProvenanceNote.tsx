import { useTranslation } from 'react-i18next';
import { Text } from '@mantine/core';
import type { GoalProvenance } from '@iep/shared';
import { useRoleLabel } from '../../i18n/labels';
import { formatDate } from '../../lib/format';

/** Where a goal came from, when an accepted proposal added or changed it. */
export function GoalProvenanceNote({ provenance }: { provenance: GoalProvenance | null }) {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  if (provenance === null) return null;
  return (
    <Text size="sm" data-testid="goal-provenance">
      {t('proposals.provenance', {
        proposer: provenance.proposedBy.name,
        proposerRole: roleLabel(provenance.proposedBy.role),
        accepter: provenance.acceptedBy.name,
        accepterRole: roleLabel(provenance.acceptedBy.role),
        date: formatDate(provenance.acceptedAt, i18n.language),
      })}
    </Text>
  );
}
