import { useTranslation } from 'react-i18next';
import type { ComplianceItem, MeasurabilityReason, SectionStructure, ServiceGap } from '@iep/shared';
import { useIssueMessage } from './issueMessage';

/** A check as the panel computes it, or as the server names it in a refusal. */
export interface CheckLike {
  code: ComplianceItem['code'] | (string & {});
  ok: boolean;
  target: string;
  details?: Record<string, unknown>;
}

/**
 * A compliance check in words, in the reader's language: what holds or what is missing. Shared by
 * the compliance panel and the sign-off gate (which has only the failing checks the server named).
 */
export function useCheckSentence(
  structure: SectionStructure | null,
  rawValue: (target: string) => unknown = () => undefined,
): (item: CheckLike) => string {
  const { t } = useTranslation();
  const issueMessage = useIssueMessage();
  const goalNumber = (id: string): number => (structure?.goals.findIndex((g) => g.id === id) ?? -1) + 1;
  const serviceNumber = (id: string): number => (structure?.services.findIndex((s) => s.id === id) ?? -1) + 1;

  return (item: CheckLike): string => {
    const [root = '', id = '', field = ''] = item.target.split('/');
    switch (item.code) {
      case 'goal_measurable': {
        if (item.ok) return t('compliance.goalOk', { number: goalNumber(id) });
        const reasons = ((item.details?.reasons as MeasurabilityReason[] | undefined) ?? []).map((r) =>
          t(`goals.reasons.${r}`),
        );
        return t('compliance.goalNotOk', { number: goalNumber(id), reasons: reasons.join('; ') });
      }
      case 'goal_progress_reporting': {
        if (item.ok) return t('complianceGate.check.progressOk', { number: goalNumber(id) });
        const missing = ((item.details?.missing as string[] | undefined) ?? []).map((m) =>
          t(`complianceGate.progressPart.${m === 'measurement' ? 'measurement' : 'reporting'}`),
        );
        return t('complianceGate.check.progressMissing', { number: goalNumber(id), missing: missing.join(', ') });
      }
      case 'service_complete': {
        if (item.ok) return t('compliance.serviceOk', { number: serviceNumber(id) });
        const gaps = ((item.details?.gaps as ServiceGap[] | undefined) ?? []).map((g) => t(`compliance.gaps.${g}`));
        return t('compliance.serviceNotOk', { number: serviceNumber(id), gaps: gaps.join(', ') });
      }
      case 'services_present':
        return item.ok ? t('complianceGate.check.servicesOk') : t('complianceGate.check.servicesMissing');
      case 'areas_of_need_present':
        return item.ok ? t('complianceGate.check.areasOk') : t('complianceGate.check.areasMissing');
      case 'proposals_resolved':
        return item.ok
          ? t('complianceGate.check.proposalsOk')
          : t('complianceGate.check.proposalsOpen', { count: Number(item.details?.open ?? 0) });
      case 'suggestions_resolved':
        return item.ok
          ? t('complianceGate.check.suggestionsOk')
          : t('complianceGate.check.suggestionsOpen', { count: Number(item.details?.open ?? 0) });
      case 'family_review_answered':
        return item.ok
          ? t('complianceGate.check.familyOk')
          : t('complianceGate.check.familyUnanswered', { date: String(item.details?.respondBy ?? '') });
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
              : root;
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
        return t('complianceGate.check.other');
    }
  };
}
