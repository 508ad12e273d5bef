import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PoliteAnnouncer } from '../../components/PoliteAnnouncer';
import type { ConnectionState } from '../../collab/connectionState';
import { saveAnnouncement } from '../../collab/saveAnnouncement';

const MESSAGE_KEYS = {
  connecting: 'connection.connecting',
  saved: 'connection.saved',
  saving: 'connection.saving',
  offline: 'connection.offline',
} as const satisfies Record<ConnectionState, string>;

/**
 * The save/connection state kept in view wherever the person types: placed just after the inline
 * status, it shows a small copy in the window's corner once the inline one has scrolled away.
 * It also tells screen readers, once, what matters: offline, and saved again after being offline.
 */
export function StatusInView({ state }: { state: ConnectionState }) {
  const { t } = useTranslation();
  const sentinel = useRef<HTMLSpanElement>(null);
  const [away, setAway] = useState(false);
  useEffect(() => {
    let frame = 0;
    // Away once the inline status has scrolled above the window (not while it is still below it).
    const check = (): void => {
      frame = 0;
      const el = sentinel.current;
      if (el !== null) setAway(el.getBoundingClientRect().top < 0);
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(check);
    };
    check();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, []);

  const previous = useRef(state);
  const offlineSinceSaved = useRef(false);
  const [message, setMessage] = useState<{ id: number; text: string } | null>(null);
  useEffect(() => {
    if (state === previous.current) return;
    const key = saveAnnouncement(previous.current, state, offlineSinceSaved.current);
    if (state === 'offline') offlineSinceSaved.current = true;
    if (state === 'saved') offlineSinceSaved.current = false;
    previous.current = state;
    if (key !== null) setMessage((m) => ({ id: (m?.id ?? 0) + 1, text: t(key) }));
  }, [state, t]);

  return (
    <>
      <span ref={sentinel} className="status-in-view__sentinel" aria-hidden="true" />
      {away && (
        <p
          className="connection-status status-in-view"
          data-state={state}
          data-testid="status-in-view"
          aria-hidden="true"
        >
          <span className="connection-status__dot" />
          <span className="connection-status__text">{t(MESSAGE_KEYS[state])}</span>
        </p>
      )}
      <PoliteAnnouncer message={message} testId="save-announcer" />
    </>
  );
}
