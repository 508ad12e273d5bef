import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { passwordResetConfirmSchema, passwordResetRequestSchema } from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { clientIp } from '../auth/session-token';
import { PasswordResetService } from './password-reset.service';

@ApiTags('auth')
@Controller('auth/password-reset')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  @Post()
  @HttpCode(202)
  @ApiRoute({
    summary: 'Mail a one-time reset link; answers the same whether or not the address has an account',
    body: passwordResetRequestSchema,
    status: 202,
    errors: [400, 429],
  })
  async request(@Body() body: unknown, @Req() req: Request): Promise<void> {
    await this.resets.request(parseInput(passwordResetRequestSchema, body).email, clientIp(req));
  }

  @Post('confirm')
  @HttpCode(204)
  @ApiRoute({
    summary: 'Set a new password with a reset link (once); ends every session of the person',
    body: passwordResetConfirmSchema,
    status: 204,
    errors: [400, 404, 409],
  })
  async confirm(@Body() body: unknown, @Req() req: Request): Promise<void> {
    await this.resets.confirm(parseInput(passwordResetConfirmSchema, body), clientIp(req));
  }
}
