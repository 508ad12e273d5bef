import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import {
  can,
  COMMENTS_PER_MINUTE,
  commentsOpen,
  ErrorCode,
  type Action,
  type Person,
  suggestionAnchor,
  type SuggestionRef,
  type ThreadDto,
  type ThreadVisibility,
  type AuditAction,
} from '@iep/shared';
import { AppError } from '../../common/app-error';
import type { CommandEffects } from '../command/command-effects';
import { CommandRunner, sectionScope } from '../command/command-runner';
import { RateLimiter, type RateRule } from '../../common/rate-limit/rate-limiter';
import { DocRegistry } from '../../collab/doc-registry';
import { RealtimeEvents } from '../../realtime/realtime-events';
import { AuditService, type AuditInput } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth.types';
import { TeamAccessService, type SectionAccess } from '../access/team-access.service';
import { CommentsRepository, type TeamMember } from './comments.repository';
import { ThreadView } from './thread-view';

export interface ThreadInput {
  part: string;
  anchorStart?: string;
  anchorEnd?: string;
  quote: string;
  visibility: ThreadVisibility;
  body: string;
  mentions: string[];
  suggestion?: SuggestionRef;
}

interface ThreadContext {
  thread: { id: string; sectionId: string; visibility: ThreadVisibility; authorId: string };
  section: SectionAccess;
}

/** Comments per person per minute (every instance counts together when Redis is shared). */
const COMMENTS_PER_PERSON: RateRule = { name: 'comments', max: COMMENTS_PER_MINUTE, windowMs: 60_000 };

function locked(): AppError {
  return new AppError(
    HttpStatus.CONFLICT,
    ErrorCode.SectionLocked,
    'The section is approved and locked; comments are closed',
  );
}

/**
 * The rules of comment threads. Every decision asks the one policy; a thread the caller may not
 * see answers 404 exactly like one that does not exist. Every write, its audit event and its
 * notifications share one transaction; live events and mail follow the commit.
 */
@Injectable()
export class CommentsService {
  private readonly logger = new Logger(CommentsService.name);

  constructor(
    private readonly repo: CommentsRepository,
    private readonly view: ThreadView,
    private readonly access: TeamAccessService,
    private readonly audit: AuditService,
    private readonly events: RealtimeEvents,
    private readonly commands: CommandRunner,
    private readonly limiter: RateLimiter,
    private readonly docs: DocRegistry,
  ) {}

  async list(ctx: AuthContext, sectionId: string, resolved: 'true' | 'false' | 'all'): Promise<ThreadDto[]> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'section.view');
    const visibilities: ThreadVisibility[] = this.allowed(ctx, section, 'thread.view', 'staff')
      ? ['team', 'staff']
      : ['team'];
    const rows = await this.repo.listThreads(sectionId, visibilities, resolved);
    await this.audit.record(this.event(ctx, section, 'comments.threads_read', { count: rows.length, visibilities }));
    return this.view.many(sectionId, rows);
  }

  async get(ctx: AuthContext, threadId: string): Promise<ThreadDto> {
    const { thread, section } = await this.threadFor(ctx, threadId);
    await this.audit.record(
      this.event(ctx, section, 'comments.thread_read', { threadId, visibility: thread.visibility }),
    );
    return this.current(threadId);
  }

  async team(ctx: AuthContext, sectionId: string): Promise<Person[]> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'section.view');
    return (await this.repo.team(section.studentId)).map(({ id, name, role }) => ({ id, name, role }));
  }

  async create(ctx: AuthContext, sectionId: string, request: ThreadInput): Promise<ThreadDto> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'section.view');
    this.require(ctx, section, 'thread.create', request.visibility);
    const input = await this.onSuggestion(sectionId, request);
    const recipients = await this.mentionable(section, input.visibility, input.mentions);
    await this.countComment(ctx.user.id);
    const threadId = await this.commands.commit(sectionScope(ctx, section, null), async (fx) => {
      const { tx } = fx;
      const thread = await this.repo.createThread(tx, {
        sectionId,
        part: input.part,
        anchorStart: input.anchorStart ?? null,
        anchorEnd: input.anchorEnd ?? null,
        quote: input.quote,
        visibility: input.visibility,
        authorId: ctx.user.id,
        suggestionAuthorId: input.suggestion?.authorId ?? null,
        suggestionId: input.suggestion?.id ?? null,
      });
      const written = await this.writeComment(fx, ctx, section, thread.id, input.body, recipients);
      await fx.audit('comments.thread_created', {
        threadId: thread.id,
        commentId: written.commentId,
        part: input.part,
        visibility: input.visibility,
        ...(input.suggestion ? { suggestion: input.suggestion } : {}),
      });
      return thread.id;
    });
    return this.publish(threadId);
  }

  async reply(ctx: AuthContext, threadId: string, body: string, mentions: string[]): Promise<ThreadDto> {
    const { thread, section } = await this.threadFor(ctx, threadId);
    this.require(ctx, section, 'comment.create', thread.visibility);
    const recipients = await this.mentionable(section, thread.visibility, mentions);
    await this.countComment(ctx.user.id);
    await this.commands.commit(sectionScope(ctx, section, null), async (fx) => {
      const written = await this.writeComment(fx, ctx, section, threadId, body, recipients);
      await fx.audit('comments.comment_created', {
        threadId,
        commentId: written.commentId,
        visibility: thread.visibility,
      });
    });
    return this.publish(threadId);
  }

  async edit(ctx: AuthContext, commentId: string, body: string): Promise<ThreadDto> {
    const { comment, thread, section } = await this.commentFor(ctx, commentId);
    this.require(ctx, section, 'comment.edit', thread.visibility, comment.authorId);
    if (comment.body !== body) {
      await this.commands.commit(sectionScope(ctx, section, null), async (fx) => {
        const { tx } = fx;
        await this.repo.reviseComment(tx, commentId, comment.body, body);
        await fx.audit('comments.comment_edited', {
          threadId: thread.id,
          commentId,
          visibility: thread.visibility,
        });
      });
    }
    return this.publish(thread.id);
  }

  async remove(ctx: AuthContext, commentId: string): Promise<ThreadDto> {
    const { comment, thread, section } = await this.commentFor(ctx, commentId);
    this.require(ctx, section, 'comment.edit', thread.visibility, comment.authorId);
    await this.commands.commit(sectionScope(ctx, section, null), async (fx) => {
      const { tx } = fx;
      await this.repo.markDeleted(tx, commentId);
      await fx.audit('comments.comment_deleted', {
        threadId: thread.id,
        commentId,
        visibility: thread.visibility,
      });
    });
    return this.publish(thread.id);
  }

  async setResolved(ctx: AuthContext, threadId: string, resolved: boolean): Promise<ThreadDto> {
    const { thread, section } = await this.threadFor(ctx, threadId);
    this.require(ctx, section, 'thread.resolve', thread.visibility, thread.authorId);
    await this.commands.commit(sectionScope(ctx, section, null), async (fx) => {
      const { tx } = fx;
      await this.repo.setResolved(tx, threadId, resolved ? ctx.user.id : null);
      await fx.audit(resolved ? 'comments.thread_resolved' : 'comments.thread_reopened', {
        threadId,
        visibility: thread.visibility,
      });
    });
    return this.publish(threadId);
  }

  /** After suggestions are decided: everyone allowed hears the threads on them say what became of them. */
  async suggestionsDecided(sectionId: string, refs: SuggestionRef[]): Promise<void> {
    for (const threadId of await this.repo.threadsOnSuggestions(sectionId, refs)) {
      try {
        await this.publish(threadId);
      } catch (err) {
        this.logger.warn(`thread ${threadId} not published after a suggestion decision: ${String(err)}`);
      }
    }
  }

  // --- helpers ------------------------------------------------------------------------------------

  /**
   * A thread on a suggestion hangs on the suggestion's text as it is in the live document (its part,
   * anchors and quote), whatever the request said; 404 SUGGESTION_NOT_FOUND when it is not open.
   */
  private async onSuggestion(sectionId: string, input: ThreadInput): Promise<ThreadInput> {
    const ref = input.suggestion;
    if (ref === undefined) return input;
    const anchor = await this.docs.read(sectionId, (doc) => suggestionAnchor(doc, ref));
    if (anchor === null)
      throw new AppError(HttpStatus.NOT_FOUND, ErrorCode.SuggestionNotFound, 'No open suggestion matches');
    return { ...input, ...anchor, suggestion: { authorId: ref.authorId, id: ref.id } };
  }

  /** Counts one comment by the person, or 429 COMMENT_RATE_LIMITED with `retryAfter` seconds. */
  private async countComment(userId: string): Promise<void> {
    const reserved = await this.limiter.reserve([COMMENTS_PER_PERSON, userId]);
    if (!reserved.ok) {
      throw new AppError(
        HttpStatus.TOO_MANY_REQUESTS,
        ErrorCode.CommentRateLimited,
        `At most ${COMMENTS_PER_PERSON.max} comments a minute`,
        {
          retryAfter: reserved.retryAfterSeconds,
        },
      );
    }
  }

  private allowed(
    ctx: AuthContext,
    section: SectionAccess,
    action: Action,
    visibility: ThreadVisibility,
    authorId?: string,
  ): boolean {
    return can({ userId: ctx.user.id, role: section.role }, action, { status: section.status, visibility, authorId });
  }

  /** 409 when the section is locked, 403 when the policy says no. */
  private require(
    ctx: AuthContext,
    section: SectionAccess,
    action: Action,
    visibility: ThreadVisibility,
    authorId?: string,
  ): void {
    if (!commentsOpen(section.status)) throw locked();
    if (!this.allowed(ctx, section, action, visibility, authorId)) throw AppError.forbidden();
  }

  /** The thread and the caller's standing; 404 unless the caller may see it. */
  private async threadFor(ctx: AuthContext, threadId: string): Promise<ThreadContext> {
    const thread = await this.repo.threadMeta(threadId);
    if (!thread) throw AppError.notFound('No such thread');
    const row = await this.access.sectionFor(ctx.user.id, thread.sectionId);
    if (!row || row.role === null) throw AppError.notFound('No such thread');
    const section: SectionAccess = { ...row, role: row.role };
    if (!this.allowed(ctx, section, 'thread.view', thread.visibility)) throw AppError.notFound('No such thread');
    return { thread, section };
  }

  private async commentFor(ctx: AuthContext, commentId: string) {
    const comment = await this.repo.commentMeta(commentId);
    if (!comment) throw AppError.notFound('No such comment');
    const found = await this.threadFor(ctx, comment.threadId).catch((err: unknown) => {
      throw err instanceof AppError && err.status === HttpStatus.NOT_FOUND ? AppError.notFound('No such comment') : err;
    });
    if (comment.deletedAt) throw new AppError(HttpStatus.CONFLICT, ErrorCode.Conflict, 'The comment was deleted');
    return { comment, ...found };
  }

  /** Every mentioned person must be on the team and able to see the thread. */
  private async mentionable(
    section: SectionAccess,
    visibility: ThreadVisibility,
    ids: string[],
  ): Promise<Map<string, TeamMember>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const team = new Map((await this.repo.team(section.studentId)).map((m) => [m.id, m]));
    const outside = unique.filter((id) => !team.has(id));
    if (outside.length > 0) {
      throw new AppError(
        HttpStatus.BAD_REQUEST,
        ErrorCode.MentionOutsideTeam,
        'Only members of the student’s team can be mentioned',
        { field: 'mentions', userIds: outside },
      );
    }
    const hidden = unique.filter(
      (id) =>
        !can({ userId: id, role: team.get(id)?.role ?? null }, 'thread.view', { status: section.status, visibility }),
    );
    if (hidden.length > 0) {
      throw new AppError(HttpStatus.BAD_REQUEST, ErrorCode.MentionNotVisible, 'That person cannot see this thread', {
        field: 'mentions',
        userIds: hidden,
      });
    }
    return new Map(
      unique.flatMap((id) => {
        const member = team.get(id);
        return member ? [[id, member] as const] : [];
      }),
    );
  }

  private async writeComment(
    fx: CommandEffects,
    ctx: AuthContext,
    section: SectionAccess,
    threadId: string,
    body: string,
    recipients: Map<string, TeamMember>,
  ) {
    const mentionIds = [...recipients.keys()];
    const comment = await this.repo.createComment(fx.tx, {
      threadId,
      authorId: ctx.user.id,
      authorRole: section.role,
      body,
      mentionIds,
    });
    await fx.notify(
      mentionIds
        .filter((id) => id !== ctx.user.id)
        .map((userId) => ({
          userId,
          kind: 'mention' as const,
          sectionId: section.sectionId,
          threadId,
          commentId: comment.id,
          actorId: ctx.user.id,
        })),
    );
    return { commentId: comment.id };
  }

  private async current(threadId: string): Promise<ThreadDto> {
    const row = await this.repo.getThread(threadId);
    if (!row) throw AppError.notFound('No such thread');
    return this.view.one(row);
  }

  /** After the commit (the mentioned are notified by the command): everyone allowed hears the thread as it is now. */
  private async publish(threadId: string): Promise<ThreadDto> {
    const dto = await this.current(threadId);
    this.events.threadChanged(dto);
    return dto;
  }

  /**
   * Every detail names the thread's visibility, so that whoever shows the access log to a parent
   * can leave staff-only threads out.
   */
  private event(
    ctx: AuthContext,
    section: SectionAccess,
    action: AuditAction,
    detail: Record<string, unknown>,
  ): AuditInput {
    return {
      action,
      actorId: ctx.user.id,
      actorRole: section.role,
      studentId: section.studentId,
      sectionId: section.sectionId,
      detail: JSON.parse(JSON.stringify(detail)) as object,
    };
  }
}
