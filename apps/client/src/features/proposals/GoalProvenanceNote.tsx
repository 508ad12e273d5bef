import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Text } from '@mantine/core';
import type { GoalProvenance } from '@iep/shared';
import { useRoleLabel } from '../../i18n/labels';
import { formatDate } from '../../lib/format';

/** "Proposed by …, accepted by … on …" in the reader's language. */
export function useProvenanceText(): (provenance: GoalProvenance) => string {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  return useCallback(
    (provenance: GoalProvenance) =>
      t('proposals.provenance', {
        proposer: provenance.proposedBy.name,
        proposerRole: roleLabel(provenance.proposedBy.role),
        accepter: provenance.acceptedBy.name,
        accepterRole: roleLabel(provenance.acceptedBy.role),
        date: formatDate(provenance.acceptedAt, i18n.language),
      }),
    [t, i18n.language, roleLabel],
  );
}

/** Where a goal came from, when an accepted proposal added or changed it. */
export function GoalProvenanceNote({ provenance }: { provenance: GoalProvenance | null }) {
  const text = useProvenanceText();
  if (provenance === null) return null;
  return (
    <Text size="sm" data-testid="goal-provenance">
      {text(provenance)}
    </Text>
  );
}
