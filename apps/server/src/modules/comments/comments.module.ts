import { Module } from '@nestjs/common';
import { RateLimitModule } from '../../common/rate-limit/rate-limit.module';
import { DocumentModule } from '../document/document.module';
import { AuthModule } from '../auth/auth.module';
import { AuditModule } from '../audit/audit.module';
import { AccessModule } from '../access/access.module';
import { CommandModule } from '../command/command.module';
import { RealtimeModule } from '../../realtime/realtime.module';
import { CommentsController } from './comments.controller';
import { CommentsRepository } from './comments.repository';
import { CommentsService } from './comments.service';
import { ThreadView } from './thread-view';

@Module({
  imports: [AccessModule, AuditModule, AuthModule, CommandModule, DocumentModule, RateLimitModule, RealtimeModule],
  controllers: [CommentsController],
  exports: [CommentsService],
  providers: [CommentsService, CommentsRepository, ThreadView],
})
export class CommentsModule {}
