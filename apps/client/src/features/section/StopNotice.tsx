import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@mantine/core';
import type { CollabStopReason } from '../../collab/closeCodes';

const MESSAGE_KEYS = {
  forbidden: 'section.errors.collabForbidden',
  notFound: 'section.errors.collabNotFound',
  protocol: 'section.errors.collabProtocol',
  tooBig: 'section.errors.collabTooBig',
  unavailable: 'section.errors.collabUnavailable',
  refused: 'offline.refused.stopped',
} as const satisfies Record<CollabStopReason, string>;

/** The live document stopped for good (4403, 4404, ...): say so, and offer a reload. */
export function StopNotice({ reason }: { reason: CollabStopReason }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" data-testid="collab-stopped" data-reason={reason}>
      {t(MESSAGE_KEYS[reason])}
      <div>
        <Button variant="outline" color="red" mt="sm" onClick={() => window.location.reload()}>
          {t('section.errors.reload')}
        </Button>
      </div>
    </Alert>
  );
}
