import { Module } from '@nestjs/common';
import { CommandModule } from '../../common/command/command.module';
import { CollabModule } from '../../collab/collab.module';
import { VersionsController } from './versions.controller';
import { VersionsRepository } from './versions.repository';
import { VersionsService } from './versions.service';
import { SectionLock } from './section-lock';

@Module({
  imports: [CollabModule, CommandModule],
  controllers: [VersionsController],
  providers: [VersionsService, VersionsRepository, SectionLock],
  exports: [VersionsService, VersionsRepository, SectionLock],
})
export class VersionsModule {}
