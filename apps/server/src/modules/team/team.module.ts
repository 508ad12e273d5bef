import { Module } from '@nestjs/common';
import { CommandModule } from '../../common/command/command.module';
import { CollabModule } from '../../collab/collab.module';
import { RealtimeModule } from '../../realtime/realtime.module';
import { TeamMembershipRepository } from './team-membership.repository';
import { TeamController } from './team.controller';
import { TeamService } from './team.service';

@Module({
  imports: [CollabModule, CommandModule, RealtimeModule],
  controllers: [TeamController],
  providers: [TeamService, TeamMembershipRepository],
})
export class TeamModule {}
