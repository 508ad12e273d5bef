import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/core';
import { uiLocale } from '../goal-bank/uiLocale';
import { glossaryTermAt, setGlossaryLocale, type GlossaryTermAtCursor } from './glossaryHighlight';

/** Keeps the editor's glossary highlight in the interface language, switching as the reader switches. */
export function useGlossaryLocale(editor: Editor): void {
  const { i18n } = useTranslation();
  const locale = uiLocale(i18n.language);
  useEffect(() => {
    if (!editor.isDestroyed) setGlossaryLocale(editor.view, locale);
  }, [editor, locale]);
}

const sameTerm = (a: GlossaryTermAtCursor | null, b: GlossaryTermAtCursor | null): boolean =>
  a === b || (a !== null && b !== null && a.id === b.id && a.explanation === b.explanation);

/** The term the cursor is in while the editor has focus (null otherwise), kept up to date. */
function useTermAtCursor(editor: Editor): GlossaryTermAtCursor | null {
  const [term, setTerm] = useState<GlossaryTermAtCursor | null>(null);
  useEffect(() => {
    let focused = !editor.isDestroyed && editor.isFocused;
    const refresh = (): void => {
      const next = focused && !editor.isDestroyed ? glossaryTermAt(editor.state) : null;
      setTerm((prev) => (sameTerm(prev, next) ? prev : next));
    };
    const onFocus = (): void => {
      focused = true;
      refresh();
    };
    const onBlur = (): void => {
      focused = false;
      refresh();
    };
    refresh();
    // 'transaction' covers cursor moves, edits (local or remote) and a change of language.
    editor.on('transaction', refresh);
    editor.on('focus', onFocus);
    editor.on('blur', onBlur);
    return () => {
      editor.off('transaction', refresh);
      editor.off('focus', onFocus);
      editor.off('blur', onBlur);
    };
  }, [editor]);
  return term;
}

/**
 * A line under the editor explaining the glossary term at the cursor, so the explanation reaches
 * keyboard and screen-reader users too (the underline's `title` only shows on mouse hover). It is a
 * polite status region, present while empty so that a screen reader announces what appears in it.
 */
export function GlossaryAtCursor({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const term = useTermAtCursor(editor);
  return (
    <div
      role="status"
      aria-label={t('glossary.atCursorLabel')}
      className="glossary-at-cursor"
      data-testid="glossary-at-cursor"
      data-term-id={term?.id}
    >
      {term !== null && (
        <>
          <strong>{t('glossary.atCursor', { term: term.term })}</strong> {term.explanation}
        </>
      )}
    </div>
  );
}
