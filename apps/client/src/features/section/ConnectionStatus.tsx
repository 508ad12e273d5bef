import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../../collab/connectionState';

const MESSAGE_KEYS = {
  connecting: 'connection.connecting',
  saved: 'connection.saved',
  saving: 'connection.saving',
  offline: 'connection.offline',
} as const satisfies Record<ConnectionState, string>;

interface ConnectionStatusProps {
  state: ConnectionState;
  /** Changes only this device holds. */
  pendingChanges: number;
  /** The device keeps a copy of the document (offline storage on). */
  kept: boolean;
}

function offlineKey(pendingChanges: number, kept: boolean) {
  if (pendingChanges === 0) return kept ? 'offline.badge.nothingPendingKept' : 'offline.badge.nothingPending';
  return kept ? 'offline.badge.kept' : 'offline.badge.tabOnly';
}

/** The save/connection state in words (offline: how many changes only this device holds), announced politely. */
export function ConnectionStatus({ state, pendingChanges, kept }: ConnectionStatusProps) {
  const { t } = useTranslation();
  const text =
    state === 'offline' ? t(offlineKey(pendingChanges, kept), { count: pendingChanges }) : t(MESSAGE_KEYS[state]);
  return (
    <p className="connection-status" data-testid="connection-state" data-state={state} data-pending={pendingChanges}>
      <span className="connection-status__dot" aria-hidden="true" />
      <span className="connection-status__text">{text}</span>
    </p>
  );
}
