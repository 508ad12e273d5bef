import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, List, Paper, Text, Title } from '@mantine/core';
import type { ComplianceItem, SectionStructure } from '@iep/shared';
import { useCheckSentence } from './checkSentence';
import { fieldElementId, recordElementId } from './ids';

interface CompliancePanelProps {
  items: ComplianceItem[];
  structure: SectionStructure;
  rawValue: (target: string) => unknown;
}

/** Scrolls to and focuses the control a check points at; false when there is none on the page. */
function elementFor(target: string): HTMLElement | null {
  if (target === 'parentConcerns') {
    return document.querySelector<HTMLElement>('[data-testid="editor-parentConcerns"] .ProseMirror');
  }
  const byField = document.getElementById(fieldElementId(target));
  if (byField !== null) return byField;
  const record = recordElementId(target);
  return record === null ? null : document.getElementById(record);
}

function canFix(target: string): boolean {
  return (
    target === 'parentConcerns' ||
    target === 'transitionGoals' ||
    ['goals/', 'services/', 'accommodations/', 'transitionGoals/'].some((prefix) => target.startsWith(prefix))
  );
}

/** The compliance checks, live: each says in words what holds or what is missing, with a way to fix it. */
export function CompliancePanel({ items, structure, rawValue }: CompliancePanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const sentence = useCheckSentence(structure, rawValue);

  const okCount = items.filter((i) => i.ok).length;
  return (
    <Paper
      component="section"
      withBorder
      p="md"
      aria-labelledby={headingId}
      data-testid="compliance-panel"
      className="compliance-panel"
    >
      <Title order={2} id={headingId}>
        {t('compliance.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('compliance.summary', { ok: okCount, total: items.length })}
      </Text>
      <List spacing="sm" listStyleType="none" className="compliance-list">
        {items.map((item, index) => {
          const text = sentence(item);
          return (
            <List.Item
              key={`${item.code}-${item.target}-${index}`}
              data-testid="compliance-item"
              data-ok={item.ok ? 'true' : 'false'}
            >
              <Text component="span" fw={700} className="compliance-item__status" data-ok={item.ok ? 'true' : 'false'}>
                <span aria-hidden="true">{item.ok ? '✓ ' : '✗ '}</span>
                {item.ok ? t('compliance.met') : t('compliance.notMet')}
              </Text>
              {': '}
              <Text component="span">{text}</Text>
              {!item.ok && canFix(item.target) && (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  ml="xs"
                  aria-label={t('compliance.fixLabel', { what: text })}
                  onClick={() => {
                    const el = elementFor(item.target);
                    if (el === null) return;
                    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
                    el.focus({ preventScroll: true });
                  }}
                >
                  {t('compliance.fix')}
                </Button>
              )}
            </List.Item>
          );
        })}
      </List>
    </Paper>
  );
}
