import { Module } from '@nestjs/common';
import { DocumentModule } from '../document/document.module';
import { AuthModule } from '../auth/auth.module';
import { AccessModule } from '../access/access.module';
import { CommandModule } from '../command/command.module';
import { RealtimeModule } from '../../realtime/realtime.module';
import { TeamController } from './team.controller';
import { TeamService } from './team.service';

@Module({
  imports: [AccessModule, AuthModule, CommandModule, DocumentModule, RealtimeModule],
  controllers: [TeamController],
  providers: [TeamService],
})
export class TeamModule {}
