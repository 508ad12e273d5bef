import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  NODE_ENV: z.string().default('development'),
  DATABASE_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  /** Namespaces this deployment's keys in Redis (shared counters such as rate limits). */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/)
    .default('iep:'),
  DATA_DIR: z.string().optional(),
  /** Signs collab tokens. Generated per process when unset (fine for one embedded instance). */
  APP_SECRET: z.string().min(32).optional(),
  /** Seed the demo district on an empty database: on by default, off in production unless asked. */
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  COLLAB_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(300),
  COLLAB_MAX_MESSAGE_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 1024 * 1024),
  DOC_IDLE_MS: z.coerce.number().int().nonnegative().default(30_000),
  COMPACT_AFTER_UPDATES: z.coerce.number().int().positive().default(500),
  RELAY_RECONCILE_MS: z.coerce.number().int().positive().default(15_000),
  DOC_WRITE_DELAY_MS: z.coerce.number().int().nonnegative().max(2_000).default(500),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CLIENT_DIST: z.string().optional(),
  /** Mail (issue 4): an SMTP URL such as smtp://user:pass@host:587; unset keeps mail in the outbox table. */
  SMTP_URL: z.string().url().optional(),
  SMTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).optional(),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).optional(),
  MAIL_FROM: z.string().default('IEP workspace <no-reply@iep.invalid>'),
  /** The address people open the app at, for links in mail. */
  PUBLIC_URL: z.string().url().optional(),
  /** How long an invitation link works (issue 10). */
  INVITATION_TTL_DAYS: z.coerce.number().positive().max(90).default(7),
  /** Staff sign-in through the district's OpenID Connect provider (issue 10): all three, or none. */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** bcrypt's cost for new password hashes. Below 10 only outside production (the tests use 4). */
  PASSWORD_COST: z.coerce.number().int().min(4).max(15).default(10),
  /** On SIGTERM, how long the instance reports not-ready (so a proxy drains it) before it closes. */
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().nonnegative().max(120_000).optional(),
  /** Bearer token for GET /metrics (Prometheus). Unset: the endpoint is off (404). */
  METRICS_TOKEN: z.string().min(16).max(256).optional(),
  /** Browsers may keep the app, API answers and open documents for offline work (issue 18). */
  OFFLINE_STORAGE: z.enum(['true', 'false']).default('true'),
});

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface AppConfig {
  port: number;
  host: string;
  production: boolean;
  databaseUrl: string | undefined;
  /** PostgreSQL: how long opening a connection may take before the query waiting for it fails. */
  databaseConnectTimeoutMs: number;
  redisUrl: string | undefined;
  /** Prefix of this deployment's keys in Redis; instances sharing state share it. */
  redisKeyPrefix: string;
  dataDir: string | undefined;
  appSecret: string;
  seedDemo: boolean;
  cookieSecure: boolean;
  sessionTtlMs: number;
  collabTokenTtlSeconds: number;
  collabMaxMessageBytes: number;
  docIdleMs: number;
  compactAfterUpdates: number;
  /** With Redis: how long after changes relayed from another instance this one checks they are stored. */
  relayReconcileMs: number;
  /** Updates of one document arriving within this window are stored with one insert. */
  docWriteDelayMs: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  clientDist: string | undefined;
  smtpUrl: string | undefined;
  /** How long the mail server may take to accept a connection, greet, or answer a command before a send fails. */
  smtpTimeoutMs: number;
  mailFrom: string;
  publicUrl: string | undefined;
  invitationTtlMs: number;
  /** Unset: OpenID Connect sign-in is off. */
  oidc: OidcConfig | undefined;
  /** bcrypt's cost for new password hashes (existing hashes keep the cost they were made with). */
  passwordCost: number;
  /** Not-ready time before shutdown: 5 s by default in production, none otherwise. */
  shutdownDrainMs: number;
  /** Unset: /metrics answers 404. */
  metricsToken: string | undefined;
  /** Sent to the client with the signed-in user: false makes browsers store nothing and delete what they kept. */
  offlineStorage: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  // An empty variable means unset (`DATABASE_URL= npm start` runs on the embedded store).
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${fields}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && e.PASSWORD_COST < 10)
    throw new Error('PASSWORD_COST below 10 is for tests only, not NODE_ENV=production');
  if (production && !e.APP_SECRET) throw new Error('APP_SECRET (32+ characters) is required when NODE_ENV=production');
  const oidcSet = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET].filter((v) => v !== undefined).length;
  if (oidcSet !== 0 && oidcSet !== 3)
    throw new Error('Invalid configuration: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together');
  return {
    port: e.PORT,
    host: e.HOST,
    production,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    dataDir: e.DATA_DIR,
    appSecret: e.APP_SECRET ?? randomBytes(32).toString('hex'),
    seedDemo: e.SEED_DEMO ? e.SEED_DEMO === 'true' : !production,
    cookieSecure: e.COOKIE_SECURE ? e.COOKIE_SECURE === 'true' : production,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    collabTokenTtlSeconds: e.COLLAB_TOKEN_TTL_SECONDS,
    collabMaxMessageBytes: e.COLLAB_MAX_MESSAGE_BYTES,
    docIdleMs: e.DOC_IDLE_MS,
    compactAfterUpdates: e.COMPACT_AFTER_UPDATES,
    relayReconcileMs: e.RELAY_RECONCILE_MS,
    docWriteDelayMs: e.DOC_WRITE_DELAY_MS,
    logLevel: e.LOG_LEVEL,
    clientDist: e.CLIENT_DIST,
    smtpUrl: e.SMTP_URL,
    smtpTimeoutMs: e.SMTP_TIMEOUT_MS ?? 30_000,
    databaseConnectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS ?? 10_000,
    mailFrom: e.MAIL_FROM,
    publicUrl: e.PUBLIC_URL,
    invitationTtlMs: e.INVITATION_TTL_DAYS * 86_400_000,
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? { issuer: e.OIDC_ISSUER, clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET }
        : undefined,
    passwordCost: e.PASSWORD_COST,
    shutdownDrainMs: e.SHUTDOWN_DRAIN_MS ?? (production ? 5000 : 0),
    metricsToken: e.METRICS_TOKEN,
    offlineStorage: e.OFFLINE_STORAGE === 'true',
    ...overrides,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
