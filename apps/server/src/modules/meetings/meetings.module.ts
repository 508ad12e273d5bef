import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { RealtimeModule } from '../../realtime/realtime.module';
import { DocumentModule } from '../document/document.module';
import { AuthModule } from '../auth/auth.module';
import { AuditModule } from '../audit/audit.module';
import { AccessModule } from '../access/access.module';
import { CommandModule } from '../command/command.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { NoticesModule } from '../notices/notices.module';
import { VersionsModule } from '../versions/versions.module';
import { WorkflowModule } from '../workflow/workflow.module';
import { MeetingAgenda } from './meeting-agenda';
import { MeetingItemsRepository } from './meeting-items.repository';
import { MeetingExcusals } from './meeting-excusals.service';
import { MeetingPresence } from './meeting-presence.service';
import { MeetingSummaries } from './meeting-summary';
import { MeetingTargets } from './meeting-targets';
import { MeetingVisibility } from './meeting-visibility';
import { MeetingsController } from './meetings.controller';
import { MeetingsGateway } from './meetings.gateway';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsService } from './meetings.service';

@Module({
  imports: [
    AccessModule,
    AuditModule,
    AuthModule,
    CommandModule,
    DocumentModule,
    MailModule,
    NoticesModule,
    NotificationsModule,
    RealtimeModule,
    VersionsModule,
    WorkflowModule,
  ],
  controllers: [MeetingsController],
  providers: [
    MeetingsService,
    MeetingsRepository,
    MeetingItemsRepository,
    MeetingAgenda,
    MeetingSummaries,
    MeetingVisibility,
    MeetingTargets,
    MeetingPresence,
    MeetingExcusals,
    MeetingsGateway,
  ],
})
export class MeetingsModule {}
