import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AccessModule } from '../access/access.module';
import { ExportRepository } from './export.repository';
import { ExportService } from './export.service';

/** PDF renderings of section versions (served by the versions controller, and put in the family's archive). */
@Module({
  imports: [AccessModule, AuditModule],
  providers: [ExportService, ExportRepository],
  exports: [ExportService],
})
export class ExportModule {}
