import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionStatusEvent, SignoffChangedEvent } from '@iep/shared';
import { useStatusLabel } from '../../i18n/labels';
import type { AppSocket } from '../../realtime/socket';

export interface SectionNotice {
  id: number;
  text: string;
  tone: 'info' | 'warning';
}

/**
 * Workflow and sign-off news from the section's socket.io room, as a short notice in words for the
 * page. (The queries these events refresh are refreshed by the one map in realtime/eventQueries.ts.)
 */
export function useSectionEvents(
  socket: AppSocket | null,
  sectionId: string,
): { notice: SectionNotice | null; dismiss: () => void } {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel();
  const [notice, setNotice] = useState<SectionNotice | null>(null);

  useEffect(() => {
    if (socket === null) return;
    let next = 0;
    const show = (text: string, tone: SectionNotice['tone']): void => {
      next += 1;
      setNotice({ id: next, text, tone });
    };
    const onStatus = (event: SectionStatusEvent): void => {
      if (event.sectionId !== sectionId) return;
      show(
        t('workflow.events.status', {
          name: event.by.name,
          status: statusLabel(event.status),
          number: event.versionNumber,
        }),
        'info',
      );
    };
    const onSignoff = (event: SignoffChangedEvent): void => {
      if (event.sectionId !== sectionId) return;
      const name = event.by?.name ?? t('workflow.events.someone');
      if (event.change === 'voided')
        show(t('workflow.events.voided', { reason: event.reason ?? t('workflow.events.contentChanged') }), 'warning');
      else if (event.change === 'revoked') show(t('workflow.events.revoked', { name }), 'warning');
      else if (event.change === 'family_responded') show(t('workflow.events.familyResponded', { name }), 'info');
      else show(t('workflow.events.signed', { name }), 'info');
    };
    socket.on('section:status', onStatus);
    socket.on('signoff:changed', onSignoff);
    return () => {
      socket.off('section:status', onStatus);
      socket.off('signoff:changed', onSignoff);
    };
  }, [socket, sectionId, t, statusLabel]);

  return { notice, dismiss: () => setNotice(null) };
}
