import { ApiError } from '../../api/http';
import { commentErrorKey } from './commentErrors';

describe('comment error messages', () => {
  it('chooses the message by the stable code, then by status', () => {
    expect(commentErrorKey(new ApiError(400, 'MENTION_OUTSIDE_TEAM', ''))).toBe('comments.errors.mentionOutsideTeam');
    expect(commentErrorKey(new ApiError(429, 'COMMENT_RATE_LIMITED', ''))).toBe('comments.errors.rateLimited');
    expect(commentErrorKey(new ApiError(409, 'SECTION_LOCKED', ''))).toBe('comments.errors.locked');
    expect(commentErrorKey(new ApiError(404, 'NOT_FOUND', ''))).toBe('comments.errors.notFound');
    expect(commentErrorKey(new Error('offline'))).toBe('comments.errors.generic');
  });
});
