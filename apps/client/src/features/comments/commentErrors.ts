import type { ParseKeys } from 'i18next';
import { ApiError } from '../../api/http';

/** The message for a failed comment action, by the API's stable code. */
export function commentErrorKey(error: unknown): ParseKeys {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'MENTION_OUTSIDE_TEAM':
        return 'comments.errors.mentionOutsideTeam';
      case 'MENTION_NOT_VISIBLE':
        return 'comments.errors.mentionNotVisible';
      case 'COMMENT_RATE_LIMITED':
        return 'comments.errors.rateLimited';
      case 'SECTION_LOCKED':
        return 'comments.errors.locked';
      case 'VALIDATION_FAILED':
        return 'comments.errors.invalid';
      default:
        if (error.status === 404) return 'comments.errors.notFound';
        if (error.status === 403) return 'comments.errors.forbidden';
    }
  }
  return 'comments.errors.generic';
}
