import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * A short-lived token for the document socket: HMAC-signed, bound to one user, one session and
 * one section. Browsers cannot send cookies on every WebSocket setup we need, so the socket takes this.
 */
const claimsSchema = z.object({
  sub: z.string(),
  sid: z.string(),
  sec: z.string(),
  exp: z.number(),
});
export type CollabClaims = z.infer<typeof claimsSchema>;

function sign(body: string, secret: string): string {
  return createHmac('sha256', secret).update(`collab.${body}`).digest('base64url');
}

export function issueCollabToken(claims: CollabClaims, secret: string): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${body}.${sign(body, secret)}`;
}

/** The claims of a valid, unexpired token; null for anything else. */
export function verifyCollabToken(
  token: string | null | undefined,
  secret: string,
  now = Date.now(),
): CollabClaims | null {
  if (!token || token.length > 1024) return null;
  const [body, mac, extra] = token.split('.');
  if (!body || !mac || extra !== undefined) return null;
  const expected = Buffer.from(sign(body, secret));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = claimsSchema.parse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
    return claims.exp * 1000 > now ? claims : null;
  } catch {
    return null;
  }
}
