import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Collapse, Text } from '@mantine/core';
import type { SectionResponse } from '@iep/shared';
import { formatDate } from '../../lib/format';
import { DiffView } from './DiffView';
import { diffCounts } from './diffSummary';

/** "Changed since you last looked": counts, and the changes themselves on demand. Dismissible. */
export function SinceLastLook({ sinceLastLook }: { sinceLastLook: SectionResponse['sinceLastLook'] }) {
  const { t, i18n } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  if (sinceLastLook === null || !sinceLastLook.changed || dismissed) return null;
  const counts = diffCounts(sinceLastLook.diff);
  return (
    <Alert
      data-testid="since-last-look"
      variant="light"
      color="blue"
      title={t('sinceLastLook.title', { date: formatDate(sinceLastLook.seenAt, i18n.language) })}
      withCloseButton
      closeButtonLabel={t('sinceLastLook.dismiss')}
      onClose={() => setDismissed(true)}
    >
      <Text size="sm">
        {t('sinceLastLook.summary', { added: counts.added, removed: counts.removed, records: counts.records })}
      </Text>
      <Button
        variant="default"
        size="xs"
        mt="xs"
        aria-expanded={expanded}
        aria-controls={listId}
        onClick={() => setExpanded((e) => !e)}
      >
        {expanded ? t('sinceLastLook.hideChanges') : t('sinceLastLook.showChanges')}
      </Button>
      <Collapse expanded={expanded} id={listId} keepMounted={false}>
        {expanded && <DiffView diff={sinceLastLook.diff} />}
      </Collapse>
    </Alert>
  );
}
