import { Controller, Get, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  collabTokenResponseSchema,
  sectionIdParamSchema,
  sectionResponseSchema,
  type CollabTokenResponse,
  type SectionResponse,
} from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { clientIp } from '../auth/session-token';
import { OtSectionService } from './ot-section.service';

@ApiTags('sections')
@Controller('sections')
@UseGuards(AuthGuard)
export class OtSectionController {
  constructor(private readonly sections: OtSectionService) {}

  @Get(':sectionId')
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: "The section: status, version, the caller's permissions and the content as JSON",
    response: sectionResponseSchema,
    errors: [400, 401, 403, 404],
  })
  read(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Req() req: Request,
  ): Promise<SectionResponse> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return this.sections.read(ctx, sectionId, clientIp(req));
  }

  @Post(':sectionId/collab-token')
  @HttpCode(200)
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'A short-lived token for the document socket /collab/:sectionId',
    response: collabTokenResponseSchema,
    errors: [400, 401, 403, 404],
  })
  collabToken(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Req() req: Request,
  ): Promise<CollabTokenResponse> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    const forwardedProto = req.headers['x-forwarded-proto'];
    return this.sections.collabToken(ctx, sectionId, {
      secure: req.secure || forwardedProto === 'https',
      host: req.headers.host ?? 'localhost',
    });
  }
}
