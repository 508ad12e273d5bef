import { Module } from '@nestjs/common';
import { CommandModule } from '../../common/command/command.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { VersionsModule } from '../versions/versions.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';
import { WorkflowController } from './workflow.controller';
import { WorkflowRepository } from './workflow.repository';
import { WorkflowService } from './workflow.service';

@Module({
  imports: [CommandModule, VersionsModule, NotificationsModule],
  controllers: [WorkflowController, DashboardController],
  providers: [WorkflowService, WorkflowRepository, DashboardService],
  exports: [WorkflowService, WorkflowRepository],
})
export class WorkflowModule {}
