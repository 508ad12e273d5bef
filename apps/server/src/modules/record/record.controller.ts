import { Controller, Get, Param, Req, Res, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { peopleParams } from '@iep/shared';
import { recordAttachment } from '../../common/attachment';
import { ApiFile } from '../../common/openapi';
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
  @ApiFile({
    params: studentParamSchema,
    summary:
      "The family's copy of the whole record: every plan, version (PDF and JSON), visible comment, signature and the access log",
    type: 'application/zip',
    description: 'A zip archive, as an attachment',
    errors: {
      401: 'No session',
      403: 'Only a parent (or the administrator answering for them) downloads the record',
      404: 'A student the caller is not on the team of',
    },
  })
  async download(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: unknown,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { studentId } = parseInput(studentParamSchema, params);
    return recordAttachment(res, await this.record.archive(ctx, studentId, clientIp(req)), 'application/zip');
  }
}
