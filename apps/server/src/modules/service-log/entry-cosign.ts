import { HttpStatus, Injectable } from '@nestjs/common';
import { can, ErrorCode, needsCosignature, type Action, type AuditAction } from '@iep/shared';
import { AppError } from '../../common/app-error';
import type { Tx } from '../../db/tx';
import type { EntryRecorder, VersionedRow } from '../../db/versioned-entries';
import type { AuthContext } from '../auth/auth.types';
import { TeamAccessService, type SectionAccess } from '../access/team-access.service';
import { CommandRunner, sectionScope } from '../command/command-runner';

/**
 * Who records an entry (a session: `service.log`; a data point: `goalData.record`), and whether
 * their versions wait for a co-signature (an OTA) or sign corrections of one (the supervising OT).
 */
export function recorderOf(
  ctx: AuthContext,
  section: SectionAccess,
  records: 'service.log' | 'goalData.record',
): EntryRecorder {
  const actor = { userId: ctx.user.id, role: section.role };
  const at = { status: section.status };
  return {
    id: ctx.user.id,
    name: ctx.user.name,
    role: section.role,
    needsCosign: needsCosignature(actor, at, records),
    supervises: can(actor, 'service.cosign', at),
  };
}

/** What co-signing needs of a kind of entry (a session, a goal data point): its store, its words, its event. */
export interface CosignTarget<Row extends VersionedRow> {
  /** Who may read such entries (404 for the rest). */
  view: Action;
  notFound: string;
  repo: {
    find(entryId: string, tx?: Tx): Promise<Row | null>;
    lockSection(tx: Tx, sectionId: string): Promise<void>;
    cosignIn(tx: Tx, rowId: string, by: { id: string; name: string }): Promise<boolean>;
  };
  audit: AuditAction;
  /** The audit detail's name for the entry's id (`entryId`, `pointId`). */
  idKey: string;
  /** The live event, after the commit. */
  published(row: Row): void;
}

/**
 * The supervising OT co-signs one version of an OTA's entry (a session or a data point): only then
 * is it final. One rule for both: the policy's `service.cosign` (an OT on the student's team, an
 * approved plan); the version named must be the current one, unsigned, of an OTA.
 */
@Injectable()
export class EntryCosigner {
  constructor(
    private readonly access: TeamAccessService,
    private readonly commands: CommandRunner,
  ) {}

  async cosign<Row extends VersionedRow>(
    ctx: AuthContext,
    target: CosignTarget<Row>,
    entryId: string,
    version: number,
    ip: string,
  ): Promise<SectionAccess> {
    const row = await target.repo.find(entryId);
    if (!row) throw AppError.notFound(target.notFound);
    const section = await this.access.requireSection(ctx.user.id, row.sectionId, target.view).catch(() => {
      throw AppError.notFound(target.notFound);
    });
    const actor = { userId: ctx.user.id, role: section.role };
    if (!can(actor, 'service.cosign', { status: section.status })) {
      if (can(actor, 'service.cosign', { status: 'approved' }))
        throw new AppError(
          HttpStatus.CONFLICT,
          ErrorCode.SectionNotApproved,
          'Entries are co-signed on an approved plan',
        );
      throw new AppError(
        HttpStatus.FORBIDDEN,
        ErrorCode.CosignNotSupervisor,
        'Only the supervising OT on the student’s team co-signs an OTA’s entries',
      );
    }
    await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      await target.repo.lockSection(fx.tx, section.sectionId);
      const latest = await target.repo.find(entryId, fx.tx);
      if (!latest) throw AppError.notFound(target.notFound);
      if (version > latest.entryVersion) throw AppError.notFound('No such version');
      if (!latest.needsCosign)
        throw new AppError(HttpStatus.CONFLICT, ErrorCode.CosignNotNeeded, 'An OT’s entry needs no co-signature');
      if (version < latest.entryVersion)
        throw new AppError(
          HttpStatus.CONFLICT,
          ErrorCode.CosignVersionSuperseded,
          'That version was corrected since: co-sign the current one',
          { currentVersion: latest.entryVersion },
        );
      if (!(await target.repo.cosignIn(fx.tx, latest.id, { id: ctx.user.id, name: ctx.user.name })))
        throw new AppError(HttpStatus.CONFLICT, ErrorCode.CosignAlreadyDone, 'This version is co-signed already', {
          cosignedBy: latest.cosignedByName,
        });
      await fx.audit(target.audit, { [target.idKey]: entryId, version, recordedBy: latest.recordedByName });
      fx.publish(() => target.published(latest));
    });
    return section;
  }
}
