import { useRef, type FocusEvent, type KeyboardEvent } from 'react';

/** A `[[name]]` blank left in a goal's text for the team to fill. */
const BLANK = /\[\[[a-z][a-z0-9_]*\]\]/g;

export const hasBlank = (text: string): boolean => text.search(BLANK) !== -1;

/** The first blank at or after `from`, as [start, end), or null. */
export function blankAfter(text: string, from: number): [number, number] | null {
  for (const m of text.matchAll(BLANK)) if (m.index >= from) return [m.index, m.index + m[0].length];
  return null;
}

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * Keyboard access to a field's blanks: arriving by keyboard selects the first blank (typing replaces
 * it); Tab selects the next blank in the same field, and leaves the field once none is left.
 */
export function useBlankKeys(enabled: boolean) {
  const pointer = useRef(false);
  return {
    onMouseDown: () => {
      pointer.current = true;
    },
    onFocus: (event: FocusEvent<Field>) => {
      const byPointer = pointer.current;
      pointer.current = false;
      if (!enabled || byPointer) return;
      const field = event.currentTarget;
      const range = blankAfter(field.value, 0);
      // After the browser's own focus selection, which would otherwise win.
      if (range) requestAnimationFrame(() => field.setSelectionRange(range[0], range[1]));
    },
    onKeyDown: (event: KeyboardEvent<Field>) => {
      if (!enabled || event.key !== 'Tab' || event.shiftKey) return;
      const field = event.currentTarget;
      const range = blankAfter(field.value, field.selectionEnd ?? 0);
      if (range === null) return;
      event.preventDefault();
      field.setSelectionRange(range[0], range[1]);
    },
  };
}
