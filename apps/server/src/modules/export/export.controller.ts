import { Controller, Get, Param, Req, Res, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { versionNumberParamSchema } from '@iep/shared';
import { ApiInput } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { clientIp } from '../auth/session-token';
import { ExportService } from './export.service';

/**
 * Downloads of a section's versions. `:n.pdf` sits beside the versions controller's `:n`, which would
 * also match "3.pdf": ExportModule is imported before any module that brings in VersionsModule, so
 * this route is registered first (see app.module.ts).
 */
@ApiTags('versions')
@Controller('sections/:sectionId/versions')
@UseGuards(AuthGuard)
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Get(':n.pdf')
  @ApiInput({ params: versionNumberParamSchema })
  // Not ApiRoute: that one describes JSON answers, and this 200 is a binary file.
  @ApiOperation({
    summary: 'One version as a PDF: team, attendance, signatures and content hash; drafts are watermarked',
  })
  @ApiResponse({
    status: 200,
    description: 'The PDF, as an attachment',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiResponse({ status: 400, description: 'The version number is not a positive integer' })
  @ApiResponse({ status: 401, description: 'No session' })
  @ApiResponse({ status: 404, description: 'No such version, or a section the caller may not see' })
  async pdf(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { sectionId, n } = parseInput(versionNumberParamSchema, params);
    const file = await this.exports.versionPdf(ctx, sectionId, n, clientIp(req));
    // A student's record must not linger in shared caches or the browser's back button.
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(file.buffer, {
      type: 'application/pdf',
      disposition: `attachment; filename="${file.filename}"`,
      length: file.buffer.length,
    });
  }
}
