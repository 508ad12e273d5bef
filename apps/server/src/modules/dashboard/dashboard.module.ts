import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ProgressReportsModule } from '../progress-reports/progress-reports.module';
import { WorkflowModule } from '../workflow/workflow.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

/** Each person's dashboard: the sections on their teams and what waits on them. */
@Module({
  imports: [AuthModule, ProgressReportsModule, WorkflowModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
