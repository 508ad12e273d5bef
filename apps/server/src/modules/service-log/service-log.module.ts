import { Module } from '@nestjs/common';
import { RealtimeModule } from '../../realtime/realtime.module';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CommandModule } from '../command/command.module';
import { DocumentModule } from '../document/document.module';
import { CaseloadController } from './caseload.controller';
import { CaseloadRepository } from './caseload.repository';
import { CaseloadService } from './caseload.service';
import { EntryCosigner } from './entry-cosign';
import { ServiceLogController } from './service-log.controller';
import { ServiceLogRepository } from './service-log.repository';
import { ServiceLogService } from './service-log.service';

/** The service log (issue 22): sessions delivered and missed against the approved plan, the minutes, and the caseload. */
@Module({
  imports: [AccessModule, AuditModule, AuthModule, CommandModule, DocumentModule, RealtimeModule],
  controllers: [ServiceLogController, CaseloadController],
  providers: [ServiceLogService, ServiceLogRepository, CaseloadService, CaseloadRepository, EntryCosigner],
  exports: [ServiceLogRepository, CaseloadRepository, EntryCosigner],
})
export class ServiceLogModule {}
