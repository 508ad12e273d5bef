import { Injectable } from '@nestjs/common';
import type { SectionStatus } from '@iep/shared';
import { CollabServer } from '../../collab/collab.server';
import type { Prisma } from '../../generated/prisma/client';
import type { Tx } from '../../db/tx';
import { VersionsRepository } from './versions.repository';
import { VersionsService, type FrozenSection } from './versions.service';

/** A move of the section's state that needs the document held still while it is recorded. */
export interface LockedMove {
  from: SectionStatus;
  to: SectionStatus;
}

export interface VersionLabel {
  name: string;
  reason: string;
  createdById: string | null;
}

/**
 * The one lock-and-freeze sequence of the workflow and the sign-off: the document sockets switch
 * to the new state's write rules before the content is read, so the frozen content is the content
 * recorded; if the change fails they switch back.
 */
@Injectable()
export class SectionLock {
  constructor(
    private readonly collab: CollabServer,
    private readonly versions: VersionsService,
    private readonly versionRows: VersionsRepository,
  ) {}

  /** Freezes the live content under `move` (null: no state change, just a consistent read). */
  async freezeUnder<R>(
    sectionId: string,
    move: LockedMove | null,
    work: (frozen: FrozenSection) => Promise<R>,
  ): Promise<R> {
    if (move) this.collab.applyStatus(sectionId, move.to);
    try {
      return await work(await this.versions.freeze(sectionId));
    } catch (err) {
      if (move) this.collab.applyStatus(sectionId, move.from);
      throw err;
    }
  }

  /** Saves the frozen content as the next numbered version, in the command's transaction. */
  saveVersion(tx: Tx, sectionId: string, frozen: FrozenSection, label: VersionLabel) {
    return this.versionRows.insertIn(tx, {
      sectionId,
      ...label,
      state: frozen.state,
      json: JSON.parse(JSON.stringify(frozen.snapshot)) as Prisma.InputJsonValue,
      contentHash: frozen.hash,
    });
  }
}
