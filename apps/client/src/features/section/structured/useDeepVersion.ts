import { useEffect, useState } from 'react';
import { replaceEqualDeep } from '@tanstack/react-query';
import type * as Y from 'yjs';

/** The shared types a panel can follow. */
export type DeepObservable = Y.Map<unknown> | Y.Array<unknown> | Y.Text | Y.XmlFragment;

/**
 * `read()` of the document, read again (at most once per animation frame) whenever anything
 * inside the given shared types changes, so panels follow the document without re-rendering on
 * every keystroke. `types` and `read` must be stable (useMemo / useCallback). What reads the same
 * as before keeps its identity (objects and arrays compared deeply, as react-query shares data),
 * so a change to one goal leaves the other parts' props as they were and memoized panels skip.
 */
export function useDeepValue<T>(types: readonly DeepObservable[], read: () => T): T {
  const [value, setValue] = useState(read);
  useEffect(() => {
    let frame: number | null = null;
    const bump = (): void => {
      if (frame !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        setValue((previous) => replaceEqualDeep(previous, read()));
      });
    };
    setValue((previous) => replaceEqualDeep(previous, read()));
    for (const type of types) type.observeDeep(bump);
    return () => {
      for (const type of types) type.unobserveDeep(bump);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [types, read]);
  return value;
}
