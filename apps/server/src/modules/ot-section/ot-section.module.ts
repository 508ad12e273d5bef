import { Module } from '@nestjs/common';
import { CollabModule } from '../../collab/collab.module';
import { OtSectionController } from './ot-section.controller';
import { OtSectionService } from './ot-section.service';
import { LastLookRepository } from './last-look.repository';
import { WorkflowModule } from '../workflow/workflow.module';

@Module({
  imports: [CollabModule, WorkflowModule],
  controllers: [OtSectionController],
  providers: [OtSectionService, LastLookRepository],
})
export class OtSectionModule {}
