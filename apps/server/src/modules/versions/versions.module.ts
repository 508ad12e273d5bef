import { Module } from '@nestjs/common';
import { CollabModule } from '../../collab/collab.module';
import { VersionsController } from './versions.controller';
import { VersionsRepository } from './versions.repository';
import { VersionsService } from './versions.service';

@Module({
  imports: [CollabModule],
  controllers: [VersionsController],
  providers: [VersionsService, VersionsRepository],
  exports: [VersionsService, VersionsRepository],
})
export class VersionsModule {}
