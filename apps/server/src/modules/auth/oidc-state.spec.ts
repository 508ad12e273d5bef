import { OIDC_STATE_TTL_MS, openOidcState, sealOidcState } from './oidc-state';

const SECRET = 'a'.repeat(64);
const pending = { state: 'st', nonce: 'no', verifier: 've' };

describe('the OpenID Connect state cookie', () => {
  it('opens what it sealed', () => {
    expect(openOidcState(sealOidcState(pending, SECRET), SECRET)).toEqual(pending);
  });

  it('refuses another secret, an altered payload, garbage and a missing value', () => {
    const sealed = sealOidcState(pending, SECRET);
    expect(openOidcState(sealed, 'b'.repeat(64))).toBeNull();
    const [payload, sig] = sealed.split('.');
    const altered = Buffer.from(JSON.stringify({ s: 'other', n: 'no', v: 've', exp: Date.now() + 60_000 })).toString(
      'base64url',
    );
    expect(openOidcState(`${altered}.${sig ?? ''}`, SECRET)).toBeNull();
    expect(openOidcState(`${payload ?? ''}.`, SECRET)).toBeNull();
    expect(openOidcState('not-a-cookie', SECRET)).toBeNull();
    expect(openOidcState(`${sealed}.x`, SECRET)).toBeNull();
    expect(openOidcState(undefined, SECRET)).toBeNull();
  });

  it('expires after ten minutes', () => {
    const now = Date.now();
    const sealed = sealOidcState(pending, SECRET, now);
    expect(openOidcState(sealed, SECRET, now + OIDC_STATE_TTL_MS - 1)).toEqual(pending);
    expect(openOidcState(sealed, SECRET, now + OIDC_STATE_TTL_MS)).toBeNull();
  });
});
