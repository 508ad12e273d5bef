import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AuditModule } from '../audit/audit.module';
import { AccessModule } from '../access/access.module';
import { AccessLogModule } from '../audit/access-log.module';
import { CommentsModule } from '../comments/comments.module';
import { ExportModule } from '../export/export.module';
import { NoticesModule } from '../notices/notices.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { ProgressReportsModule } from '../progress-reports/progress-reports.module';
import { RecordController } from './record.controller';
import { RecordExportService } from './record-export.service';
import { RecordRepository } from './record.repository';

/** The family's download of the whole record. */
@Module({
  imports: [
    AccessLogModule,
    AccessModule,
    AuditModule,
    AuthModule,
    CommentsModule,
    ExportModule,
    MeetingsModule,
    NoticesModule,
    ProgressReportsModule,
  ],
  controllers: [RecordController],
  providers: [RecordExportService, RecordRepository],
})
export class RecordModule {}
