import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DocRegistry } from '../../collab/doc-registry';
import { CommandRunner } from '../command/command-runner';
import { SectionEvents } from '../../realtime/section-events';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { SectionLock } from '../versions/section-lock';
import { VersionsService, type FrozenSection } from '../versions/versions.service';
import { WorkflowRepository, type WorkflowRow } from '../workflow/workflow.repository';
import { SignoffRepository } from './signoff.repository';

/** Quiet time after the last stored edit before the content is compared with the frozen version. */
const SETTLE_MS = 1500;

/** Another refreeze of the same version committed first: this one rolls back. */
class RefrozenElsewhere extends Error {}

/**
 * Voids signatures when the content under sign-off changes. A correction made during pending
 * sign-off is frozen as a new version, the signatures on the old one are voided with the reason,
 * and everyone is told; signing the old version is then refused as no longer current.
 */
@Injectable()
export class SignoffWatch implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SignoffWatch.name);
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private closed = false;

  constructor(
    private readonly docs: DocRegistry,
    private readonly repo: SignoffRepository,
    private readonly workflowRows: WorkflowRepository,
    private readonly versions: VersionsService,
    private readonly lock: SectionLock,
    private readonly commands: CommandRunner,
    private readonly events: SectionEvents,
    private readonly notificationRows: NotificationsRepository,
  ) {}

  onModuleInit(): void {
    this.docs.onSaved((sectionId) => this.schedule(sectionId));
  }

  /**
   * Documents flushed while the app stops still report saves: after this no check is scheduled, and
   * the checks already running finish before the database closes (it closes last, on shutdown).
   */
  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.running]);
  }

  private schedule(sectionId: string): void {
    if (this.closed) return;
    const pending = this.timers.get(sectionId);
    if (pending) clearTimeout(pending);
    const timer = setTimeout(() => {
      this.timers.delete(sectionId);
      const running = this.check(sectionId)
        .then(() => undefined)
        .catch((err: Error) => this.logger.warn(`Sign-off check of ${sectionId} failed: ${err.message}`))
        .finally(() => this.running.delete(running));
      this.running.add(running);
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
    const studentId = await this.repo.studentOf(sectionId);
    // The system voids them: no actor in the audit row, and the notice names the signer themself.
    const scope = { actorId: null, actorRole: null, studentId, sectionId, ip: null };
    const number = await this.commands
      .commit(scope, async (fx) => {
        const version = await this.lock.saveVersion(fx.tx, sectionId, live, {
          name: 'Changed during sign-off',
          reason: 'changed_during_signoff',
          createdById: null,
        });
        if (!(await this.repo.moveSignoffVersion(fx.tx, sectionId, old, version.number))) {
          // Someone else refroze first: roll this version back.
          throw new RefrozenElsewhere();
        }
        const signers = await this.notificationRows.activeSigners(fx.tx, sectionId, old);
        const voided = await this.workflowRows.voidSignatures(fx.tx, sectionId, old, now, reason);
        await fx.audit('section.signatures_voided', {
          fromVersion: old,
          toVersion: version.number,
          voided,
          editors,
          contentHash: live.hash,
        });
        await fx.notify(
          signers.map((userId) => ({
            userId,
            kind: 'signatures_voided',
            sectionId,
            actorId: userId,
            detail: { reason, versionNumber: old },
          })),
        );
        fx.publish(() =>
          this.events.signoff({ sectionId, change: 'voided', versionNumber: version.number, by: null, reason }),
        );
        return version.number;
      })
      .catch((err: unknown) => {
        if (err instanceof RefrozenElsewhere) return null;
        throw err;
      });
    if (number === null) {
      // Someone else refroze first; the number now under sign-off is theirs.
      return (await this.workflowRows.find(sectionId))?.signoffVersion ?? null;
    }
    return number;
  }
}
