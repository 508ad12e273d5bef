import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { emailSchema, ErrorCode, isStorableText, type User } from '@iep/shared';
import { AppError } from '../../common/app-error';
import { APP_CONFIG, type AppConfig, type OidcConfig } from '../../config';
import { AuditService } from '../audit/audit.service';
import { AuthService } from './auth.service';
import { OidcRepository } from './oidc.repository';
import { openOidcState, sealOidcState } from './oidc-state';

export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';

/** A sign-in refused for a reason worth recording (never shown to the person beyond OIDC_FAILED). */
export class OidcRefused extends Error {
  constructor(readonly reason: string) {
    super(`OpenID Connect sign-in refused: ${reason}`);
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Staff sign-in through the district's OpenID Connect provider (openid-client): discovery,
 * the authorization code flow with PKCE, state and nonce, and the ID token's checks. The person must
 * already be staff here: found by (issuer, subject), or linked once by a verified email.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private discovered: Promise<oidc.Configuration> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: OidcRepository,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  get enabled(): boolean {
    return this.config.oidc !== undefined;
  }

  /** The provider's authorization URL and the sealed state cookie that the callback checks. */
  async start(baseUrl: string): Promise<{ url: string; stateCookie: string }> {
    const configuration = await this.configuration().catch((err: unknown) => {
      if (err instanceof AppError) throw err;
      this.logger.warn(`OpenID Connect discovery failed: ${err instanceof Error ? err.message : String(err)}`);
      throw new OidcRefused('discovery');
    });
    const pending = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier() };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: `${baseUrl}${OIDC_CALLBACK_PATH}`,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, stateCookie: sealOidcState(pending, this.config.appSecret) };
  }

  /** Checks the provider's answer and opens a session like a password sign-in; OidcRefused otherwise. */
  async callback(
    baseUrl: string,
    query: string,
    stateCookie: string | undefined,
    ip: string,
  ): Promise<{ user: User; token: string; expiresAt: Date }> {
    try {
      const pending = openOidcState(stateCookie, this.config.appSecret);
      if (!pending) throw new OidcRefused('no_pending_sign_in');
      const configuration = await this.configuration();
      const tokens = await oidc
        .authorizationCodeGrant(configuration, new URL(`${baseUrl}${OIDC_CALLBACK_PATH}${query}`), {
          pkceCodeVerifier: pending.verifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        })
        .catch((err: unknown) => {
          throw new OidcRefused(err instanceof Error ? `provider: ${err.message}` : 'provider');
        });
      const claims = tokens.claims();
      if (!claims) throw new OidcRefused('no_id_token');
      const row = await this.staffUser(claims.iss, claims.sub, claims.email, claims.email_verified);
      return await this.auth.startSession(row, ip, { action: 'auth.login', detail: { method: 'oidc' } });
    } catch (err) {
      const reason = err instanceof OidcRefused ? err.reason : 'error';
      if (!(err instanceof OidcRefused)) this.logger.warn(`OpenID Connect callback failed: ${(err as Error).message}`);
      await this.audit.record({ action: 'auth.oidc_failed', ip, detail: { reason: reason.slice(0, 200) } });
      throw err instanceof OidcRefused ? err : new OidcRefused(reason);
    }
  }

  /** The staff account for the identity: known by (issuer, subject), or linked now by verified email. */
  private async staffUser(issuer: string, subject: string, email: unknown, emailVerified: unknown) {
    // The provider's words are input too: nothing the database would refuse is looked up or stored.
    if (!isStorableText(issuer) || !isStorableText(subject) || subject.length > 255)
      throw new OidcRefused('bad_subject');
    let row = await this.repo.userByIdentity(issuer, subject);
    if (!row) {
      const address = emailSchema().safeParse(email);
      if (!address.success || emailVerified !== true) throw new OidcRefused('no_verified_email');
      const byEmail = await this.repo.userByEmail(address.data);
      if (!byEmail) throw new OidcRefused('unknown_email');
      if (!(await this.repo.isStaff(byEmail.id))) throw new OidcRefused('not_staff');
      if (!(await this.repo.link(byEmail.id, issuer, subject))) throw new OidcRefused('linked_to_another_identity');
      await this.audit.record({ action: 'auth.oidc_linked', actorId: byEmail.id, detail: { issuer } });
      row = byEmail;
    }
    if (!(await this.repo.isStaff(row.id))) throw new OidcRefused('not_staff');
    return row;
  }

  /** Discovery, once (retried after a failure). 404 OIDC_NOT_CONFIGURED when off. */
  private configuration(): Promise<oidc.Configuration> {
    const settings = this.config.oidc;
    if (!settings) throw notConfigured();
    this.discovered ??= discover(settings).catch((err: unknown) => {
      this.discovered = null;
      throw err;
    });
    return this.discovered;
  }
}

function discover(settings: OidcConfig): Promise<oidc.Configuration> {
  const issuer = new URL(settings.issuer);
  // Plain http only for a provider on this machine (development, tests); https everywhere else.
  const insecureOk = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
  return oidc.discovery(
    issuer,
    settings.clientId,
    undefined,
    oidc.ClientSecretBasic(settings.clientSecret),
    insecureOk ? { execute: [oidc.allowInsecureRequests] } : undefined,
  );
}

export function notConfigured(): AppError {
  return new AppError(
    HttpStatus.NOT_FOUND,
    ErrorCode.OidcNotConfigured,
    'Sign-in with the district account is not set up here',
  );
}
