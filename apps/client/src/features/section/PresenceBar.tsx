import { useTranslation } from 'react-i18next';
import type { PresenceEntry } from '../../collab/presence';
import { useRoleLabel } from '../../i18n/labels';

/** Everyone who has the section open now, the signed-in user first. */
export function PresenceBar({ entries }: { entries: readonly PresenceEntry[] }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  return (
    <ul className="presence-bar" role="list" aria-label={t('presence.label')}>
      {entries.map((entry) => (
        <li key={entry.userId} className="presence-bar__entry" data-testid="presence-user" data-user-id={entry.userId}>
          <span className="presence-bar__avatar" style={{ backgroundColor: entry.color }} aria-hidden="true">
            {entry.initials}
          </span>
          <span className="presence-bar__text">
            <span className="presence-bar__name">
              {entry.name}
              {entry.isSelf ? ` ${t('presence.you')}` : ''}
            </span>
            <span className="presence-bar__role">{roleLabel(entry.role)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
