import { HttpStatus, Injectable } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { ErrorCode, type ChangePassword, type UpdateProfile, type User } from '@iep/shared';
import { AppError } from '../../common/app-error';
import { CommandRunner } from '../command/command-runner';
import { AuditService } from '../audit/audit.service';
import { AuthService, toUser } from '../auth/auth.service';
import type { AuthContext } from '../auth/auth.types';
import { assertStrongPassword } from '../auth/password-policy';
import { AccountRepository } from './account.repository';

/** A person's own account: display name, language, password. */
@Injectable()
export class AccountService {
  constructor(
    private readonly repo: AccountRepository,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly commands: CommandRunner,
  ) {}

  async updateProfile(ctx: AuthContext, input: UpdateProfile, ip: string): Promise<User> {
    const changes: { name?: string; locale?: string } = {};
    if (input.name !== undefined && input.name !== ctx.user.name) changes.name = input.name;
    if (input.locale !== undefined && input.locale !== ctx.user.locale) changes.locale = input.locale;
    if (Object.keys(changes).length === 0) return ctx.user;
    const row = await this.commands.transact(async (fx) => {
      const { tx } = fx;
      const updated = await this.repo.updateProfile(tx, ctx.user.id, changes);
      await fx.record({
        action: 'account.profile_updated',
        actorId: ctx.user.id,
        ip,
        detail: { fields: Object.keys(changes), ...(changes.locale ? { locale: changes.locale } : {}) },
      });
      return updated;
    });
    return toUser(row);
  }

  /**
   * Checks the current password (a wrong one counts with the sign-in limiter), then the new one's
   * strength; on success ends every other session of the person, sockets included.
   */
  async changePassword(ctx: AuthContext, input: ChangePassword, ip: string): Promise<void> {
    const attempt = await this.auth.beginPasswordAttempt(ctx.user.email, ip);
    const row = await this.repo.userById(ctx.user.id);
    if (!row) throw AppError.unauthenticated();
    if (!(await bcrypt.compare(input.currentPassword, row.passwordHash))) {
      await this.audit.record({ action: 'account.password_change_failed', actorId: ctx.user.id, ip });
      throw new AppError(HttpStatus.BAD_REQUEST, ErrorCode.WrongPassword, 'The current password is not right');
    }
    await attempt.succeeded();
    assertStrongPassword(input.newPassword);
    const passwordHash = await this.auth.hashPassword(input.newPassword);
    const now = new Date();
    await this.commands.transact(async (fx) => {
      const { tx } = fx;
      await this.repo.setPassword(tx, ctx.user.id, passwordHash, now);
      await this.repo.voidOpenResets(tx, ctx.user.id, now);
      await fx.record({ action: 'account.password_changed', actorId: ctx.user.id, ip });
    });
    await this.auth.endSessionsOf(ctx.user.id, ctx.sessionId);
  }
}
