import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { createAppSocket } from '../../realtime/socket';
import { proposalKeys } from './api';

/** Follows the section's `proposal:changed` events over socket.io and refetches the proposals. */
export function useProposalEvents(sectionId: string): void {
  const client = useQueryClient();
  useEffect(() => {
    const socket = createAppSocket();
    const join = (): void => {
      socket.emit('section:join', { sectionId }, () => undefined);
    };
    socket.on('connect', join);
    socket.on('proposal:changed', (event) => {
      if (event.sectionId === sectionId) void client.invalidateQueries({ queryKey: proposalKeys.list(sectionId) });
    });
    return () => {
      socket.off('connect', join);
      socket.off('proposal:changed');
      socket.disconnect();
    };
  }, [client, sectionId]);
}
