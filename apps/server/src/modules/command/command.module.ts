import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AccessModule } from '../access/access.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CommandRunner } from './command-runner';

@Module({
  imports: [AccessModule, AuditModule, NotificationsModule],
  providers: [CommandRunner],
  exports: [CommandRunner],
})
export class CommandModule {}
