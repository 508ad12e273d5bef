import { Body, Controller, Get, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
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
import { ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { VersionsService } from './versions.service';

@ApiTags('versions')
@Controller('sections/:sectionId/versions')
@UseGuards(AuthGuard)
export class VersionsController {
  constructor(private readonly versions: VersionsService) {}

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
