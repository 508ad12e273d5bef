import { Module } from '@nestjs/common';
import { CollabModule } from '../../collab/collab.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { VersionsModule } from '../versions/versions.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';
import { WorkflowController } from './workflow.controller';
import { WorkflowRepository } from './workflow.repository';
import { WorkflowService } from './workflow.service';

@Module({
  imports: [CollabModule, VersionsModule, NotificationsModule],
  controllers: [WorkflowController, DashboardController],
  providers: [WorkflowService, WorkflowRepository, DashboardService],
  exports: [WorkflowService, WorkflowRepository],
})
export class WorkflowModule {}
