import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  BILLING_HEADERS,
  benefitsConsentIdParamSchema,
  benefitsConsentsSchema,
  benefitsConsentViewSchema,
  benefitsNoticeRequestSchema,
  billingExportQuerySchema,
  peopleParams,
  recordBenefitsConsentRequestSchema,
  revokeBenefitsConsentRequestSchema,
  type BenefitsConsents,
  type BenefitsConsentView,
} from '@iep/shared';
import { ApiInput, ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { clientIp } from '../auth/session-token';
import { BillingExportService } from './billing-export.service';
import { ConsentService } from './consent.service';

type Params = Record<string, string>;

@ApiTags('billing')
@Controller()
@UseGuards(AuthGuard)
export class BillingController {
  constructor(
    private readonly consents: ConsentService,
    private readonly exporter: BillingExportService,
  ) {}

  @Get('students/:studentId/benefits-consent')
  @ApiRoute({
    params: peopleParams.student,
    summary: 'The family’s consents to bill public benefits (34 CFR 300.154(d)), with notices and revocations',
    response: benefitsConsentsSchema,
    errors: [400, 401, 403, 404],
  })
  list(@CurrentAuth() ctx: AuthContext, @Param() params: Params, @Req() req: Request): Promise<BenefitsConsents> {
    const { studentId } = parseInput(peopleParams.student, params);
    return this.consents.list(ctx, studentId, clientIp(req));
  }

  @Post('students/:studentId/benefits-consent')
  @ApiRoute({
    params: peopleParams.student,
    summary:
      'Record the family’s one-time written consent to bill public benefits (400 BENEFITS_DATE_INVALID; 409 BENEFITS_CONSENT_EXISTS)',
    body: recordBenefitsConsentRequestSchema,
    response: benefitsConsentViewSchema,
    status: 201,
    errors: [400, 401, 403, 404, 409],
  })
  record(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<BenefitsConsentView> {
    const { studentId } = parseInput(peopleParams.student, params);
    return this.consents.record(ctx, studentId, parseInput(recordBenefitsConsentRequestSchema, body), clientIp(req));
  }

  @Post('benefits-consents/:id/annual-notice')
  @HttpCode(200)
  @ApiRoute({
    params: benefitsConsentIdParamSchema,
    summary: 'Record the annual notice sent to the family (400 BENEFITS_DATE_INVALID; 409 BENEFITS_CONSENT_REVOKED)',
    body: benefitsNoticeRequestSchema,
    response: benefitsConsentViewSchema,
    errors: [400, 401, 403, 404, 409],
  })
  notice(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<BenefitsConsentView> {
    const { id } = parseInput(benefitsConsentIdParamSchema, params);
    const { sentOn } = parseInput(benefitsNoticeRequestSchema, body);
    return this.consents.change(ctx, id, { kind: 'notice', on: sentOn }, clientIp(req));
  }

  @Post('benefits-consents/:id/revoke')
  @HttpCode(200)
  @ApiRoute({
    params: benefitsConsentIdParamSchema,
    summary:
      'Record the family’s revocation: no session on or after that date is exported (400 BENEFITS_DATE_INVALID; 409 BENEFITS_CONSENT_REVOKED)',
    body: revokeBenefitsConsentRequestSchema,
    response: benefitsConsentViewSchema,
    errors: [400, 401, 403, 404, 409],
  })
  revoke(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<BenefitsConsentView> {
    const { id } = parseInput(benefitsConsentIdParamSchema, params);
    const { revokedOn } = parseInput(revokeBenefitsConsentRequestSchema, body);
    return this.consents.change(ctx, id, { kind: 'revoke', on: revokedOn }, clientIp(req));
  }

  @Get('billing/export')
  @ApiInput({ query: billingExportQuerySchema })
  @ApiOperation({
    summary:
      'CSV of delivered (co-signed where needed) sessions in a date range for school-based Medicaid billing, only where the family’s consent was in force on the session date; the headers x-billing-rows, x-billing-omitted-no-consent and x-billing-omitted-awaiting-cosign count what was left out (400 BILLING_RANGE_INVALID)',
  })
  @ApiResponse({
    status: 200,
    description: 'A CSV file, as an attachment',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiResponse({ status: 400, description: 'Bad dates, or a range longer than a year' })
  @ApiResponse({ status: 401, description: 'No session' })
  @ApiResponse({ status: 403, description: 'Only the OT and the administrator export billing' })
  async export(
    @CurrentAuth() ctx: AuthContext,
    @Query() query: unknown,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const { from, to } = parseInput(billingExportQuerySchema, query ?? {});
    const out = await this.exporter.export(ctx, from, to, clientIp(req));
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="medicaid-ot-${from}-to-${to}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader(BILLING_HEADERS.rows, String(out.rows));
    res.setHeader(BILLING_HEADERS.omittedNoConsent, String(out.omittedNoConsent));
    res.setHeader(BILLING_HEADERS.omittedAwaitingCosign, String(out.omittedAwaitingCosign));
    res.setHeader('Access-Control-Expose-Headers', Object.values(BILLING_HEADERS).join(', '));
    return out.csv;
  }
}
