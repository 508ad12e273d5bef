import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CommandModule } from '../command/command.module';
import { DocumentModule } from '../document/document.module';
import { ServiceLogModule } from '../service-log/service-log.module';
import { BillingController } from './billing.controller';
import { BillingExportService } from './billing-export.service';
import { BillingRepository } from './billing.repository';
import { ConsentService } from './consent.service';

/** Billing public benefits (issue 22): the family's consent (300.154(d)) and the Medicaid export. */
@Module({
  imports: [AccessModule, AuditModule, AuthModule, CommandModule, DocumentModule, ServiceLogModule],
  controllers: [BillingController],
  providers: [ConsentService, BillingExportService, BillingRepository],
})
export class BillingModule {}
