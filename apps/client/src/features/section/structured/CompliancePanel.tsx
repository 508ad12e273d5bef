import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, List, Paper, Text, Title } from '@mantine/core';
import type { ComplianceItem, MeasurabilityReason, SectionStructure, ServiceGap } from '@iep/shared';
import { fieldElementId, recordElementId } from './ids';
import { useIssueMessage } from './issueMessage';

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
  const issueMessage = useIssueMessage();
  const goalNumber = (id: string): number => structure.goals.findIndex((g) => g.id === id) + 1;
  const serviceNumber = (id: string): number => structure.services.findIndex((s) => s.id === id) + 1;

  const sentence = (item: ComplianceItem): string => {
    const [root, id = '', field = ''] = item.target.split('/');
    switch (item.code) {
      case 'goal_measurable': {
        if (item.ok) return t('compliance.goalOk', { number: goalNumber(id) });
        const reasons = ((item.details?.reasons as MeasurabilityReason[] | undefined) ?? []).map((r) =>
          t(`goals.reasons.${r}`),
        );
        return t('compliance.goalNotOk', { number: goalNumber(id), reasons: reasons.join('; ') });
      }
      case 'service_complete': {
        if (item.ok) return t('compliance.serviceOk', { number: serviceNumber(id) });
        const gaps = ((item.details?.gaps as ServiceGap[] | undefined) ?? []).map((g) => t(`compliance.gaps.${g}`));
        return t('compliance.serviceNotOk', { number: serviceNumber(id), gaps: gaps.join(', ') });
      }
      case 'parent_concerns_present':
        return item.ok ? t('compliance.parentConcernsOk') : t('compliance.parentConcernsMissing');
      case 'annual_review_within_year':
        return item.ok ? t('compliance.annualReviewOk') : t('compliance.annualReviewNotOk');
      case 'transition_goals_present':
        return item.ok ? t('compliance.transitionOk') : t('compliance.transitionMissing');
      case 'field_valid': {
        const where =
          root === 'goals'
            ? t('compliance.inGoal', { number: goalNumber(id) })
            : root === 'services'
              ? t('compliance.inService', { number: serviceNumber(id) })
              : String(root);
        const message = issueMessage(
          {
            path: [root === 'services' ? 'services' : 'goals', id, field],
            message: String(item.details?.message ?? ''),
          },
          rawValue(item.target),
        );
        return t('compliance.fieldInvalid', { where, field, message });
      }
      default:
        return item.code;
    }
  };

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
