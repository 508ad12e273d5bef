import { ErrorCode } from '@iep/shared';
import { AppError } from '../../common/app-error';
import { assertStrongPassword } from './password-policy';

function reasonOf(password: string): string | null {
  try {
    assertStrongPassword(password);
    return null;
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== ErrorCode.PasswordTooWeak) throw error;
    return (error.details as { reason: string }).reason;
  }
}

describe('assertStrongPassword', () => {
  it('refuses a short password with the length reason', () => {
    expect(reasonOf('abc123')).toBe('password_too_short');
  });
  it('refuses a long password that is on the common list', () => {
    expect(reasonOf('qwertyuiop123')).toBe('password_common');
    expect(reasonOf('Iloveyou1234')).not.toBeNull();
  });
  it('accepts an uncommon passphrase', () => {
    expect(reasonOf('copper kettle on tuesday')).toBeNull();
  });
});
