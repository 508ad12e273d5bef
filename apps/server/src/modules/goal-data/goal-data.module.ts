import { Module } from '@nestjs/common';
import { RealtimeModule } from '../../realtime/realtime.module';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CommandModule } from '../command/command.module';
import { DocumentModule } from '../document/document.module';
import { ServiceLogModule } from '../service-log/service-log.module';
import { GoalDataController } from './goal-data.controller';
import { GoalDataRepository } from './goal-data.repository';
import { GoalDataService } from './goal-data.service';

/** Goal data (issue 22): data points toward the approved plan's goals, charted per goal. */
@Module({
  imports: [AccessModule, AuditModule, AuthModule, CommandModule, DocumentModule, RealtimeModule, ServiceLogModule],
  controllers: [GoalDataController],
  providers: [GoalDataService, GoalDataRepository],
})
export class GoalDataModule {}
