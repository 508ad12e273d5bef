import { issueCollabToken, verifyCollabToken } from './collab-token';

const secret = 'a-test-secret-that-is-long-enough-0000';
const claims = { sub: 'user-1', sid: 'session-1', sec: 'section-1', exp: 2_000 };

describe('collab tokens', () => {
  it('round-trips the claims of a fresh token', () => {
    expect(verifyCollabToken(issueCollabToken(claims, secret), secret, 1_000_000)).toEqual(claims);
  });

  it('refuses expired, re-signed, tampered and malformed tokens', () => {
    const token = issueCollabToken(claims, secret);
    expect(verifyCollabToken(token, secret, 2_000_000)).toBeNull();
    expect(verifyCollabToken(token, 'another-secret-another-secret-000', 1_000_000)).toBeNull();
    const [body, mac] = token.split('.');
    const forgedBody = Buffer.from(JSON.stringify({ ...claims, sec: 'section-2' })).toString('base64url');
    expect(verifyCollabToken(`${forgedBody}.${mac}`, secret, 1_000_000)).toBeNull();
    expect(verifyCollabToken(`${body}`, secret, 1_000_000)).toBeNull();
    expect(verifyCollabToken(`${token}.extra`, secret, 1_000_000)).toBeNull();
    expect(verifyCollabToken('', secret)).toBeNull();
    expect(verifyCollabToken(null, secret)).toBeNull();
    expect(verifyCollabToken('x'.repeat(5000), secret)).toBeNull();
  });
});
