import { Body, Controller, Get, Param, Post, Query, Req, Res, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import {
  pdfQuerySchema,
  compareQuerySchema,
  createVersionRequestSchema,
  sectionIdParamSchema,
  versionDetailSchema,
  versionListSchema,
  versionNumberParamSchema,
  versionSummarySchema,
  type SectionDiff,
  type VersionSummary,
} from '@iep/shared';
import { recordAttachment } from '../../common/attachment';
import { ApiFile, ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { clientIp } from '../auth/session-token';
import { ExportService } from '../export/export.service';
import { VersionsService } from './versions.service';

@ApiTags('versions')
@Controller('sections/:sectionId/versions')
@UseGuards(AuthGuard)
export class VersionsController {
  constructor(
    private readonly versions: VersionsService,
    private readonly exports: ExportService,
  ) {}

  @Get()
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'The saved versions of a section, oldest first',
    response: versionListSchema,
    errors: [400, 401, 404],
  })
  async list(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
  ): Promise<{ versions: VersionSummary[] }> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return { versions: await this.versions.list(ctx, sectionId) };
  }

  @Post()
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'Save the live section as a named version',
    body: createVersionRequestSchema,
    response: versionSummarySchema,
    status: 201,
    errors: [400, 401, 403, 404],
  })
  create(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Body() body: unknown,
  ): Promise<VersionSummary> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    const { name } = parseInput(createVersionRequestSchema, body);
    return this.versions.create(ctx, sectionId, name);
  }

  // Declared before `:n` so that "compare" is not taken for a version number.
  @Get('compare')
  @ApiRoute({
    params: sectionIdParamSchema,
    query: compareQuerySchema,
    summary: 'What changed between two versions (or a version and the live section): text and fields',
    response: z.object({ fragments: z.array(z.unknown()), records: z.array(z.unknown()) }),
    errors: [400, 401, 404],
  })
  compare(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Query() query: Record<string, string>,
  ): Promise<SectionDiff> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    const { from, to } = parseInput(compareQuerySchema, query);
    return this.versions.compare(ctx, sectionId, from, to);
  }

  // Declared before `:n` too: that pattern would also take "3.pdf".
  @Get(':n.pdf')
  @ApiFile({
    params: versionNumberParamSchema,
    query: pdfQuerySchema,
    summary:
      'One version as a PDF on the district letterhead: services grid, goals, signatures, content hash; drafts are watermarked. ?lang=en|es|family, ?bilingual=1',
    type: 'application/pdf',
    description: 'The PDF, as an attachment',
    errors: {
      400: 'The version number is not a positive integer',
      401: 'No session',
      404: 'No such version, or a section the caller may not see',
    },
  })
  async pdf(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Query() query: unknown,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { sectionId, n } = parseInput(versionNumberParamSchema, params);
    const pdfQuery = parseInput(pdfQuerySchema, query);
    const file = await this.exports.versionPdf(ctx, sectionId, n, clientIp(req), pdfQuery);
    return recordAttachment(res, file, 'application/pdf');
  }

  @Get(':n')
  @ApiRoute({
    params: versionNumberParamSchema,
    summary: 'One version, read-only, as it was saved',
    response: versionDetailSchema,
    errors: [400, 401, 404],
  })
  get(@CurrentAuth() ctx: AuthContext, @Param() params: Record<string, string>) {
    const { sectionId, n } = parseInput(versionNumberParamSchema, params);
    return this.versions.get(ctx, sectionId, n);
  }
}
