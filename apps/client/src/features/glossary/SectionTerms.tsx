import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Text, Title } from '@mantine/core';
import type * as Y from 'yjs';
import { fragmentPlainText, fragmentToJson, SECTION_FRAGMENTS } from '@iep/shared';
import { uiLocale } from '../goal-bank/uiLocale';
import { distinctGlossaryTerms } from './terms';
import { useDeepValue, type DeepObservable } from '../section/structured/useDeepVersion';

function fragmentTexts(doc: Y.Doc): string[] {
  return SECTION_FRAGMENTS.map((name) => fragmentPlainText(fragmentToJson(doc.getXmlFragment(name))));
}

/**
 * The glossary terms of the four rich-text parts, read again at most once per animation frame.
 * The state is the terms, not the text: typing that finds no new term re-renders nothing.
 */
function useSectionTerms(doc: Y.Doc, locale: ReturnType<typeof uiLocale>): ReturnType<typeof distinctGlossaryTerms> {
  const fragments = useMemo<DeepObservable[]>(() => SECTION_FRAGMENTS.map((name) => doc.getXmlFragment(name)), [doc]);
  const read = useCallback(() => distinctGlossaryTerms(fragmentTexts(doc), locale), [doc, locale]);
  return useDeepValue(fragments, read);
}

/** "Terms used in this section": each glossary term of the text, once, with its explanation. */
export function SectionTerms({ doc }: { doc: Y.Doc }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const items = useSectionTerms(doc, uiLocale(i18n.language));
  return (
    <section aria-labelledby={headingId} className="structured-panel" data-testid="glossary-terms">
      <Title order={2} id={headingId}>
        {t('glossary.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('glossary.hint')}
      </Text>
      {items.length === 0 ? (
        <Text mt="sm">{t('glossary.none')}</Text>
      ) : (
        <dl className="glossary-list">
          {items.map((item) => (
            <div key={item.id} className="glossary-list__item">
              <dt>
                <strong>{item.term}</strong>
              </dt>
              <dd style={{ marginInlineStart: 0, marginBottom: '0.5rem' }}>{item.explanation}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
