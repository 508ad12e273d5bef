import { Module } from '@nestjs/common';
import { DocumentModule } from '../document/document.module';
import { AuthModule } from '../auth/auth.module';
import { AuditModule } from '../audit/audit.module';
import { AccessModule } from '../access/access.module';
import { OtSectionController } from './ot-section.controller';
import { OtSectionService } from './ot-section.service';
import { LastLookRepository } from './last-look.repository';
import { WorkflowModule } from '../workflow/workflow.module';

@Module({
  imports: [AccessModule, AuditModule, AuthModule, DocumentModule, WorkflowModule],
  controllers: [OtSectionController],
  providers: [OtSectionService, LastLookRepository],
})
export class OtSectionModule {}
