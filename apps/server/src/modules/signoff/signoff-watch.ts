import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DocRegistry } from '../../collab/doc-registry';
import type { Prisma } from '../../generated/prisma/client';
import { SectionEvents } from '../../realtime/section-events';
import { AuditService } from '../audit/audit.service';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { VersionsRepository } from '../versions/versions.repository';
import { VersionsService, type FrozenSection } from '../versions/versions.service';
import { WorkflowRepository, type WorkflowRow } from '../workflow/workflow.repository';
import { SignoffRepository } from './signoff.repository';

/** Quiet time after the last stored edit before the content is compared with the frozen version. */
const SETTLE_MS = 1500;

/**
 * Voids signatures when the content under sign-off changes. A correction made during pending
 * sign-off is frozen as a new version, the signatures on the old one are voided with the reason,
 * and everyone is told; signing the old version is then refused as no longer current.
 */
@Injectable()
export class SignoffWatch implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SignoffWatch.name);
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly docs: DocRegistry,
    private readonly repo: SignoffRepository,
    private readonly workflowRows: WorkflowRepository,
    private readonly versions: VersionsService,
    private readonly versionRows: VersionsRepository,
    private readonly audit: AuditService,
    private readonly events: SectionEvents,
    private readonly notifications: NotificationsService,
    private readonly notificationRows: NotificationsRepository,
  ) {}

  onModuleInit(): void {
    this.docs.onSaved((sectionId) => this.schedule(sectionId));
  }

  onModuleDestroy(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private schedule(sectionId: string): void {
    const pending = this.timers.get(sectionId);
    if (pending) clearTimeout(pending);
    const timer = setTimeout(() => {
      this.timers.delete(sectionId);
      this.check(sectionId).catch((err: Error) =>
        this.logger.warn(`Sign-off check of ${sectionId} failed: ${err.message}`),
      );
    }, SETTLE_MS);
    timer.unref();
    this.timers.set(sectionId, timer);
  }

  /** Compares the live content with the version under sign-off; refreezes if it changed. */
  async check(sectionId: string): Promise<number | null> {
    const row = await this.workflowRows.find(sectionId);
    if (!row || row.status !== 'pending_signoff' || row.signoffVersion === null) return null;
    const version = await this.repo.versionHash(sectionId, row.signoffVersion);
    const live = await this.versions.freeze(sectionId);
    if (!version || live.hash === version.contentHash) return null;
    return this.refreeze(sectionId, row, live);
  }

  /**
   * Freezes the changed content as the new version under sign-off and voids the signatures on the
   * old one, in one transaction. Returns the new number, or null if someone else already did.
   */
  async refreeze(sectionId: string, row: WorkflowRow, live: FrozenSection): Promise<number | null> {
    const old = row.signoffVersion;
    if (old === null) return null;
    const oldVersion = await this.repo.versionHash(sectionId, old);
    const editors = oldVersion ? await this.repo.editorsSince(sectionId, oldVersion.createdAt) : [];
    const reason =
      editors.length > 0
        ? `The content changed after version ${old} was frozen (edited by ${editors.join(', ')})`
        : `The content changed after version ${old} was frozen`;
    const now = new Date();
    const result = await this.repo.db.$transaction(async (tx) => {
      const version = await this.versionRows.insertIn(tx, {
        sectionId,
        name: 'Changed during sign-off',
        reason: 'changed_during_signoff',
        createdById: null,
        state: live.state,
        json: JSON.parse(JSON.stringify(live.snapshot)) as Prisma.InputJsonValue,
        contentHash: live.hash,
      });
      const { count: moved } = await tx.otSection.updateMany({
        where: { id: sectionId, status: 'pending_signoff', signoffVersion: old },
        data: { signoffVersion: version.number },
      });
      if (moved !== 1) return null;
      const signers = await this.notificationRows.activeSigners(tx, sectionId, old);
      const { count: voided } = await tx.signature.updateMany({
        where: { sectionId, versionNumber: old, voidedAt: null },
        data: { voidedAt: now, voidReason: reason },
      });
      const student = await tx.otSection.findUnique({
        where: { id: sectionId },
        select: { plan: { select: { studentId: true } } },
      });
      await this.audit.recordIn(tx, {
        action: 'section.signatures_voided',
        studentId: student?.plan.studentId ?? null,
        sectionId,
        detail: { fromVersion: old, toVersion: version.number, voided, editors, contentHash: live.hash },
      });
      // The system voids them; the notice names no actor but the signer themself.
      const notices = await this.notificationRows.createMany(
        tx,
        signers.map((userId) => ({
          userId,
          kind: 'signatures_voided' as const,
          sectionId,
          actorId: userId,
          detail: { reason, versionNumber: old },
        })),
      );
      return { number: version.number, notices };
    });
    if (result === null) {
      // Someone else refroze first; the number now under sign-off is theirs.
      return (await this.workflowRows.find(sectionId))?.signoffVersion ?? null;
    }
    this.events.signoff({ sectionId, change: 'voided', versionNumber: result.number, by: null, reason });
    this.notifications.deliverLater(result.notices);
    return result.number;
  }
}
