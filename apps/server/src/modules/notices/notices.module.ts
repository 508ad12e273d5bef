import { Module } from '@nestjs/common';
import { RealtimeModule } from '../../realtime/realtime.module';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CommandModule } from '../command/command.module';
import { ExportModule } from '../export/export.module';
import { MailModule } from '../mail/mail.module';
import { NoticeDrafts } from './notice-drafts';
import { NoticesController } from './notices.controller';
import { NoticesRepository } from './notices.repository';
import { NoticesService } from './notices.service';

/**
 * Prior Written Notices (34 CFR 300.503). Exports the drafter, which the meetings, proposals and
 * sign-off commands call in their own transactions, and the service, for the family's archive.
 */
@Module({
  imports: [AccessModule, AuditModule, AuthModule, CommandModule, ExportModule, MailModule, RealtimeModule],
  controllers: [NoticesController],
  providers: [NoticesService, NoticesRepository, NoticeDrafts],
  exports: [NoticeDrafts, NoticesService],
})
export class NoticesModule {}
