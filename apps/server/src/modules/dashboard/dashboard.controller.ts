import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { dashboardSchema, type Dashboard } from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { DashboardService } from './dashboard.service';

@ApiTags('workflow')
@Controller('dashboard')
@UseGuards(AuthGuard)
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @ApiRoute({
    summary:
      'Sections awaiting my sign-off, families who have not responded, annual reviews due in 30/60/90 days or overdue',
    response: dashboardSchema,
    errors: [401, 403],
  })
  get(@CurrentAuth() ctx: AuthContext): Promise<Dashboard> {
    return this.dashboard.forUser(ctx);
  }
}
