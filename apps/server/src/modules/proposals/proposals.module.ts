import { Module } from '@nestjs/common';
import { RealtimeModule } from '../../realtime/realtime.module';
import { DocumentModule } from '../document/document.module';
import { AuthModule } from '../auth/auth.module';
import { AccessModule } from '../access/access.module';
import { CommandModule } from '../command/command.module';
import { NoticesModule } from '../notices/notices.module';
import { VersionsModule } from '../versions/versions.module';
import { ProposalAcceptService } from './proposal-accept.service';
import { ProposalsController } from './proposals.controller';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsService } from './proposals.service';

/** Goal proposals: propose, endorse, discuss, and the OT's decision applied to the document. */
@Module({
  imports: [AccessModule, AuthModule, CommandModule, DocumentModule, NoticesModule, RealtimeModule, VersionsModule],
  controllers: [ProposalsController],
  providers: [ProposalsService, ProposalAcceptService, ProposalsRepository],
})
export class ProposalsModule {}
