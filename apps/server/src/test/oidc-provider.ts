import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from './server-process';

export interface TestAccount {
  sub: string;
  email: string;
  email_verified: boolean;
  name: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

/** Starts the local provider (oidc-provider in a child process, loopback only) for the app at appPort. */
export async function startOidcProvider(appPort: number, accounts: TestAccount[]): Promise<TestProvider> {
  const port = await freePort();
  const clientId = 'iep-test';
  const clientSecret = 'test-secret-0123456789abcdef';
  const settings = {
    port,
    clientId,
    clientSecret,
    redirectUri: `http://127.0.0.1:${appPort}/api/auth/oidc/callback`,
    accounts,
  };
  const proc = spawn(process.execPath, [resolve(__dirname, 'oidc-provider-server.mjs')], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', OIDC_TEST_SETTINGS: JSON.stringify(settings) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((done) => proc.on('exit', () => done()));
  const started = Date.now();
  while (!out.includes('ready')) {
    if (proc.exitCode !== null) throw new Error(`oidc provider exited: ${out}`);
    if (Date.now() - started > 15_000) throw new Error(`oidc provider did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 30));
  }
  return {
    issuer: `http://127.0.0.1:${port}`,
    clientId,
    clientSecret,
    stop: async () => {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      const killed = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killed);
    },
  };
}

/** A tiny cookie jar for one host, for driving redirects by hand. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(res: Response): void {
    for (const header of res.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}
