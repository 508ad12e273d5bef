import { HttpStatus, Injectable } from '@nestjs/common';
import {
  checkKey,
  ErrorCode,
  gateFailures,
  readStructure,
  sectionDocToJson,
  type ComplianceItem,
  type ComplianceOverride,
  type ComplianceOverrideInput,
  type Role,
} from '@iep/shared';
import { AppError } from '../../common/app-error';
import { DocRegistry } from '../../collab/doc-registry';
import type { SectionAccessRow } from '../access/team.repository';
import type { CommandEffects } from '../command/command-effects';
import { sectionChecks } from '../ot-section/section-compliance';
import { ComplianceOverridesRepository } from './compliance-overrides.repository';
import type { WorkflowRow } from './workflow.repository';

const day = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

type SectionDates = Pick<SectionAccessRow, 'sectionId' | 'meetingDate' | 'annualReviewDate' | 'studentDateOfBirth'>;

/** The reasons on record for this cycle of the plan (since the last amendment). */
export function overridesOf(row: WorkflowRow): ComplianceOverride[] {
  return row.complianceOverrides
    .filter((o) => o.planVersion === row.version)
    .map((o) => ({
      key: o.checkKey,
      code: o.code,
      target: o.target,
      reason: o.reason,
      byName: o.byName,
      byRole: o.role,
      at: o.createdAt.toISOString(),
    }));
}

/**
 * Compliance gates the workflow: requesting sign-off and approving are refused while a check
 * fails, unless the OT or the administrator records a reason for that check. Reasons are stored
 * (and audited) in the command's transaction, keyed by the check, for this cycle of the plan.
 */
@Injectable()
export class ComplianceGate {
  constructor(
    private readonly docs: DocRegistry,
    private readonly overrides: ComplianceOverridesRepository,
  ) {}

  /** Every check on the section as it is now, with the facts only the record holds. */
  async checks(section: SectionDates, row: WorkflowRow): Promise<ComplianceItem[]> {
    const [doc, openProposals] = await Promise.all([
      this.docs.read(section.sectionId, (d) => ({ content: sectionDocToJson(d), ...readStructure(d) })),
      this.overrides.openProposals(section.sectionId),
    ]);
    return sectionChecks(section, doc, undefined, {
      openProposals,
      familyReview: {
        deliveredAt: row.familyDeliveredAt ? row.familyDeliveredAt.toISOString() : null,
        respondBy: day(row.familyRespondBy),
        respondedAt: row.familyRespondedAt ? row.familyRespondedAt.toISOString() : null,
      },
    });
  }

  /**
   * Called in the command's transaction with the checks read (under the section lock) before it.
   * Refuses (409 COMPLIANCE_FAILING, the failing checks in details) unless every failing check has a
   * reason on record or given now; the new reasons are stored and audited with the command.
   */
  async pass(
    fx: CommandEffects,
    items: ComplianceItem[],
    row: WorkflowRow,
    given: ComplianceOverrideInput[] | undefined,
    by: { userId: string; name: string; role: Role },
  ): Promise<void> {
    const onRecord = new Set(overridesOf(row).map((o) => o.key));
    const reasons = new Map((given ?? []).map((g) => [g.key, g.reason.trim()]));
    const failing = gateFailures(items, onRecord);
    const unexplained = failing.filter((item) => !(reasons.get(checkKey(item)) ?? ''));
    if (unexplained.length > 0) {
      throw new AppError(
        HttpStatus.CONFLICT,
        ErrorCode.ComplianceFailing,
        'Compliance checks fail: fix them, or record a reason for each',
        {
          checks: unexplained.map((item) => ({
            key: checkKey(item),
            code: item.code,
            target: item.target,
            details: item.details ?? {},
          })),
        },
      );
    }
    for (const item of failing) {
      const key = checkKey(item);
      const reason = reasons.get(key) ?? '';
      await this.overrides.insert(fx.tx, {
        sectionId: row.id,
        planVersion: row.version,
        checkKey: key,
        code: item.code,
        target: item.target,
        reason,
        userId: by.userId,
        byName: by.name,
        role: by.role,
      });
      await fx.audit('section.compliance_overridden', { check: key, code: item.code, reason });
    }
  }
}
