import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import * as Y from 'yjs';
import {
  acceptedSectionContent,
  acceptedStructure,
  canonicalJson,
  diffSections,
  readStructure,
  sectionDocToJson,
  type SectionDiff,
  type SectionSnapshotJson,
  type VersionSummary,
} from '@iep/shared';
import { AppError } from '../../common/app-error';
import { DocRegistry } from '../../collab/doc-registry';
import type { CommandScope } from '../command/command-effects';
import { CommandRunner, sectionScope } from '../command/command-runner';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth.types';
import { TeamAccessService } from '../access/team-access.service';
import { VersionsRepository } from './versions.repository';

export interface FrozenSection {
  snapshot: SectionSnapshotJson;
  state: Uint8Array;
  hash: string;
}

type SummaryRow = {
  number: number;
  name: string;
  reason: string;
  createdAt: Date;
  contentHash: string;
  createdById: string | null;
};

/**
 * The hash a signature binds to: of the accepted content only. Open suggestions are kept in the
 * frozen JSON (a draft's PDF can show them) but not hashed: inserted text is left out, text marked for
 * deletion counts as it stands (acceptedSectionContent), in goal descriptions too (acceptedStructure).
 */
export function contentHash(snapshot: SectionSnapshotJson): string {
  const accepted: SectionSnapshotJson = {
    content: acceptedSectionContent(snapshot.content),
    structure: acceptedStructure(snapshot.structure),
  };
  return createHash('sha256').update(canonicalJson(accepted)).digest('hex');
}

@Injectable()
export class VersionsService {
  constructor(
    private readonly repo: VersionsRepository,
    private readonly access: TeamAccessService,
    private readonly docs: DocRegistry,
    private readonly audit: AuditService,
    private readonly commands: CommandRunner,
  ) {}

  /** The live document as a version would freeze it: Yjs state, JSON and the hash of that JSON. */
  async freeze(sectionId: string): Promise<FrozenSection> {
    const { snapshot, state } = await this.docs.read(sectionId, (doc) => ({
      snapshot: {
        content: sectionDocToJson(doc),
        structure: readStructure(doc).structure,
      } satisfies SectionSnapshotJson,
      state: Y.encodeStateAsUpdate(doc),
    }));
    return { snapshot, state, hash: contentHash(snapshot) };
  }

  /** Freezes the live document as a numbered version: its Yjs state, its JSON and the hash of that JSON. */
  async create(ctx: AuthContext, sectionId: string, name: string, reason = 'manual'): Promise<VersionSummary> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'version.create');
    const frozen = await this.freeze(sectionId);
    const row = await this.saveWithRetry(sectionScope(ctx, section, null), sectionId, frozen, name, reason);
    return this.toSummary(row, new Map([[ctx.user.id, ctx.user.name]]));
  }

  /** Numbers are taken inside the transaction; the unique (section, number) index settles a race, and we retry. */
  private async saveWithRetry(
    scope: CommandScope,
    sectionId: string,
    frozen: FrozenSection,
    name: string,
    reason: string,
  ) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.commands.commit(scope, async (fx) => {
          const row = await this.repo.insertIn(fx.tx, {
            sectionId,
            name,
            reason,
            createdById: scope.actorId,
            state: frozen.state,
            json: JSON.parse(JSON.stringify(frozen.snapshot)) as object,
            contentHash: frozen.hash,
          });
          await fx.audit('section.version_saved', { number: row.number, name, reason, contentHash: frozen.hash });
          return row;
        });
      } catch (err) {
        if (attempt >= 3 || (err as { code?: string }).code !== 'P2002') throw err;
      }
    }
  }

  async list(ctx: AuthContext, sectionId: string): Promise<VersionSummary[]> {
    await this.access.requireSection(ctx.user.id, sectionId, 'section.view');
    const rows = await this.repo.list(sectionId);
    const names = await this.repo.userNames([...new Set(rows.flatMap((r) => (r.createdById ? [r.createdById] : [])))]);
    return rows.map((r) => this.toSummary(r, names));
  }

  /** One version, read-only, as it was frozen. */
  async get(
    ctx: AuthContext,
    sectionId: string,
    number: number,
  ): Promise<VersionSummary & { snapshot: SectionSnapshotJson }> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'section.view');
    const row = await this.repo.get(sectionId, number);
    if (!row) throw AppError.notFound('No such version');
    await this.audit.record({
      action: 'section.version_read',
      actorId: ctx.user.id,
      actorRole: section.role,
      studentId: section.studentId,
      sectionId,
      detail: { number },
    });
    const names = await this.repo.userNames(row.createdById ? [row.createdById] : []);
    return { ...this.toSummary(row, names), snapshot: row.json as unknown as SectionSnapshotJson };
  }

  /** Changes from one version to another (or to the live document when `to` is absent). */
  async compare(ctx: AuthContext, sectionId: string, from: number, to?: number): Promise<SectionDiff> {
    const before = await this.get(ctx, sectionId, from);
    const after =
      to === undefined
        ? await this.docs.read(sectionId, (doc) => ({
            content: sectionDocToJson(doc),
            structure: readStructure(doc).structure,
          }))
        : (await this.get(ctx, sectionId, to)).snapshot;
    return diffSections(before.snapshot, after);
  }

  private toSummary(row: SummaryRow, names: Map<string, string>): VersionSummary {
    return {
      number: row.number,
      name: row.name,
      reason: row.reason,
      createdAt: row.createdAt.toISOString(),
      createdBy: row.createdById ? (names.get(row.createdById) ?? null) : null,
      contentHash: row.contentHash,
    };
  }
}
