import { HttpStatus } from '@nestjs/common';
import { COMMENTS_PER_MINUTE, ErrorCode } from '@iep/shared';
import { AppError } from '../../common/app-error';

/**
 * Comments per person per minute, in a sliding window. In memory: with several instances each
 * counts its own share (a shared counter comes with scale-out).
 */
export class CommentRateLimiter {
  private readonly recent = new Map<string, number[]>();
  constructor(
    private readonly max = COMMENTS_PER_MINUTE,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts one comment by `userId`, or throws 429 COMMENT_RATE_LIMITED with retryAfter seconds. */
  take(userId: string, now = Date.now()): void {
    const list = (this.recent.get(userId) ?? []).filter((t) => t > now - this.windowMs);
    if (list.length >= this.max) {
      const retryAfter = Math.max(1, Math.ceil(((list[0] ?? now) + this.windowMs - now) / 1000));
      this.recent.set(userId, list);
      throw new AppError(HttpStatus.TOO_MANY_REQUESTS, ErrorCode.CommentRateLimited, `At most ${this.max} comments a minute`, { retryAfter });
    }
    list.push(now);
    this.recent.set(userId, list);
  }
}
