import { ApiError, NetworkError } from '../api/http';
import { loginErrorKey, validateLogin } from './loginErrors';

describe('validateLogin (the server’s loginRequestSchema)', () => {
  it('accepts and normalises valid credentials', () => {
    expect(validateLogin({ email: '  OT@Demo.School ', password: 'demo1234' })).toEqual({
      ok: true,
      data: { email: 'ot@demo.school', password: 'demo1234' },
    });
  });

  it('explains each invalid field', () => {
    expect(validateLogin({ email: 'not-an-email', password: '' })).toEqual({
      ok: false,
      errors: { email: 'login.errors.emailInvalid', password: 'login.errors.passwordRequired' },
    });
    expect(validateLogin({ email: 'a@b.co', password: 'x'.repeat(201) })).toEqual({
      ok: false,
      errors: { password: 'login.errors.passwordTooLong' },
    });
  });
});

describe('loginErrorKey', () => {
  it('maps the API error codes to messages', () => {
    expect(loginErrorKey(new ApiError(401, 'INVALID_CREDENTIALS', ''))).toBe('login.errors.invalidCredentials');
    expect(loginErrorKey(new ApiError(429, 'TOO_MANY_REQUESTS', ''))).toBe('login.errors.tooManyRequests');
    expect(loginErrorKey(new ApiError(400, 'VALIDATION_FAILED', ''))).toBe('login.errors.validation');
    expect(loginErrorKey(new ApiError(500, 'INTERNAL_ERROR', ''))).toBe('login.errors.generic');
    expect(loginErrorKey(new NetworkError(new TypeError('fetch failed')))).toBe('errors.network');
  });
});
