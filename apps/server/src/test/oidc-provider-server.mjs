// A local OpenID Connect provider for the tests (oidc-provider, ESM-only, so it runs in its own
// node process). Settings come as JSON in OIDC_TEST_SETTINGS; it prints "ready" when it listens on
// 127.0.0.1. Its login "form": POST /interaction/<uid>/login with `account=<subject>`.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const settings = JSON.parse(process.env.OIDC_TEST_SETTINGS ?? '{}');
const issuer = `http://127.0.0.1:${settings.port}`;
const accounts = new Map(settings.accounts.map((a) => [a.sub, a]));

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: settings.clientId,
      client_secret: settings.clientSecret,
      redirect_uris: [settings.redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  cookies: { keys: ['test-only-cookie-key-0123456789'] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  // The client reads the person from the ID token, so the claims go in it.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(_ctx, sub) {
    const account = accounts.get(sub);
    if (!account) return undefined;
    return {
      accountId: sub,
      claims: () => ({ sub, email: account.email, email_verified: account.email_verified, name: account.name }),
    };
  },
  // A first-party client: no consent screen, the grant is made on the first sign-in.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});

const callback = provider.callback();

function readBody(req) {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(new URLSearchParams(body)));
  });
}

const server = createServer((req, res) => {
  const login = /^\/interaction\/([\w-]+)\/login$/.exec(req.url ?? '');
  if (req.method === 'POST' && login) {
    void (async () => {
      try {
        const form = await readBody(req);
        const accountId = form.get('account') ?? '';
        await provider.interactionDetails(req, res);
        await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
      } catch (err) {
        res.statusCode = 400;
        res.end(String(err));
      }
    })();
    return;
  }
  const page = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '');
  if (req.method === 'GET' && page) {
    res.setHeader('content-type', 'text/html');
    res.end(
      `<form method="post" action="/interaction/${page[1]}/login"><input name="account"><button>Sign in</button></form>`,
    );
    return;
  }
  callback(req, res);
});

server.listen(settings.port, '127.0.0.1', () => process.stdout.write('ready\n'));
// Nothing to keep: exit at once. (server.close() would wait on the browser's kept-open connections.)
process.on('SIGTERM', () => process.exit(0));
