import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { targetSelector } from './notificationTarget';

const GIVE_UP_MS = 15_000;

/**
 * Arriving from a notification (the URL's fragment names the place): once that element is on the
 * page, scroll its top into view (below the meeting dock, if any) and move keyboard focus to it.
 */
export function useNotificationTarget(): void {
  const { hash, key } = useLocation();
  useEffect(() => {
    const selector = targetSelector(hash);
    if (selector === null) return;
    const show = (): boolean => {
      const el = document.querySelector<HTMLElement>(selector);
      if (el === null) return false;
      el.style.scrollMarginTop = 'calc(var(--meeting-dock-height, 0px) + 0.75rem)';
      el.scrollIntoView({ block: 'start' });
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
      el.focus({ preventScroll: true });
      return true;
    };
    if (show()) return;
    const observer = new MutationObserver(() => {
      if (show()) stop();
    });
    const timer = window.setTimeout(stop, GIVE_UP_MS);
    function stop(): void {
      observer.disconnect();
      window.clearTimeout(timer);
    }
    observer.observe(document.body, { childList: true, subtree: true });
    return stop;
  }, [hash, key]);
}
