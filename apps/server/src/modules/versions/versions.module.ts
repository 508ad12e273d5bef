import { Module } from '@nestjs/common';
import { ExportModule } from '../export/export.module';
import { DocumentModule } from '../document/document.module';
import { AuthModule } from '../auth/auth.module';
import { AuditModule } from '../audit/audit.module';
import { AccessModule } from '../access/access.module';
import { CommandModule } from '../command/command.module';
import { VersionsController } from './versions.controller';
import { VersionsRepository } from './versions.repository';
import { VersionsService } from './versions.service';
import { SectionLock } from './section-lock';

@Module({
  imports: [AccessModule, AuditModule, AuthModule, CommandModule, DocumentModule, ExportModule],
  controllers: [VersionsController],
  providers: [VersionsService, VersionsRepository, SectionLock],
  exports: [VersionsService, VersionsRepository, SectionLock],
})
export class VersionsModule {}
