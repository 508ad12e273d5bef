import { Global, Module } from '@nestjs/common';
import { AccessLogController } from './access-log.controller';
import { AccessLogService } from './access-log.service';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

@Global()
@Module({
  controllers: [AccessLogController],
  providers: [AuditService, AccessLogService, AuditRepository],
  exports: [AuditService, AccessLogService],
})
export class AuditModule {}
