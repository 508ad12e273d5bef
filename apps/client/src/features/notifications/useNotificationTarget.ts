import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { targetSelector } from './notificationTarget';

const GIVE_UP_MS = 15_000;
/** How long the target keeps focus while the page settles (a list refetched after the read mark re-renders it). */
const SETTLE_MS = 3_000;
/** A bound on focus returned while settling: never a loop with an element that keeps re-rendering. */
const MAX_REFOCUS = 5;

/**
 * Arriving from a notification (the URL's fragment names the place): once that element is on the
 * page, scroll its top into view (below the meeting dock, if any) and move keyboard focus to it.
 * While the page settles, focus that falls back to the page (the element re-rendered, the closed
 * list gone) returns to the target, until the person presses a key or clicks.
 */
export function useNotificationTarget(): void {
  const { hash, key } = useLocation();
  useEffect(() => {
    const selector = targetSelector(hash);
    if (selector === null) return;
    const find = (): HTMLElement | null => document.querySelector<HTMLElement>(selector);
    const focus = (el: HTMLElement): void => {
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
      el.focus({ preventScroll: true });
    };
    let shown = false;
    const show = (): void => {
      const el = find();
      if (el === null) return;
      shown = true;
      el.style.scrollMarginTop = 'calc(var(--meeting-dock-height, 0px) + 0.75rem)';
      el.scrollIntoView({ block: 'start' });
      focus(el);
      window.clearTimeout(timer);
      timer = window.setTimeout(stop, SETTLE_MS);
    };
    let refocused = 0;
    const keep = (): void => {
      const lost = document.activeElement === null || document.activeElement === document.body;
      const el = find();
      if (!lost || el === null || refocused >= MAX_REFOCUS) return;
      refocused += 1;
      focus(el);
    };
    const observer = new MutationObserver(() => (shown ? keep() : show()));
    let timer = window.setTimeout(stop, GIVE_UP_MS);
    function stop(): void {
      observer.disconnect();
      window.clearTimeout(timer);
      window.removeEventListener('keydown', stop, true);
      window.removeEventListener('pointerdown', stop, true);
    }
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('keydown', stop, true);
    window.addEventListener('pointerdown', stop, true);
    show();
    return stop;
  }, [hash, key]);
}
