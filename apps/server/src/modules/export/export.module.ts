import { Module } from '@nestjs/common';
import { ExportController } from './export.controller';
import { ExportRepository } from './export.repository';
import { ExportService } from './export.service';

/** PDF downloads of section versions. TeamAccessService and AuditService come from global modules. */
@Module({ controllers: [ExportController], providers: [ExportService, ExportRepository], exports: [ExportService] })
export class ExportModule {}
