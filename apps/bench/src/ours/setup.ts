import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BENCH_PASSWORD, benchEmail } from './seed';

export const SERVER_ROOT = resolve(__dirname, '../../../server');
export const SERVER_MAIN = join(SERVER_ROOT, 'dist/main.js');
/** Fixed for the run, so tokens signed in one round's process verify (nothing else depends on it). */
export const BENCH_APP_SECRET = 'bench-only-secret-0123456789abcdef0123456789abcdef';

export interface OursTemplate {
  dir: string;
  sectionIds: string[];
  users: number;
}

const run = promisify(execFile);

/** Migrates and seeds a PGlite directory once; every round starts from a copy of it. */
export async function prepareTemplate(workDir: string, users: number, sections: number): Promise<OursTemplate> {
  if (!existsSync(SERVER_MAIN))
    throw new Error(`${SERVER_MAIN} is missing: build the server first (turbo run build --filter=@iep/server...)`);
  const dir = join(workDir, 'ours-template');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The embedded store: a DATABASE_URL in the caller's environment (CI sets one) must not leak in.
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dir, LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  await run(
    process.execPath,
    ['--experimental-wasm-modules', '--no-warnings', join(SERVER_ROOT, 'scripts/migrate.mjs'), 'apply'],
    { cwd: SERVER_ROOT, env },
  );
  const { stdout: out } = await run(
    process.execPath,
    [join(__dirname, 'seed.js'), join(SERVER_ROOT, 'dist'), String(users), String(sections)],
    { env },
  );
  const line = out.split('\n').find((l) => l.startsWith('{"sectionIds"'));
  if (!line) throw new Error(`bench seed printed no section ids: ${out}`);
  return { dir, sectionIds: (JSON.parse(line) as { sectionIds: string[] }).sectionIds, users };
}

export function copyTemplate(template: OursTemplate, dest: string): void {
  rmSync(dest, { recursive: true, force: true });
  cpSync(template.dir, dest, { recursive: true });
}

async function postJson(url: string, body: unknown, bearer?: string): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`POST ${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** Signs bench users in over the public API and asks for document-socket tokens, caching both. */
export class OursAuth {
  private readonly sessions = new Map<number, Promise<string>>();
  private readonly tokens = new Map<string, Promise<string>>();

  constructor(private readonly baseUrl: string) {}

  private session(user: number): Promise<string> {
    const existing = this.sessions.get(user);
    if (existing) return existing;
    const made = postJson(`${this.baseUrl}/api/auth/login`, { email: benchEmail(user), password: BENCH_PASSWORD }).then(
      (r) => (r as { token: string }).token,
    );
    this.sessions.set(user, made);
    return made;
  }

  token(user: number, sectionId: string): Promise<string> {
    const key = `${user}:${sectionId}`;
    const existing = this.tokens.get(key);
    if (existing) return existing;
    const made = this.session(user).then((session) =>
      postJson(`${this.baseUrl}/api/sections/${sectionId}/collab-token`, {}, session).then(
        (r) => (r as { token: string }).token,
      ),
    );
    this.tokens.set(key, made);
    return made;
  }
}
