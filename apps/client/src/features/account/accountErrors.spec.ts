import { ApiError, NetworkError } from '../../api/http';
import { displayNameErrorKey, explainAccountError, loginQueryErrorKey, newPasswordErrorKey } from './accountErrors';

describe('account form errors', () => {
  it('explains the shared password rule by its reason', () => {
    expect(newPasswordErrorKey('short')).toBe('account.password.reasons.password_too_short');
    expect(newPasswordErrorKey('a'.repeat(201))).toBe('account.password.reasons.password_too_long');
    expect(newPasswordErrorKey('abababababababab')).toBe('account.password.reasons.password_too_simple');
    expect(newPasswordErrorKey('Purple-Otter-Canoe-2026')).toBeUndefined();
  });

  it('checks the display name with the shared rule', () => {
    expect(displayNameErrorKey('   ')).toBe('account.profile.errors.nameRequired');
    expect(displayNameErrorKey('x'.repeat(121))).toBe('account.profile.errors.nameTooLong');
    expect(displayNameErrorKey(' Ana ')).toBeUndefined();
    expect(displayNameErrorKey('An\u0000a')).toBe('account.profile.errors.nameBadCharacter');
    expect(displayNameErrorKey('Ana \ud800')).toBe('account.profile.errors.nameBadCharacter');
  });

  it('puts server errors on the right field', () => {
    expect(explainAccountError(new ApiError(400, 'WRONG_PASSWORD', ''))).toEqual({
      field: 'currentPassword',
      key: 'account.password.errors.wrongPassword',
    });
    expect(explainAccountError(new ApiError(400, 'PASSWORD_TOO_WEAK', '', { reason: 'password_common' }))).toEqual({
      field: 'newPassword',
      key: 'account.password.reasons.password_common',
    });
    expect(explainAccountError(new ApiError(409, 'LINK_USED', '')).key).toBe('account.reset.errors.linkUsed');
    expect(explainAccountError(new ApiError(409, 'LINK_EXPIRED', '')).key).toBe('account.reset.errors.linkExpired');
    expect(explainAccountError(new ApiError(404, 'NOT_FOUND', '')).key).toBe('account.reset.errors.linkInvalid');
    expect(explainAccountError(new ApiError(429, 'TOO_MANY_REQUESTS', '')).key).toBe('account.errors.tooManyRequests');
    expect(explainAccountError(new NetworkError(null)).key).toBe('errors.network');
    expect(explainAccountError(new Error('x')).key).toBe('account.errors.generic');
  });

  it('reads the sign-in page’s error from the query', () => {
    expect(loginQueryErrorKey('OIDC_FAILED')).toBe('login.oidc.failed');
    expect(loginQueryErrorKey('OIDC_NOT_CONFIGURED')).toBe('login.oidc.notConfigured');
    expect(loginQueryErrorKey(null)).toBeUndefined();
    expect(loginQueryErrorKey('<script>')).toBeUndefined();
  });
});
