import { randomUUID } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import * as Y from 'yjs';
import {
  appendRichText,
  can,
  decideSuggestions,
  ErrorCode,
  readSuggestions,
  suggestionFragments,
  SUGGESTION_INSERT,
  suggestionPartSchema,
  type Action,
  type AuditAction,
  type DecideSuggestionsRequest,
  type OpenSuggestion,
  type SectionFragment,
  type SuggestionDecisionView,
  type WithdrawSuggestionsRequest,
} from '@iep/shared';
import { AppError } from '../../common/app-error';
import { DocRegistry } from '../../collab/doc-registry';
import type { CommandEffects } from '../command/command-effects';
import { CommandRunner, sectionScope } from '../command/command-runner';
import { AuditService } from '../audit/audit.service';
import { CommentsService } from '../comments/comments.service';
import type { AuthContext } from '../auth/auth.types';
import { TeamAccessService, type SectionAccess } from '../access/team-access.service';
import { SuggestionsRepository, type SuggestionOutcome } from './suggestions.repository';

const sectionLocked = (): AppError =>
  new AppError(HttpStatus.CONFLICT, ErrorCode.SectionLocked, 'The section is locked and takes no decisions');

const notFound = (): AppError =>
  new AppError(HttpStatus.NOT_FOUND, ErrorCode.SuggestionNotFound, 'No open suggestion matches');

/**
 * Deciding suggestions: the OT or the administrator accepts or rejects one suggestion or all of one
 * person's; an author withdraws theirs. The change is made to the live Y.Doc under a server origin
 * (everyone's editor shows it at once) and, in one database transaction with the section row locked,
 * its update is stored with the decision record (what was suggested, by whom, who decided) and the
 * audit event, so a crash keeps both or neither. Should the transaction fail, the change is undone in
 * memory and the update with its revert go through the document's normal queue (as proposal accept).
 */
@Injectable()
export class SuggestionsService {
  constructor(
    private readonly repo: SuggestionsRepository,
    private readonly access: TeamAccessService,
    private readonly docs: DocRegistry,
    private readonly audit: AuditService,
    private readonly commands: CommandRunner,
    private readonly comments: CommentsService,
  ) {}

  async decide(
    ctx: AuthContext,
    sectionId: string,
    request: DecideSuggestionsRequest,
    ip: string,
  ): Promise<OpenSuggestion[]> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'section.view');
    this.permit(ctx, section, 'suggestion.decide', request.authorId);
    const outcome: SuggestionOutcome = request.decision === 'accept' ? 'accepted' : 'rejected';
    return this.apply(ctx, section, request.authorId, request.suggestionId, outcome, 'suggestion.decide', ip);
  }

  async withdraw(
    ctx: AuthContext,
    sectionId: string,
    request: WithdrawSuggestionsRequest,
    ip: string,
  ): Promise<OpenSuggestion[]> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'section.view');
    // Someone else's suggestion is theirs to withdraw: the policy refuses it (403), it is not "not found".
    const named = request.suggestionId === undefined ? undefined : await this.open(sectionId);
    const owner = named?.find((s) => s.id === request.suggestionId)?.authorId ?? ctx.user.id;
    this.permit(ctx, section, 'suggestion.withdraw', owner);
    return this.apply(ctx, section, ctx.user.id, request.suggestionId, 'withdrawn', 'suggestion.withdraw', ip);
  }

  /** The open suggestions of a section's live document. */
  open(sectionId: string): Promise<OpenSuggestion[]> {
    return this.docs.read(sectionId, (doc) => readSuggestions(doc));
  }

  /** The decided suggestions of a section, newest first (the record). */
  async decisions(ctx: AuthContext, sectionId: string): Promise<SuggestionDecisionView[]> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'section.view');
    const rows = await this.repo.list(sectionId);
    await this.audit.record({
      action: 'suggestion.decisions_read',
      actorId: ctx.user.id,
      actorRole: section.role,
      studentId: section.studentId,
      sectionId,
    });
    return rows.flatMap((r) => {
      const parsed = suggestionPartSchema.safeParse(r.part);
      if (!parsed.success) return [];
      const part = parsed.data;
      return [
        {
          id: r.suggestionId,
          part,
          authorId: r.authorId,
          authorName: r.authorName,
          role: r.authorRole,
          at: r.suggestedAt,
          inserted: r.inserted,
          deleted: r.deleted,
          outcome: r.outcome,
          decidedById: r.decidedById,
          decidedByRole: r.decidedByRole,
          decidedAt: r.decidedAt.toISOString(),
        },
      ];
    });
  }

  /** A role that may do this in an open section but not now meets a locked section (409); otherwise 403. */
  private permit(ctx: AuthContext, section: SectionAccess, action: Action, authorId: string): void {
    const actor = { userId: ctx.user.id, role: section.role };
    if (can(actor, action, { status: section.status, authorId })) return;
    if (can(actor, action, { status: 'draft', authorId })) throw sectionLocked();
    throw AppError.forbidden('Your role cannot decide on these suggestions');
  }

  private async apply(
    ctx: AuthContext,
    section: SectionAccess,
    authorId: string,
    suggestionId: string | undefined,
    outcome: SuggestionOutcome,
    action: Action,
    ip: string,
  ): Promise<OpenSuggestion[]> {
    const sectionId = section.sectionId;
    const decided = await this.changeDoc(ctx, section, ip, { decideSuggestions: sectionId }, async (fx, change) => {
      const status = await this.repo.lockSectionIn(fx.tx, sectionId);
      if (status === null || !can({ userId: ctx.user.id, role: section.role }, action, { status, authorId }))
        throw sectionLocked();
      let result: OpenSuggestion[] = [];
      await change((doc) => {
        result = decideSuggestions(
          doc,
          (s) => s.authorId === authorId && (suggestionId === undefined || s.id === suggestionId),
          outcome === 'accepted' ? 'accept' : 'reject',
        );
      });
      if (result.length === 0) throw notFound();
      const now = new Date();
      await this.repo.recordDecisionsIn(
        fx.tx,
        sectionId,
        result,
        outcome,
        { id: ctx.user.id, role: section.role },
        now,
      );
      await fx.audit(`suggestion.${outcome}`, {
        authorId,
        suggestions: result.map((s) => ({ id: s.id, part: s.part, inserted: s.inserted, deleted: s.deleted })),
      });
      return result;
    });
    // Threads on these suggestions now say what became of them.
    await this.comments.suggestionsDecided(sectionId, decided);
    return decided;
  }

  /**
   * Writes paragraphs at the end of a rich-text part as one suggestion by the caller (a draft the
   * server made for them, e.g. present levels from the year's data): never straight into the text,
   * so the OT accepts or rejects it like any suggestion. `allowed` is checked with the section locked.
   */
  async suggestParagraphs(
    ctx: AuthContext,
    section: SectionAccess,
    part: SectionFragment,
    paragraphs: readonly string[],
    ip: string,
    recorded: { action: AuditAction; detail: object },
  ): Promise<string> {
    const id = randomUUID();
    const attrs = {
      id,
      authorId: ctx.user.id,
      authorName: ctx.user.name,
      role: section.role,
      at: new Date().toISOString(),
    };
    await this.changeDoc(ctx, section, ip, { suggestParagraphs: id }, async (fx, change) => {
      const status = await this.repo.lockSectionIn(fx.tx, section.sectionId);
      if (status === null || !can({ userId: ctx.user.id, role: section.role }, 'suggestion.create', { status, part }))
        throw sectionLocked();
      await change((doc) =>
        appendRichText(doc.getXmlFragment(part), {
          type: 'doc',
          content: paragraphs.map((text) => ({
            type: 'paragraph',
            content: [{ type: 'text', text, marks: [{ type: SUGGESTION_INSERT, attrs }] }],
          })),
        }),
      );
      await fx.audit(recorded.action, { ...recorded.detail, suggestionId: id, part });
    });
    return id;
  }

  /**
   * A change to the live document stored with its command: made under `origin` (everyone's editor
   * shows it at once), its update stored in the command's transaction; should that fail, undone in
   * memory while the update and its revert go through the document's queue (as proposal accept).
   */
  private async changeDoc<R>(
    ctx: AuthContext,
    section: SectionAccess,
    ip: string,
    origin: object,
    work: (fx: CommandEffects, change: (edit: (doc: Y.Doc) => void) => Promise<void>) => Promise<R>,
  ): Promise<R> {
    const sectionId = section.sectionId;
    const live = await this.docs.acquire(sectionId);
    // Goal descriptions included: a change there is undone with the rest should the transaction fail.
    const scope = suggestionFragments(live.doc).map((f) => f.fragment);
    const undo = new Y.UndoManager(scope, { trackedOrigins: new Set([origin]), captureTimeout: 0 });
    const made: { update: Uint8Array | null; committed: boolean } = { update: null, committed: false };
    try {
      const result = await this.commands.commit(sectionScope(ctx, section, ip), (fx) =>
        work(fx, async (edit) => {
          made.update = live.changeStoredByCaller(origin, edit);
          if (made.update) await this.repo.storeUpdateIn(fx.tx, sectionId, made.update, ctx.user.id);
        }),
      );
      made.committed = true;
      return result;
    } catch (err) {
      if (made.update && !made.committed) {
        live.storeLater(made.update, ctx.user.id);
        undo.undo();
      }
      throw err;
    } finally {
      undo.destroy();
      this.docs.release(sectionId);
    }
  }
}
