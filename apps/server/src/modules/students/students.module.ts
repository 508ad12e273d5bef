import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AuditModule } from '../audit/audit.module';
import { AccessModule } from '../access/access.module';
import { StudentsController } from './students.controller';
import { StudentsService } from './students.service';

/** The students a person's teams hold, with what each may do there. */
@Module({
  imports: [AccessModule, AuditModule, AuthModule],
  controllers: [StudentsController],
  providers: [StudentsService],
})
export class StudentsModule {}
