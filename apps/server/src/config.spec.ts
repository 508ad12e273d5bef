import bcrypt from 'bcryptjs';
import { loadConfig } from './config';
import { hashPassword } from './modules/auth/auth.service';

describe('the password cost setting', () => {
  it('defaults to bcrypt cost 10, and new hashes carry the configured cost', async () => {
    expect(loadConfig({}).passwordCost).toBe(10);
    const cost = loadConfig({ PASSWORD_COST: '4' }).passwordCost;
    expect(cost).toBe(4);
    expect(bcrypt.getRounds(await hashPassword('demo1234', cost))).toBe(4);
  });

  it('refuses a cost below 10 in production, where a fast hash would help a password guesser', () => {
    const production = { NODE_ENV: 'production', APP_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig({ ...production, PASSWORD_COST: '4' })).toThrow(/PASSWORD_COST below 10/);
    expect(loadConfig({ ...production, PASSWORD_COST: '12' }).passwordCost).toBe(12);
  });
});

describe('the offline storage setting', () => {
  it('lets browsers keep data for offline work unless the district sets OFFLINE_STORAGE=false', () => {
    expect(loadConfig({}).offlineStorage).toBe(true);
    expect(loadConfig({ OFFLINE_STORAGE: 'false' }).offlineStorage).toBe(false);
    expect(() => loadConfig({ OFFLINE_STORAGE: 'no' })).toThrow(/OFFLINE_STORAGE/);
  });
});

describe('the limits on waiting for the mail server and the database', () => {
  it('default to 30 s and 10 s, take milliseconds, and refuse what is not a sane number of them', () => {
    expect(loadConfig({})).toMatchObject({ smtpTimeoutMs: 30_000, databaseConnectTimeoutMs: 10_000 });
    expect(loadConfig({ SMTP_TIMEOUT_MS: '5000', DATABASE_CONNECT_TIMEOUT_MS: '2500' })).toMatchObject({
      smtpTimeoutMs: 5000,
      databaseConnectTimeoutMs: 2500,
    });
    for (const bad of ['soon', '0', '-1', '99', '1.5', '600001'])
      for (const name of ['SMTP_TIMEOUT_MS', 'DATABASE_CONNECT_TIMEOUT_MS'])
        expect(() => loadConfig({ [name]: bad })).toThrow(new RegExp(name));
  });
});
