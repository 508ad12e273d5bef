import { useTranslation } from 'react-i18next';
import { Popover, Text, UnstyledButton } from '@mantine/core';
import { getGlossaryEntry } from '@iep/shared';
import { uiLocale } from '../goal-bank/uiLocale';
import { glossarySegments } from './terms';

/**
 * `text` with each glossary term as a button that opens its plain-language explanation (a popover
 * with role dialog; Escape or a click elsewhere closes it).
 */
export function GlossaryText({ text }: { text: string }) {
  const { t, i18n } = useTranslation();
  const locale = uiLocale(i18n.language);
  return (
    <>
      {glossarySegments(text, locale).map((segment, index) => {
        if (segment.kind === 'text') return <span key={index}>{segment.text}</span>;
        const entry = getGlossaryEntry(segment.id);
        if (entry === undefined) return <span key={index}>{segment.text}</span>;
        const label = t('glossary.explain', { term: entry[locale].term });
        return (
          <Popover key={index} width={320} withArrow shadow="md" position="top">
            <Popover.Target>
              <UnstyledButton component="button" type="button" className="glossary-term" title={label}>
                {segment.text}
              </UnstyledButton>
            </Popover.Target>
            <Popover.Dropdown aria-label={label}>
              <Text fw={700} size="sm">
                {entry[locale].term}
              </Text>
              <Text size="sm">{entry[locale].explanation}</Text>
            </Popover.Dropdown>
          </Popover>
        );
      })}
    </>
  );
}
