import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { outboxListSchema, type OutboxMessage } from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { MailService } from './mail.service';

@ApiTags('mail')
@Controller('outbox')
@UseGuards(AuthGuard)
export class MailController {
  constructor(private readonly mail: MailService) {}

  @Get()
  @ApiRoute({
    summary:
      'The mail about the caller’s districts (queued, sent, failed), newest first, one-time links hidden: district administrators only',
    response: outboxListSchema,
    errors: [401, 403],
  })
  async list(@CurrentAuth() ctx: AuthContext): Promise<{ messages: OutboxMessage[] }> {
    return { messages: await this.mail.outbox(ctx.user.id) };
  }
}
