import type { Response } from 'express';
import type { AppConfig } from '../../config';
import { SESSION_COOKIE } from './session-token';

/** The browser's session: an httpOnly, SameSite=Lax cookie that lasts as long as the session. */
export function setSessionCookie(res: Response, config: Pick<AppConfig, 'cookieSecure'>, token: string, expiresAt: Date): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    path: '/',
    expires: expiresAt,
  });
}
