import { Module } from '@nestjs/common';
import { CollabModule } from '../../collab/collab.module';
import { CommandModule } from '../../common/command/command.module';
import { VersionsModule } from '../versions/versions.module';
import { ProposalAcceptService } from './proposal-accept.service';
import { ProposalsController } from './proposals.controller';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsService } from './proposals.service';

/** Goal proposals: propose, endorse, discuss, and the OT's decision applied to the document. */
@Module({
  imports: [CollabModule, CommandModule, VersionsModule],
  controllers: [ProposalsController],
  providers: [ProposalsService, ProposalAcceptService, ProposalsRepository],
})
export class ProposalsModule {}
