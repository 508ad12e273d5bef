import { Body, Controller, Get, Param, Put, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { letterheadInputSchema, letterheadSchema, peopleParams, type Letterhead } from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { clientIp } from '../auth/session-token';
import { LetterheadService } from './letterhead.service';

/** The district's letterhead and time zone, printed on every document it hands a family. */
@ApiTags('district')
@Controller('admin/districts/:districtId/letterhead')
@UseGuards(AuthGuard)
export class LetterheadController {
  constructor(private readonly letterhead: LetterheadService) {}

  @Get()
  @ApiRoute({
    params: peopleParams.district,
    summary: 'The district’s letterhead (name, address, logo) and time zone',
    response: letterheadSchema,
    errors: [400, 401, 404],
  })
  get(
    @CurrentAuth() ctx: AuthContext,
    @Req() req: Request,
    @Param() params: Record<string, string>,
  ): Promise<Letterhead> {
    const { districtId } = parseInput(peopleParams.district, params);
    return this.letterhead.get({ userId: ctx.user.id, ip: clientIp(req) }, districtId);
  }

  @Put()
  @ApiRoute({
    params: peopleParams.district,
    summary: 'Set the letterhead; the logo is a PNG or JPEG of at most 100 KB, sent as base64',
    body: letterheadInputSchema,
    response: letterheadSchema,
    errors: [400, 401, 404],
  })
  set(
    @CurrentAuth() ctx: AuthContext,
    @Req() req: Request,
    @Param() params: Record<string, string>,
    @Body() body: unknown,
  ): Promise<Letterhead> {
    const { districtId } = parseInput(peopleParams.district, params);
    return this.letterhead.set(
      { userId: ctx.user.id, ip: clientIp(req) },
      districtId,
      parseInput(letterheadInputSchema, body),
    );
  }
}
