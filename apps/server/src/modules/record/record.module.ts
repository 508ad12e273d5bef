import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { ExportModule } from '../export/export.module';
import { RecordController } from './record.controller';
import { RecordExportService } from './record-export.service';
import { RecordRepository } from './record.repository';

/** The family's download of the whole record. */
@Module({
  imports: [ExportModule, CommentsModule],
  controllers: [RecordController],
  providers: [RecordExportService, RecordRepository],
})
export class RecordModule {}
