import { useCallback, useEffect, useRef, useState } from 'react';
import type { MeetingState } from '@iep/shared';
import { discussingId, followSelectors } from './meetingModel';

const FOCUS_ATTR = 'data-meeting-focus';

/**
 * Highlights the first element found for the selectors (and no other) and scrolls its top to just
 * under the meeting dock (its scroll margin, meetings.css). An agenda row lives in the meeting
 * drawer: `reveal` opens it there first.
 */
function showOnPage(selectors: readonly string[], reveal: () => void): boolean {
  const el = selectors.map((s) => document.querySelector<HTMLElement>(s)).find((e): e is HTMLElement => e !== null);
  if (el === undefined) return false;
  for (const old of document.querySelectorAll(`[${FOCUS_ATTR}]`)) old.removeAttribute(FOCUS_ATTR);
  el.setAttribute(FOCUS_ATTR, 'true');
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // Scroll only: moving keyboard focus would pull people out of what they are typing.
  const scroll = (): void => el.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
  if (el.closest('[data-meeting-drawer]') !== null && el.getClientRects().length === 0) {
    reveal();
    requestAnimationFrame(() => requestAnimationFrame(scroll));
  } else scroll();
  return true;
}

/**
 * Follow mode: while in the meeting, each new "now discussing" scrolls this page to its target and
 * highlights it. A person can stop following (nothing moves under them) and catch up later.
 */
export function useFollow(meeting: MeetingState | null, inMeeting: boolean, reveal: () => void) {
  const [following, setFollowing] = useState(true);
  const shown = useRef<string | null>(null);
  const id = meeting === null ? null : discussingId(meeting);
  const target = meeting?.nowDiscussing?.target ?? null;
  const agenda = meeting?.agenda;

  const goToCurrent = useCallback(() => {
    if (target === null || agenda === undefined) return;
    shown.current = id;
    // The target may render a moment later (the panel or record appears with this state).
    if (!showOnPage(followSelectors(target, agenda), reveal))
      window.setTimeout(() => showOnPage(followSelectors(target, agenda), reveal), 300);
  }, [id, target, agenda, reveal]);

  useEffect(() => {
    if (!inMeeting || !following || id === null || id === shown.current) return;
    const frame = requestAnimationFrame(goToCurrent);
    return () => cancelAnimationFrame(frame);
  }, [inMeeting, following, id, goToCurrent]);

  const stop = useCallback(() => setFollowing(false), []);
  const catchUp = useCallback(() => {
    setFollowing(true);
    goToCurrent();
  }, [goToCurrent]);

  return { following, stop, catchUp, behind: !following && id !== null && id !== shown.current };
}
