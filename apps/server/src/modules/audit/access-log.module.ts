import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AuditModule } from './audit.module';
import { AccessModule } from '../access/access.module';
import { AccessLogController } from './access-log.controller';
import { AccessLogService } from './access-log.service';

/** The record of accesses as a family or an administrator reads it (34 CFR 99.32, 300.614). */
@Module({
  imports: [AccessModule, AuditModule, AuthModule],
  controllers: [AccessLogController],
  providers: [AccessLogService],
  exports: [AccessLogService],
})
export class AccessLogModule {}
