import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CommandModule } from '../command/command.module';
import { DocumentModule } from '../document/document.module';
import { ExportModule } from '../export/export.module';
import { RealtimeModule } from '../../realtime/realtime.module';
import { NoticesModule } from '../notices/notices.module';
import { SuggestionsModule } from '../suggestions/suggestions.module';
import { PresentLevelsService } from './present-levels.service';
import { ProgressReportsController } from './progress-reports.controller';
import { ProgressReportsRepository } from './progress-reports.repository';
import { ProgressReportsService } from './progress-reports.service';

/** Progress reports (issue 22): per goal a code, the period's data and a narrative, sent to the family. */
@Module({
  imports: [
    AccessModule,
    AuditModule,
    AuthModule,
    CommandModule,
    DocumentModule,
    ExportModule,
    NoticesModule,
    RealtimeModule,
    SuggestionsModule,
  ],
  controllers: [ProgressReportsController],
  providers: [ProgressReportsService, ProgressReportsRepository, PresentLevelsService],
  exports: [ProgressReportsRepository, ProgressReportsService],
})
export class ProgressReportsModule {}
