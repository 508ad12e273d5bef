import { Global, Module } from '@nestjs/common';
import { StudentsController } from './students.controller';
import { StudentsService } from './students.service';
import { TeamAccessService } from './team-access.service';
import { TeamRepository } from './team.repository';

@Global()
@Module({
  controllers: [StudentsController],
  providers: [StudentsService, TeamRepository, TeamAccessService],
  exports: [TeamAccessService],
})
export class StudentsModule {}
