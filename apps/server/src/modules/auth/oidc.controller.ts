import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CookieOptions, Request, Response } from 'express';
import { ErrorCode, oidcStatusSchema, type OidcStatus } from '@iep/shared';
import { APP_CONFIG, type AppConfig } from '../../config';
import { ApiRoute } from '../../common/openapi';
import { OIDC_STATE_COOKIE, OIDC_STATE_TTL_MS } from './oidc-state';
import { notConfigured, OidcRefused, OidcService } from './oidc.service';
import { clientIp, cookieValue, setSessionCookie } from './session-token';

const STATE_COOKIE_PATH = '/api/auth/oidc';

/** OpenID Connect sign-in for staff: browser redirects, so errors end on the sign-in page. */
@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('status')
  @ApiRoute({
    summary: 'Whether sign-in with the district account (OpenID Connect) is offered',
    response: oidcStatusSchema,
  })
  status(): OidcStatus {
    return { enabled: this.oidc.enabled };
  }

  @Get('start')
  @ApiRoute({
    summary: 'Redirects to the district provider (PKCE, state and nonce in a signed httpOnly cookie)',
    status: 302,
    errors: [404],
  })
  async start(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.oidc.enabled) throw notConfigured();
    let target: { url: string; stateCookie: string };
    try {
      target = await this.oidc.start(this.baseUrl(req));
    } catch (err) {
      if (!(err instanceof OidcRefused)) throw err;
      res.redirect(302, `/login?error=${ErrorCode.OidcFailed}`);
      return;
    }
    res.cookie(OIDC_STATE_COOKIE, target.stateCookie, this.stateCookieOptions(OIDC_STATE_TTL_MS));
    res.redirect(302, target.url);
  }

  @Get('callback')
  @ApiRoute({
    summary: 'The provider returns here: signs in (session cookie) and redirects to /, or to /login?error=OIDC_FAILED',
    status: 302,
  })
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.oidc.enabled) {
      res.redirect(302, `/login?error=${ErrorCode.OidcNotConfigured}`);
      return;
    }
    const stateCookie = cookieValue(req.headers.cookie, OIDC_STATE_COOKIE);
    res.clearCookie(OIDC_STATE_COOKIE, this.stateCookieOptions());
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    try {
      const { token, expiresAt } = await this.oidc.callback(this.baseUrl(req), query, stateCookie, clientIp(req));
      setSessionCookie(res, token, expiresAt, this.config.cookieSecure);
      res.redirect(302, '/');
    } catch {
      res.redirect(302, `/login?error=${ErrorCode.OidcFailed}`);
    }
  }

  /** PUBLIC_URL when set; else the address the browser used (the provider checks the redirect URI). */
  private baseUrl(req: Request): string {
    return (this.config.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`).replace(/\/+$/, '');
  }

  private stateCookieOptions(maxAge?: number): CookieOptions {
    // Lax: the provider sends the browser back with a top-level GET, which carries Lax cookies.
    return {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: STATE_COOKIE_PATH,
      ...(maxAge ? { maxAge } : {}),
    };
  }
}
