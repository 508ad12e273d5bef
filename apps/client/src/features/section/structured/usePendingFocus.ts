import { useCallback, useEffect, useRef } from 'react';

/**
 * Focuses a control by id once a panel has re-rendered from the document (after a move or an
 * add): the first of `ids` that exists wins. Moving a focused node, or removing it (the "up"
 * button of a record that became first), would otherwise drop focus to the page.
 */
export function usePendingFocus(renderKey: unknown): (ids: string[]) => void {
  const pending = useRef<string[] | null>(null);
  useEffect(() => {
    const ids = pending.current;
    if (ids === null) return;
    for (const id of ids) {
      const el = document.getElementById(id);
      if (el !== null) {
        pending.current = null;
        el.focus();
        return;
      }
    }
  }, [renderKey]);
  return useCallback((ids: string[]) => {
    pending.current = ids;
  }, []);
}
