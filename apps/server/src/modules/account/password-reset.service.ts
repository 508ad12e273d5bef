import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { ErrorCode, type PasswordResetConfirm } from '@iep/shared';
import { AppError } from '../../common/app-error';
import { RateLimiter, type RateRule } from '../../common/rate-limit/rate-limiter';
import { APP_CONFIG, type AppConfig } from '../../config';
import { CommandRunner } from '../command/command-runner';
import { AuditService } from '../audit/audit.service';
import { AuthService, toUser } from '../auth/auth.service';
import { assertStrongPassword } from '../auth/password-policy';
import { hashToken, newSessionToken } from '../auth/session-token';
import { MailService } from '../mail/mail.service';
import { AccountRepository } from './account.repository';
import { passwordResetMail } from './password-reset-mail';

export const RESET_LINK_TTL_MS = 60 * 60_000;

/** Every request counts, known address or not: 3 per address and 10 per client in 15 minutes. */
const RESETS_PER_EMAIL: RateRule = { name: 'reset:email', max: 3, windowMs: 15 * 60_000 };
const RESETS_PER_CLIENT: RateRule = { name: 'reset:client', max: 10, windowMs: 15 * 60_000 };

/**
 * Forgotten passwords: a one-time link by mail (only its SHA-256 is stored), valid for an hour.
 * Asking answers the same whether or not the address has an account.
 */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger(PasswordResetService.name);
  constructor(
    private readonly repo: AccountRepository,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly commands: CommandRunner,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly limiter: RateLimiter,
  ) {}

  async request(email: string, ip: string): Promise<void> {
    const reserved = await this.limiter.reserve([RESETS_PER_EMAIL, email], [RESETS_PER_CLIENT, ip]);
    if (!reserved.ok) {
      throw new AppError(
        HttpStatus.TOO_MANY_REQUESTS,
        ErrorCode.TooManyRequests,
        'Too many reset requests; try again later',
        {
          retryAfterSeconds: reserved.retryAfterSeconds,
        },
      );
    }
    const row = await this.repo.userByEmail(email);
    await this.audit.record({
      action: 'auth.password_reset_requested',
      actorId: row?.id ?? null,
      ip,
      detail: { known: row !== null },
    });
    if (!row) return;
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + RESET_LINK_TTL_MS);
    await this.repo.createReset({ userId: row.id, tokenHash: hashToken(token), expiresAt });
    const user = toUser(row);
    const link = `${this.baseUrl()}/reset-password/${token}`;
    // Not awaited: an SMTP round trip would make known addresses answer measurably slower than
    // unknown ones. `send` never throws; the message is in the outbox whatever SMTP does. The mail
    // is about a person's own account, not a district's: no district, so nobody reads it in the app,
    // and the link travels as the mail's secret (erased once sent, and when the link expires).
    void this.mail.send({
      to: user.email,
      ...passwordResetMail(user.locale, user.name),
      districtId: null,
      secret: { value: link, expiresAt },
    });
  }

  /**
   * Sets the new password once: the link is claimed with a conditional update, so of two requests
   * racing with one link exactly one succeeds. Then every session of the person ends.
   */
  async confirm(input: PasswordResetConfirm, ip: string): Promise<void> {
    const reset = await this.repo.resetByTokenHash(hashToken(input.token));
    if (!reset) throw AppError.notFound('This reset link is not valid');
    const now = new Date();
    if (reset.usedAt) throw linkUsed();
    if (reset.expiresAt.getTime() <= now.getTime()) throw linkExpired();
    assertStrongPassword(input.newPassword);
    const passwordHash = await this.auth.hashPassword(input.newPassword);
    await this.commands.transact(async (fx) => {
      const { tx } = fx;
      if (!(await this.repo.claimReset(tx, reset.id, now))) {
        const current = await this.repo.resetByTokenHash(reset.tokenHash, tx);
        throw current?.usedAt ? linkUsed() : linkExpired();
      }
      await this.repo.voidOpenResets(tx, reset.userId, now);
      await this.repo.setPassword(tx, reset.userId, passwordHash, now);
      await fx.record({ action: 'auth.password_reset', actorId: reset.userId, ip });
    });
    const ended = await this.auth.endSessionsOf(reset.userId);
    this.logger.log(`password reset: ${ended} session(s) ended`);
  }

  /** Links in mail point at PUBLIC_URL; never at the request's Host header (reset-link poisoning). */
  private baseUrl(): string {
    return (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/+$/, '');
  }
}

function linkUsed(): AppError {
  return new AppError(HttpStatus.CONFLICT, ErrorCode.LinkUsed, 'This reset link was already used');
}

function linkExpired(): AppError {
  return new AppError(HttpStatus.CONFLICT, ErrorCode.LinkExpired, 'This reset link has expired; ask for a new one');
}
