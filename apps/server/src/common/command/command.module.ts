import { Module } from '@nestjs/common';
import { AuditModule } from '../../modules/audit/audit.module';
import { NotificationsModule } from '../../modules/notifications/notifications.module';
import { StudentsModule } from '../../modules/students/students.module';
import { CommandRunner } from './command-runner';

@Module({
  imports: [AuditModule, StudentsModule, NotificationsModule],
  providers: [CommandRunner],
  exports: [CommandRunner],
})
export class CommandModule {}
