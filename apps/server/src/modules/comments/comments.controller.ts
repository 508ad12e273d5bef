import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  commentIdParamSchema,
  createCommentRequestSchema,
  createThreadRequestSchema,
  editCommentRequestSchema,
  sectionIdParamSchema,
  teamListSchema,
  threadIdParamSchema,
  threadListQuerySchema,
  threadListSchema,
  threadSchema,
  type Person,
  type ThreadDto,
} from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { CommentsService } from './comments.service';

type Params = Record<string, string>;

@ApiTags('comments')
@Controller()
@UseGuards(AuthGuard)
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get('sections/:sectionId/threads')
  @ApiRoute({
    params: sectionIdParamSchema,
    query: threadListQuerySchema,
    summary: 'The comment threads of a section the caller may see (staff-only threads: staff only)',
    response: threadListSchema,
    errors: [400, 401, 404],
  })
  async list(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Query() query: Params,
  ): Promise<{ threads: ThreadDto[] }> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    const { resolved } = parseInput(threadListQuerySchema, query);
    return { threads: await this.comments.list(ctx, sectionId, resolved) };
  }

  @Post('sections/:sectionId/threads')
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'Start a thread on a part of the section, with its first comment',
    body: createThreadRequestSchema,
    response: threadSchema,
    status: 201,
    errors: [400, 401, 403, 404, 409, 429],
  })
  create(@CurrentAuth() ctx: AuthContext, @Param() params: Params, @Body() body: unknown): Promise<ThreadDto> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return this.comments.create(ctx, sectionId, parseInput(createThreadRequestSchema, body));
  }

  @Get('sections/:sectionId/team')
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'The student’s team: who can be @mentioned',
    response: teamListSchema,
    errors: [400, 401, 404],
  })
  async team(@CurrentAuth() ctx: AuthContext, @Param() params: Params): Promise<{ members: Person[] }> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return { members: await this.comments.team(ctx, sectionId) };
  }

  @Get('threads/:threadId')
  @ApiRoute({ params: threadIdParamSchema, summary: 'One thread', response: threadSchema, errors: [400, 401, 404] })
  get(@CurrentAuth() ctx: AuthContext, @Param() params: Params): Promise<ThreadDto> {
    return this.comments.get(ctx, parseInput(threadIdParamSchema, params).threadId);
  }

  @Post('threads/:threadId/comments')
  @ApiRoute({
    params: threadIdParamSchema,
    summary: 'Reply in a thread; answers the whole thread',
    body: createCommentRequestSchema,
    response: threadSchema,
    status: 201,
    errors: [400, 401, 403, 404, 409, 429],
  })
  reply(@CurrentAuth() ctx: AuthContext, @Param() params: Params, @Body() body: unknown): Promise<ThreadDto> {
    const { threadId } = parseInput(threadIdParamSchema, params);
    const input = parseInput(createCommentRequestSchema, body);
    return this.comments.reply(ctx, threadId, input.body, input.mentions);
  }

  @Post('threads/:threadId/resolve')
  @HttpCode(200)
  @ApiRoute({
    params: threadIdParamSchema,
    summary: 'Resolve a thread (its author, the OT or the admin)',
    response: threadSchema,
    errors: [400, 401, 403, 404, 409],
  })
  resolve(@CurrentAuth() ctx: AuthContext, @Param() params: Params): Promise<ThreadDto> {
    return this.comments.setResolved(ctx, parseInput(threadIdParamSchema, params).threadId, true);
  }

  @Post('threads/:threadId/reopen')
  @HttpCode(200)
  @ApiRoute({
    params: threadIdParamSchema,
    summary: 'Reopen a resolved thread (its author, the OT or the admin)',
    response: threadSchema,
    errors: [400, 401, 403, 404, 409],
  })
  reopen(@CurrentAuth() ctx: AuthContext, @Param() params: Params): Promise<ThreadDto> {
    return this.comments.setResolved(ctx, parseInput(threadIdParamSchema, params).threadId, false);
  }

  @Patch('comments/:commentId')
  @ApiRoute({
    params: commentIdParamSchema,
    summary: 'Edit one’s own comment (the earlier wording is kept in the record)',
    body: editCommentRequestSchema,
    response: threadSchema,
    errors: [400, 401, 403, 404, 409],
  })
  edit(@CurrentAuth() ctx: AuthContext, @Param() params: Params, @Body() body: unknown): Promise<ThreadDto> {
    const { commentId } = parseInput(commentIdParamSchema, params);
    return this.comments.edit(ctx, commentId, parseInput(editCommentRequestSchema, body).body);
  }

  @Delete('comments/:commentId')
  @ApiRoute({
    params: commentIdParamSchema,
    summary: 'Delete one’s own comment (shown as deleted; the record keeps it)',
    response: threadSchema,
    errors: [400, 401, 403, 404, 409],
  })
  remove(@CurrentAuth() ctx: AuthContext, @Param() params: Params): Promise<ThreadDto> {
    return this.comments.remove(ctx, parseInput(commentIdParamSchema, params).commentId);
  }
}
