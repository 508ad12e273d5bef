import { createHash, randomBytes } from 'node:crypto';
import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'iep_session';

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only a hash of the token is stored: a database leak does not hand out sessions. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The session token of a request: the cookie (browsers) or `Authorization: Bearer` (scripts). */
export function tokenFromHeaders(headers: { cookie?: string; authorization?: string }): string | undefined {
  const auth = headers.authorization;
  if (auth && /^Bearer\s+/i.test(auth)) return auth.replace(/^Bearer\s+/i, '').trim() || undefined;
  return cookieValue(headers.cookie, SESSION_COOKIE);
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/** The session cookie, the same for every way of signing in: httpOnly, SameSite=Lax, whole site. */
export function setSessionCookie(res: Response, token: string, expiresAt: Date, secure: boolean): void {
  const options: CookieOptions = { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt };
  res.cookie(SESSION_COOKIE, token, options);
}
