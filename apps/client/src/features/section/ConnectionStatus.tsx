import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../../collab/connectionState';

const MESSAGE_KEYS = {
  connecting: 'connection.connecting',
  saved: 'connection.saved',
  saving: 'connection.saving',
  offline: 'connection.offline',
} as const satisfies Record<ConnectionState, string>;

/** The save/connection state in words (StatusInView keeps it in view and announces what matters). */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  const { t } = useTranslation();
  return (
    <p className="connection-status" data-testid="connection-state" data-state={state}>
      <span className="connection-status__dot" aria-hidden="true" />
      <span className="connection-status__text">{t(MESSAGE_KEYS[state])}</span>
    </p>
  );
}
