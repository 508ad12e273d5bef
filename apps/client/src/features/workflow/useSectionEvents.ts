import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import type { SectionStatusEvent, SignoffChangedEvent } from '@iep/shared';
import { sectionKeys } from '../sections/api';
import { useStatusLabel } from '../../i18n/labels';
import type { AppSocket } from '../../realtime/socket';

export interface SectionNotice {
  id: number;
  text: string;
  tone: 'info' | 'warning';
}

/**
 * Workflow and sign-off news from the section's socket.io room: refetch the section (its sign-off
 * state and versions live under the same key) and keep a short notice in words for the page.
 */
export function useSectionEvents(socket: AppSocket | null, sectionId: string): { notice: SectionNotice | null; dismiss: () => void } {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<SectionNotice | null>(null);

  useEffect(() => {
    if (socket === null) return;
    let next = 0;
    const show = (text: string, tone: SectionNotice['tone']): void => {
      next += 1;
      setNotice({ id: next, text, tone });
    };
    const refresh = (): void => {
      void queryClient.invalidateQueries({ queryKey: sectionKeys.detail(sectionId) });
    };
    const onStatus = (event: SectionStatusEvent): void => {
      if (event.sectionId !== sectionId) return;
      refresh();
      show(t('workflow.events.status', { name: event.by.name, status: statusLabel(event.status), number: event.versionNumber }), 'info');
    };
    const onSignoff = (event: SignoffChangedEvent): void => {
      if (event.sectionId !== sectionId) return;
      refresh();
      const name = event.by?.name ?? t('workflow.events.someone');
      if (event.change === 'voided') show(t('workflow.events.voided', { reason: event.reason ?? t('workflow.events.contentChanged') }), 'warning');
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
  }, [socket, sectionId, queryClient, t, statusLabel]);

  return { notice, dismiss: () => setNotice(null) };
}
