import { Module } from '@nestjs/common';
import { CollabModule } from '../../collab/collab.module';
import { CommandModule } from '../../common/command/command.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { VersionsModule } from '../versions/versions.module';
import { WorkflowModule } from '../workflow/workflow.module';
import { SignoffController } from './signoff.controller';
import { SignoffRepository } from './signoff.repository';
import { SignoffService } from './signoff.service';
import { SignoffWatch } from './signoff-watch';

@Module({
  imports: [CollabModule, CommandModule, VersionsModule, WorkflowModule, NotificationsModule],
  controllers: [SignoffController],
  providers: [SignoffService, SignoffRepository, SignoffWatch],
})
export class SignoffModule {}
