import { Module } from '@nestjs/common';
import { RealtimeModule } from '../../realtime/realtime.module';
import { AuthModule } from '../auth/auth.module';
import { AuditModule } from '../audit/audit.module';
import { CommandModule } from '../command/command.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { VersionsModule } from '../versions/versions.module';
import { DocumentModule } from '../document/document.module';
import { ComplianceGate } from './compliance-gate';
import { ComplianceOverridesRepository } from './compliance-overrides.repository';
import { WorkflowController } from './workflow.controller';
import { WorkflowRepository } from './workflow.repository';
import { WorkflowService } from './workflow.service';

@Module({
  imports: [
    AuditModule,
    AuthModule,
    CommandModule,
    DocumentModule,
    NotificationsModule,
    RealtimeModule,
    VersionsModule,
  ],
  controllers: [WorkflowController],
  providers: [WorkflowService, WorkflowRepository, ComplianceGate, ComplianceOverridesRepository],
  exports: [WorkflowService, WorkflowRepository, ComplianceGate],
})
export class WorkflowModule {}
