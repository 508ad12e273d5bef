import { Module } from '@nestjs/common';
import { CollabModule } from '../../collab/collab.module';
import { CommandModule } from '../../common/command/command.module';
import { RealtimeModule } from '../../realtime/realtime.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CommentsController } from './comments.controller';
import { CommentsRepository } from './comments.repository';
import { CommentsService } from './comments.service';
import { ThreadView } from './thread-view';

@Module({
  imports: [CollabModule, CommandModule, RealtimeModule, NotificationsModule],
  controllers: [CommentsController],
  exports: [CommentsService],
  providers: [CommentsService, CommentsRepository, ThreadView],
})
export class CommentsModule {}
