import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { ErrorCode, localeSchema, type AuditAction, type LoginRequest, type User } from '@iep/shared';
import { APP_CONFIG, type AppConfig } from '../../config';
import { PrismaService } from '../../db/prisma.service';
import { AppError } from '../../common/app-error';
import { AuditService } from '../audit/audit.service';
import { ClusterBus } from '../../cluster/cluster-bus';
import { RateLimiter, type RateRule } from '../../common/rate-limit/rate-limiter';
import { hashToken, newSessionToken } from './session-token';
import type { Prisma } from '../../generated/prisma/client';
import type { AuthContext } from './auth.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The production cost; the app hashes with its configured `passwordCost` (lower in tests only). */
export const PASSWORD_COST = 10;

export function hashPassword(password: string, cost = PASSWORD_COST): Promise<string> {
  return bcrypt.hash(password, cost);
}

export type UserRow = { id: string; email: string; name: string; locale: string };

export function toUser(row: UserRow): User {
  const locale = localeSchema.safeParse(row.locale);
  return { id: row.id, email: row.email, name: row.name, locale: locale.success ? locale.data : 'en' };
}

type SessionRow = { id: string; endedAt: Date | null; expiresAt: Date; user: UserRow };

/** A session that has neither ended nor expired, as an auth context. */
function liveSession(session: SessionRow | null): AuthContext | null {
  if (!session || session.endedAt || session.expiresAt.getTime() <= Date.now()) return null;
  return { user: toUser(session.user), sessionId: session.id };
}

/** Ended sessions live on for the collab endpoint to close their sockets. */
export type SessionEndedListener = (sessionId: string) => void;

const SESSION_CHANNEL = 'iep:session-ended';

/** Password attempts (sign-in, the current password when changing it): per account and per address. */
export const SIGN_IN_PER_ACCOUNT: RateRule = { name: 'signin:account', max: 5, windowMs: 15 * 60_000 };
export const SIGN_IN_PER_ADDRESS: RateRule = { name: 'signin:address', max: 20, windowMs: 15 * 60_000 };

/** A password attempt counted before the password is checked; it stays counted unless it succeeded. */
export interface PasswordAttempt {
  /** The password was right: the attempt does not count, and the account's earlier failures are forgotten. */
  succeeded(): Promise<void>;
}

@Injectable()
export class AuthService {
  private readonly endedListeners: SessionEndedListener[] = [];
  /** Compared against when the email is unknown, so both failures take the same time. */
  private readonly dummyHash: string;

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly bus: ClusterBus,
    private readonly limiter: RateLimiter,
  ) {
    this.dummyHash = bcrypt.hashSync('not-a-real-password', config.passwordCost);
    void bus.subscribe(SESSION_CHANNEL, (message) => {
      if (message.subarray(0, 8).equals(bus.instanceId)) return;
      const sessionId = message.subarray(8).toString('utf8');
      for (const listener of this.endedListeners) listener(sessionId);
    });
  }

  async login(input: LoginRequest, ip: string): Promise<{ user: User; token: string; expiresAt: Date }> {
    return this.startSession(await this.verifyCredentials(input, ip), ip);
  }

  /** The account the email and password prove (rate-limited like sign-in); 401 otherwise. */
  async verifyCredentials(input: LoginRequest, ip: string): Promise<UserRow> {
    const attempt = await this.beginPasswordAttempt(input.email, ip);
    const row = await this.prisma.client.user.findUnique({ where: { email: input.email } });
    const ok = await bcrypt.compare(input.password, row?.passwordHash ?? this.dummyHash);
    if (!row || !ok) {
      await this.audit.record({
        action: 'auth.login_failed',
        actorId: row?.id ?? null,
        ip,
        detail: { email: input.email },
      });
      throw new AppError(HttpStatus.UNAUTHORIZED, ErrorCode.InvalidCredentials, 'The email or password is not right');
    }
    await attempt.succeeded();
    return row;
  }

  /**
   * Opens a session for a user who has proved who they are (password, OpenID Connect): the one way
   * every sign-in ends, with its audit event.
   */
  async startSession(
    row: UserRow,
    ip: string,
    audit: { action: AuditAction; detail?: Prisma.InputJsonValue } = { action: 'auth.login' },
  ): Promise<{ user: User; token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlMs);
    await this.prisma.client.session.create({ data: { tokenHash: hashToken(token), userId: row.id, expiresAt } });
    await this.audit.record({ action: audit.action, actorId: row.id, ip, detail: audit.detail });
    return { user: toUser(row), token, expiresAt };
  }

  /** A new password's hash, at the configured cost. */
  hashPassword(password: string): Promise<string> {
    return hashPassword(password, this.config.passwordCost);
  }

  /**
   * Counts a password attempt for the account and the address before the (slow) check, so attempts
   * sent at once are counted as they arrive: 429 TOO_MANY_REQUESTS once either is at its limit.
   * A wrong password anywhere (sign-in, password change) counts towards the same limits.
   */
  async beginPasswordAttempt(email: string, ip: string): Promise<PasswordAttempt> {
    const reserved = await this.limiter.reserve([SIGN_IN_PER_ACCOUNT, email], [SIGN_IN_PER_ADDRESS, ip]);
    if (!reserved.ok) {
      throw new AppError(
        HttpStatus.TOO_MANY_REQUESTS,
        ErrorCode.TooManyRequests,
        'Too many failed attempts; try again later',
        {
          retryAfterSeconds: reserved.retryAfterSeconds,
        },
      );
    }
    return {
      succeeded: async () => {
        await reserved.release();
        await reserved.clear(SIGN_IN_PER_ACCOUNT);
      },
    };
  }

  async resolve(token: string | undefined): Promise<AuthContext | null> {
    if (!token || token.length > 200) return null;
    return liveSession(
      await this.prisma.client.session.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } }),
    );
  }

  /** Ends the session for good: the token stops working everywhere, open sockets included. */
  async logout(ctx: AuthContext, ip: string): Promise<void> {
    await this.prisma.client.session.update({ where: { id: ctx.sessionId }, data: { endedAt: new Date() } });
    await this.audit.record({ action: 'auth.logout', actorId: ctx.user.id, ip });
    this.endSessionEverywhere(ctx.sessionId);
  }

  /** Closes the session's sockets on this instance and, through Redis, on every other. */
  endSessionEverywhere(sessionId: string): void {
    for (const listener of this.endedListeners) listener(sessionId);
    this.bus.publish(SESSION_CHANNEL, Buffer.concat([this.bus.instanceId, Buffer.from(sessionId)]));
  }

  /**
   * Ends every live session of the user except `keep` (none when absent), like logout does for one:
   * the tokens stop working and the sockets opened with them close, here and on other instances.
   */
  async endSessionsOf(userId: string, keep?: string): Promise<number> {
    const now = new Date();
    const where = { userId, endedAt: null, expiresAt: { gt: now }, ...(keep ? { id: { not: keep } } : {}) };
    const live = await this.prisma.client.session.findMany({ where, select: { id: true } });
    if (live.length === 0) return 0;
    const ids = live.map((s) => s.id);
    await this.prisma.client.session.updateMany({ where: { id: { in: ids }, endedAt: null }, data: { endedAt: now } });
    for (const id of ids) this.endSessionEverywhere(id);
    return ids.length;
  }

  /** A live session by id (for sockets that carry a token naming it). */
  async sessionById(sessionId: string): Promise<AuthContext | null> {
    if (!UUID.test(sessionId)) return null;
    return liveSession(
      await this.prisma.client.session.findUnique({ where: { id: sessionId }, include: { user: true } }),
    );
  }

  onSessionEnded(listener: SessionEndedListener): void {
    this.endedListeners.push(listener);
  }
}
