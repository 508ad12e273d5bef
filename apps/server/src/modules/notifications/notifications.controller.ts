import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { markNotificationsReadSchema, notificationListSchema, type NotificationList } from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
@UseGuards(AuthGuard)
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiRoute({
    summary: 'My notifications, newest first, and how many are unread',
    response: notificationListSchema,
    errors: [401],
  })
  list(@CurrentAuth() ctx: AuthContext): Promise<NotificationList> {
    return this.notifications.list(ctx);
  }

  @Post('read')
  @HttpCode(200)
  @ApiRoute({
    summary: 'Mark some (ids) or all of my notifications read',
    body: markNotificationsReadSchema,
    response: z.object({ unread: z.number() }),
    errors: [400, 401],
  })
  read(@CurrentAuth() ctx: AuthContext, @Body() body: unknown): Promise<{ unread: number }> {
    const { ids } = parseInput(markNotificationsReadSchema, body ?? {});
    return this.notifications.markRead(ctx, ids);
  }
}
