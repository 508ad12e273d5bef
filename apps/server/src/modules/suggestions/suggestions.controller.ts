import { Body, Controller, Get, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  decidedSuggestionsSchema,
  decideSuggestionsRequestSchema,
  sectionIdParamSchema,
  suggestionDecisionListSchema,
  withdrawSuggestionsRequestSchema,
  type DecidedSuggestions,
  type SuggestionDecisionList,
} from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { clientIp } from '../auth/session-token';
import { SuggestionsService } from './suggestions.service';

type Params = Record<string, string>;

@ApiTags('suggestions')
@Controller('sections/:sectionId')
@UseGuards(AuthGuard)
export class SuggestionsController {
  constructor(private readonly suggestions: SuggestionsService) {}

  @Post('suggestions/decide')
  @HttpCode(200)
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: "Accept or reject one suggestion, or all of one person's (the OT or the administrator)",
    body: decideSuggestionsRequestSchema,
    response: decidedSuggestionsSchema,
    errors: [400, 401, 403, 404, 409],
  })
  async decide(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<DecidedSuggestions> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    const request = parseInput(decideSuggestionsRequestSchema, body);
    return { decided: await this.suggestions.decide(ctx, sectionId, request, clientIp(req)) };
  }

  @Post('suggestions/withdraw')
  @HttpCode(200)
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'Withdraw one of your suggestions, or all of them',
    body: withdrawSuggestionsRequestSchema,
    response: decidedSuggestionsSchema,
    errors: [400, 401, 403, 404, 409],
  })
  async withdraw(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<DecidedSuggestions> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    const request = parseInput(withdrawSuggestionsRequestSchema, body);
    return { decided: await this.suggestions.withdraw(ctx, sectionId, request, clientIp(req)) };
  }

  @Get('suggestion-decisions')
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'The suggestions decided in a section, newest first, with what was suggested',
    response: suggestionDecisionListSchema,
    errors: [400, 401, 404],
  })
  async decisions(@CurrentAuth() ctx: AuthContext, @Param() params: Params): Promise<SuggestionDecisionList> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return { decisions: await this.suggestions.decisions(ctx, sectionId) };
  }
}
