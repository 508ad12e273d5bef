import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export const OIDC_STATE_COOKIE = 'iep_oidc';
/** How long the provider's login may take before the callback is refused. */
export const OIDC_STATE_TTL_MS = 10 * 60_000;

/** What the callback must check against: the state, the nonce and the PKCE verifier of one start. */
export interface OidcPending {
  state: string;
  nonce: string;
  verifier: string;
}

const payloadSchema = z.object({
  s: z.string().min(1),
  n: z.string().min(1),
  v: z.string().min(1),
  exp: z.number().int(),
});

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(`oidc-state.${payload}`).digest();
}

/** Seals the pending sign-in into a cookie value signed with the app secret (httpOnly, short-lived). */
export function sealOidcState(pending: OidcPending, secret: string, now = Date.now()): string {
  const payload = Buffer.from(
    JSON.stringify({ s: pending.state, n: pending.nonce, v: pending.verifier, exp: now + OIDC_STATE_TTL_MS }),
  ).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The pending sign-in, or null when the cookie is missing, forged, altered or too old. */
export function openOidcState(value: string | undefined, secret: string, now = Date.now()): OidcPending | null {
  if (!value || value.length > 2000) return null;
  const [payload, signature, extra] = value.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success || parsed.data.exp <= now) return null;
  return { state: parsed.data.s, nonce: parsed.data.n, verifier: parsed.data.v };
}
