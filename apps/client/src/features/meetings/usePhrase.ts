import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readStructure, STRUCTURED_ROOTS, type SectionStructure } from '@iep/shared';
import { useDeepValue, type DeepObservable } from '../section/structured/useDeepVersion';
import type { Phrase } from './meetingModel';

/** A Phrase in the reader's language. */
export function usePhrase(): (phrase: Phrase) => string {
  const { t } = useTranslation();
  return useCallback(
    (phrase: Phrase): string => {
      if (phrase.kind === 'text') return phrase.text;
      const lists = Object.fromEntries(
        Object.entries(phrase.lists ?? {}).map(([name, keys]) => [name, keys.map((k) => t(k)).join('; ')]),
      );
      return t(phrase.key, { ...phrase.values, ...lists });
    },
    [t],
  );
}

/** The section's records as they are now (numbers and gaps for the agenda's words); the loaded section until the document is live. */
export function useLiveStructure(doc: Y.Doc | null, loaded: SectionStructure): SectionStructure {
  const types = useMemo<DeepObservable[]>(
    () => (doc === null ? [] : STRUCTURED_ROOTS.map((root) => doc.getMap<unknown>(root))),
    [doc],
  );
  const read = useCallback(
    (): SectionStructure => (doc === null ? loaded : readStructure(doc).structure),
    [doc, loaded],
  );
  return useDeepValue(types, read);
}

/** The current time, ticking every second while `active` (for running timers). */
export function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [active]);
  return now;
}
