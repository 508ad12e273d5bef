import { Controller, Get, Param, Req, Res, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { peopleParams } from '@iep/shared';
import { ApiInput } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { clientIp } from '../auth/session-token';
import { RecordExportService } from './record-export.service';

const studentParamSchema = peopleParams.student;

@ApiTags('students')
@Controller('students/:studentId/record')
@UseGuards(AuthGuard)
export class RecordController {
  constructor(private readonly record: RecordExportService) {}

  @Get()
  @ApiInput({ params: studentParamSchema })
  @ApiOperation({
    summary:
      "The family's copy of the whole record: every plan, version (PDF and JSON), visible comment, signature and the access log",
  })
  @ApiResponse({
    status: 200,
    description: 'A zip archive, as an attachment',
    content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiResponse({ status: 401, description: 'No session' })
  @ApiResponse({
    status: 403,
    description: 'Only a parent (or the administrator answering for them) downloads the record',
  })
  @ApiResponse({ status: 404, description: 'A student the caller is not on the team of' })
  async download(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: unknown,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { studentId } = parseInput(studentParamSchema, params);
    const file = await this.record.archive(ctx, studentId, clientIp(req));
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(file.buffer, {
      type: 'application/zip',
      disposition: `attachment; filename="${file.filename}"`,
      length: file.buffer.length,
    });
  }
}
