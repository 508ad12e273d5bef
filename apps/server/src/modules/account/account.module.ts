import { Module } from '@nestjs/common';
import { RateLimitModule } from '../../common/rate-limit/rate-limit.module';
import { AuthModule } from '../auth/auth.module';
import { AuditModule } from '../audit/audit.module';
import { CommandModule } from '../command/command.module';
import { MailModule } from '../mail/mail.module';
import { AccountController } from './account.controller';
import { AccountRepository } from './account.repository';
import { AccountService } from './account.service';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetService } from './password-reset.service';

/** A person's own account (profile, password) and forgotten-password links. */
@Module({
  imports: [AuditModule, AuthModule, CommandModule, MailModule, RateLimitModule],
  controllers: [AccountController, PasswordResetController],
  providers: [AccountService, PasswordResetService, AccountRepository],
})
export class AccountModule {}
