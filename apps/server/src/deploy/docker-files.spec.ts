import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/** No Docker engine runs here, so the files are checked for what can be checked without one. */
const DOCKER = resolve(__dirname, '../../../../docker');

interface Service {
  image?: string;
  build?: { dockerfile: string };
  environment?: Record<string, string>;
  depends_on?: Record<string, unknown> | string[];
  ports?: string[];
  restart?: string;
  healthcheck?: { test: string[] };
}

describe('docker/compose.yml', () => {
  const compose = parse(readFileSync(`${DOCKER}/compose.yml`, 'utf8')) as { services: Record<string, Service> };

  it('runs PostgreSQL, Redis, two identical server instances and the client', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['client', 'postgres', 'redis', 'server-a', 'server-b']);
    const [a, b] = [compose.services['server-a'], compose.services['server-b']];
    expect(a).toEqual(b);
    expect(a?.environment).toMatchObject({
      DATABASE_URL: expect.stringContaining('@postgres:5432/'),
      REDIS_URL: 'redis://redis:6379',
    });
    expect(a?.build?.dockerfile).toBe('docker/server.Dockerfile');
    expect(compose.services.client?.depends_on).toEqual({
      'server-a': { condition: 'service_healthy' },
      'server-b': { condition: 'service_healthy' },
    });
  });

  it('restarts every service, and calls a server healthy only when it reports ready', () => {
    for (const [name, service] of Object.entries(compose.services))
      expect([name, service.restart]).toEqual([name, 'unless-stopped']);
    expect(compose.services['server-a']?.healthcheck?.test.join(' ')).toContain('/api/health/ready');
  });

  it('puts both instances behind the proxy with WebSocket upgrades for both sockets', () => {
    const nginx = readFileSync(`${DOCKER}/nginx.conf`, 'utf8');
    expect(nginx).toMatch(/upstream iep_server \{\s*server server-a:3000;\s*server server-b:3000;\s*\}/);
    const directives = nginx.replace(/#.*$/gm, '');
    expect(directives).not.toMatch(/ip_hash|hash \$|sticky/);
    expect(nginx).toMatch(/location ~ \^\/\(socket\\\.io\|collab\)\/[\s\S]*Upgrade \$http_upgrade/);
  });
});

describe('docker/server.Dockerfile', () => {
  const file = readFileSync(`${DOCKER}/server.Dockerfile`, 'utf8');
  const final = file.slice(file.lastIndexOf('\nFROM '));

  it('ships production dependencies only, as a non-root user, with a readiness healthcheck', () => {
    expect(file.match(/^FROM /gm)?.length).toBe(2);
    expect(file).toMatch(/deploy --prod/);
    expect(final).not.toMatch(/COPY --from=build \/app /);
    expect(final).toMatch(/^USER node$/m);
    expect(final).toMatch(/^HEALTHCHECK [\s\S]*\/api\/health\/ready/m);
    expect(final).toMatch(/migrate\.mjs apply && exec node apps\/server\/dist\/main\.js/);
  });
});
