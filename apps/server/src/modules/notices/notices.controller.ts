import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Req,
  Res,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  createNoticeRequestSchema,
  noticeIdParamSchema,
  noticeListSchema,
  noticeViewSchema,
  sectionIdParamSchema,
  updateNoticeRequestSchema,
  type NoticeList,
  type NoticeView,
} from '@iep/shared';
import { recordAttachment } from '../../common/attachment';
import { ApiFile, ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { clientIp } from '../auth/session-token';
import { NoticesService } from './notices.service';

type Params = Record<string, string>;

@ApiTags('notices')
@Controller()
@UseGuards(AuthGuard)
export class NoticesController {
  constructor(private readonly notices: NoticesService) {}

  @Get('sections/:sectionId/notices')
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'The Prior Written Notices of a section, oldest first (drafts only for staff)',
    response: noticeListSchema,
    errors: [400, 401, 404],
  })
  async list(@CurrentAuth() ctx: AuthContext, @Param() params: Params, @Req() req: Request): Promise<NoticeList> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return { notices: await this.notices.list(ctx, sectionId, clientIp(req)) };
  }

  @Post('sections/:sectionId/notices')
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'Draft a Prior Written Notice by hand (events draft their own)',
    body: createNoticeRequestSchema,
    response: noticeViewSchema,
    status: 201,
    errors: [400, 401, 403, 404],
  })
  create(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<NoticeView> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return this.notices.create(ctx, sectionId, parseInput(createNoticeRequestSchema, body ?? {}), clientIp(req));
  }

  // Declared before `:id`, which would also take "….pdf".
  @Get('notices/:id.pdf')
  @ApiFile({
    params: noticeIdParamSchema,
    summary: 'One notice as a PDF on the district letterhead, in the language it was issued in',
    type: 'application/pdf',
    description: 'The PDF, as an attachment',
    errors: { 400: 'The id is not a UUID', 401: 'No session', 404: 'No such notice, or one the caller may not see' },
  })
  async pdf(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { id } = parseInput(noticeIdParamSchema, params);
    return recordAttachment(res, await this.notices.pdf(ctx, id, clientIp(req)), 'application/pdf');
  }

  @Get('notices/:id')
  @ApiRoute({
    params: noticeIdParamSchema,
    summary: 'One Prior Written Notice',
    response: noticeViewSchema,
    errors: [400, 401, 404],
  })
  get(@CurrentAuth() ctx: AuthContext, @Param() params: Params, @Req() req: Request): Promise<NoticeView> {
    return this.notices.get(ctx, parseInput(noticeIdParamSchema, params).id, clientIp(req));
  }

  @Patch('notices/:id')
  @ApiRoute({
    params: noticeIdParamSchema,
    summary: 'Edit a draft notice (an issued one never changes: 409 NOTICE_ISSUED)',
    body: updateNoticeRequestSchema,
    response: noticeViewSchema,
    errors: [400, 401, 403, 404, 409],
  })
  update(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<NoticeView> {
    const { id } = parseInput(noticeIdParamSchema, params);
    return this.notices.update(ctx, id, parseInput(updateNoticeRequestSchema, body), clientIp(req));
  }

  @Post('notices/:id/issue')
  @HttpCode(200)
  @ApiRoute({
    params: noticeIdParamSchema,
    summary: 'Issue a draft to the family, in their language (400 NOTICE_INCOMPLETE names blank required fields)',
    response: noticeViewSchema,
    errors: [400, 401, 403, 404, 409],
  })
  issue(@CurrentAuth() ctx: AuthContext, @Param() params: Params, @Req() req: Request): Promise<NoticeView> {
    return this.notices.issue(ctx, parseInput(noticeIdParamSchema, params).id, clientIp(req));
  }

  @Post('notices/:id/acknowledge')
  @HttpCode(200)
  @ApiRoute({
    params: noticeIdParamSchema,
    summary: 'A parent acknowledges receiving an issued notice (the time is recorded once)',
    response: noticeViewSchema,
    errors: [400, 401, 403, 404, 409],
  })
  acknowledge(@CurrentAuth() ctx: AuthContext, @Param() params: Params, @Req() req: Request): Promise<NoticeView> {
    return this.notices.acknowledge(ctx, parseInput(noticeIdParamSchema, params).id, clientIp(req));
  }
}
