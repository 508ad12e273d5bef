import {
  changePasswordSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  updateProfileSchema,
} from './account';

describe('account schemas', () => {
  it('trims the display name and takes a known language', () => {
    expect(updateProfileSchema.parse({ name: '  Ana Ruiz ' })).toEqual({ name: 'Ana Ruiz' });
    expect(updateProfileSchema.parse({ locale: 'es' })).toEqual({ locale: 'es' });
  });

  it('refuses an empty, blank or over-long name, another language, extra fields and an empty change', () => {
    for (const body of [
      { name: '' },
      { name: '   ' },
      { name: 'x'.repeat(121) },
      { locale: 'fr' },
      { name: 'A', email: 'x@y.z' },
      {},
    ]) {
      expect(updateProfileSchema.safeParse(body).success).toBe(false);
    }
    expect(updateProfileSchema.safeParse({ name: 'x'.repeat(120) }).success).toBe(true);
  });

  it('leaves the strength of a new password to the password rule, but caps its size', () => {
    expect(changePasswordSchema.safeParse({ currentPassword: 'old', newPassword: 'short' }).success).toBe(true);
    expect(changePasswordSchema.safeParse({ currentPassword: '', newPassword: 'Purple-Otter-Canoe' }).success).toBe(
      false,
    );
    expect(changePasswordSchema.safeParse({ currentPassword: 'old', newPassword: 'x'.repeat(801) }).success).toBe(
      false,
    );
  });

  it('takes a reset token of base64url characters only and normalizes the email', () => {
    expect(passwordResetConfirmSchema.safeParse({ token: 'a'.repeat(43), newPassword: 'x' }).success).toBe(true);
    expect(passwordResetConfirmSchema.safeParse({ token: '../../etc/passwd', newPassword: 'x' }).success).toBe(false);
    expect(passwordResetRequestSchema.parse({ email: ' Ana@School.org ' })).toEqual({ email: 'ana@school.org' });
  });
});
