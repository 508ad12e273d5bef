import { Body, Controller, Get, HttpCode, Param, Patch, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  createProposalRequestSchema,
  endorseRequestSchema,
  proposalCommentRequestSchema,
  proposalIdParamSchema,
  proposalListSchema,
  proposalViewSchema,
  rejectRequestSchema,
  sectionIdParamSchema,
  updateProposalRequestSchema,
  type ProposalList,
  type ProposalView,
  acceptProposalRequestSchema,
} from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { clientIp } from '../auth/session-token';
import { ProposalAcceptService } from './proposal-accept.service';
import { ProposalsService } from './proposals.service';

type Params = Record<string, string>;

@ApiTags('proposals')
@Controller()
@UseGuards(AuthGuard)
export class ProposalsController {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly acceptance: ProposalAcceptService,
  ) {}

  @Get('sections/:sectionId/proposals')
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'The goal proposals of a section, oldest first, with endorsements and comments',
    response: proposalListSchema,
    errors: [400, 401, 404],
  })
  async list(@CurrentAuth() ctx: AuthContext, @Param() params: Params): Promise<ProposalList> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return { proposals: await this.proposals.list(ctx, sectionId) };
  }

  @Post('sections/:sectionId/proposals')
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'Propose a new goal or a change to a goal (incomplete proposals are kept as drafts)',
    body: createProposalRequestSchema,
    response: proposalViewSchema,
    status: 201,
    errors: [400, 401, 403, 404, 409],
  })
  create(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<ProposalView> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return this.proposals.create(ctx, sectionId, parseInput(createProposalRequestSchema, body), clientIp(req));
  }

  @Get('proposals/:id')
  @ApiRoute({
    params: proposalIdParamSchema,
    summary: 'One goal proposal',
    response: proposalViewSchema,
    errors: [400, 401, 404],
  })
  get(@CurrentAuth() ctx: AuthContext, @Param() params: Params): Promise<ProposalView> {
    return this.proposals.get(ctx, parseInput(proposalIdParamSchema, params).id);
  }

  @Patch('proposals/:id')
  @ApiRoute({
    params: proposalIdParamSchema,
    summary: 'The proposer edits their open proposal',
    body: updateProposalRequestSchema,
    response: proposalViewSchema,
    errors: [400, 401, 403, 404, 409],
  })
  update(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<ProposalView> {
    const { id } = parseInput(proposalIdParamSchema, params);
    return this.proposals.update(ctx, id, parseInput(updateProposalRequestSchema, body), clientIp(req));
  }

  @Post('proposals/:id/endorse')
  @HttpCode(200)
  @ApiRoute({
    params: proposalIdParamSchema,
    summary: 'Support or raise a concern about a proposal, with a note (replaces your earlier stance)',
    body: endorseRequestSchema,
    response: proposalViewSchema,
    errors: [400, 401, 403, 404, 409],
  })
  endorse(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<ProposalView> {
    const { id } = parseInput(proposalIdParamSchema, params);
    return this.proposals.endorse(ctx, id, parseInput(endorseRequestSchema, body), clientIp(req));
  }

  @Post('proposals/:id/comments')
  @HttpCode(200)
  @ApiRoute({
    params: proposalIdParamSchema,
    summary: 'Add a comment to the proposal’s discussion',
    body: proposalCommentRequestSchema,
    response: proposalViewSchema,
    errors: [400, 401, 403, 404, 409],
  })
  comment(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<ProposalView> {
    const { id } = parseInput(proposalIdParamSchema, params);
    return this.proposals.comment(ctx, id, parseInput(proposalCommentRequestSchema, body).body, clientIp(req));
  }

  @Post('proposals/:id/accept')
  @HttpCode(200)
  @ApiRoute({
    params: proposalIdParamSchema,
    summary:
      'Accept (OT or administrator): the goal is added or changed in the document, with a version, in the same step; a proposal in own words takes the goal fields the OT wrote from them',
    body: acceptProposalRequestSchema,
    response: proposalViewSchema,
    errors: [400, 401, 403, 404, 409],
  })
  accept(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<ProposalView> {
    const { fields } = parseInput(acceptProposalRequestSchema, body ?? {});
    return this.acceptance.accept(ctx, parseInput(proposalIdParamSchema, params).id, clientIp(req), fields);
  }

  @Post('proposals/:id/reject')
  @HttpCode(200)
  @ApiRoute({
    params: proposalIdParamSchema,
    summary: 'Reject with a reason the proposer sees (OT or administrator)',
    body: rejectRequestSchema,
    response: proposalViewSchema,
    errors: [400, 401, 403, 404, 409],
  })
  reject(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<ProposalView> {
    const { id } = parseInput(proposalIdParamSchema, params);
    return this.proposals.reject(ctx, id, parseInput(rejectRequestSchema, body).reason, clientIp(req));
  }

  @Post('proposals/:id/withdraw')
  @HttpCode(200)
  @ApiRoute({
    params: proposalIdParamSchema,
    summary: 'The proposer withdraws their open proposal',
    response: proposalViewSchema,
    errors: [400, 401, 403, 404, 409],
  })
  withdraw(@CurrentAuth() ctx: AuthContext, @Param() params: Params, @Req() req: Request): Promise<ProposalView> {
    return this.proposals.withdraw(ctx, parseInput(proposalIdParamSchema, params).id, clientIp(req));
  }
}
