import { Module } from '@nestjs/common';
import { RealtimeModule } from '../../realtime/realtime.module';
import { DocumentModule } from '../document/document.module';
import { AuthModule } from '../auth/auth.module';
import { AccessModule } from '../access/access.module';
import { CommandModule } from '../command/command.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { NoticesModule } from '../notices/notices.module';
import { VersionsModule } from '../versions/versions.module';
import { WorkflowModule } from '../workflow/workflow.module';
import { SignoffController } from './signoff.controller';
import { SignoffRepository } from './signoff.repository';
import { SignoffService } from './signoff.service';
import { SignoffWatch } from './signoff-watch';

@Module({
  imports: [
    AccessModule,
    AuthModule,
    CommandModule,
    DocumentModule,
    NoticesModule,
    NotificationsModule,
    RealtimeModule,
    VersionsModule,
    WorkflowModule,
  ],
  controllers: [SignoffController],
  providers: [SignoffService, SignoffRepository, SignoffWatch],
})
export class SignoffModule {}
