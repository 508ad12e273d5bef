import { commonPassword, newPasswordSchema } from './password';

describe('newPasswordSchema', () => {
  it('refuses a password under twelve characters', () => {
    expect(newPasswordSchema.safeParse('short-pass1').success).toBe(false);
  });
  it('refuses a password of one repeated character, however long', () => {
    expect(newPasswordSchema.safeParse('aaaaaaaaaaaaaaaa').success).toBe(false);
  });
  it('accepts a long passphrase', () => {
    expect(newPasswordSchema.safeParse('ladder orange river 42').success).toBe(true);
  });
});

describe('commonPassword', () => {
  const list = new Set(['password', 'iloveyou', 'qwertyuiop']);
  it('finds a listed password whatever its case or trailing digits', () => {
    expect(commonPassword('Password123', list)).toBe(true);
    expect(commonPassword('QWERTYUIOP!', list)).toBe(true);
  });
  it('lets an unlisted passphrase through', () => {
    expect(commonPassword('ladder orange river 42', list)).toBe(false);
  });
});
