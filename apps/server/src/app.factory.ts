import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ErrorCode } from '@iep/shared';
import { AppModule } from './app.module';
import { ClusterBus } from './cluster/cluster-bus';
import { RedisIoAdapter } from './cluster/redis-io.adapter';
import { MailService } from './modules/mail/mail.service';
import { NotificationsService } from './modules/notifications/notifications.service';
import { CollabServer } from './collab/collab.server';
import { DocRegistry } from './collab/doc-registry';
import { ErrorFilter } from './common/error.filter';
import { describeRoutes } from './common/openapi';
import { sameOriginGuard } from './common/same-origin.middleware';
import type { AppConfig } from './config';
import { assertMigrated } from './db/migration-check';
import { PrismaService } from './db/prisma.service';
import { seedDemo } from './db/seed';
import { withStartupLock } from './db/startup-lock';
import { Readiness } from './modules/health/readiness';
import { MeetingsGateway } from './modules/meetings/meetings.gateway';
import { bindMetrics } from './ops/metrics/bind-metrics';
import { httpMetrics } from './ops/metrics/http-metrics';
import { metricsEndpoint } from './ops/metrics/metrics.endpoint';
import { HttpConnections, REQUEST_GRACE_MS } from './ops/startup/http-connections';

export interface RunningApp {
  app: NestExpressApplication;
  url: string;
  port: number;
  /** Stops taking connections, stores what is in memory, closes the database. */
  close(): Promise<void>;
}

const defaultClientDist = resolve(__dirname, '../../client/dist');

function serveClient(app: NestExpressApplication, dir: string): void {
  app.use(
    express.static(dir, {
      index: false,
      maxAge: '1h',
      setHeaders: (res, path) => {
        // The service worker and the shell it caches are checked on every load, so a new release
        // (and a district's OFFLINE_STORAGE=false) reaches browsers at once; hashed assets keep 1h.
        if (path.endsWith('/sw.js') || path.endsWith('/index.html')) {
          res.setHeader('Cache-Control', 'no-cache');
          if (path.endsWith('/sw.js')) res.setHeader('Service-Worker-Allowed', '/');
        }
      },
    }),
  );
  const index = join(dir, 'index.html');
  // The client routes in the browser: any other GET outside the API gets the app shell.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || /^\/(api|collab|socket\.io)(\/|$)/.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

export async function createApp(config: AppConfig): Promise<RunningApp> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  const metrics = bindMetrics(app);
  app.use(httpMetrics(metrics));
  const bus = app.get(ClusterBus);
  if (bus.enabled) {
    // The bus connects in onModuleInit, which runs at init; the adapter's clients connect here.
    const io = new RedisIoAdapter(app);
    await io.connect(bus);
    app.useWebSocketAdapter(io);
  }
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'connect-src': ["'self'", 'ws:', 'wss:'],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          // Only upgrade requests when served over TLS; the embedded default is plain http on localhost.
          'upgrade-insecure-requests': config.cookieSecure ? [] : null,
        },
      },
      strictTransportSecurity: config.cookieSecure,
    }),
  );
  app.use(express.json({ limit: '1mb' }));
  app.use((err: { type?: string } | undefined, _req: Request, res: Response, next: NextFunction) => {
    if (err?.type === 'entity.parse.failed') {
      res.status(400).json({ error: { code: ErrorCode.InvalidJson, message: 'The request body is not valid JSON' } });
    } else if (err?.type === 'entity.too.large') {
      res.status(413).json({ error: { code: ErrorCode.PayloadTooLarge, message: 'The request body is too large' } });
    } else next(err);
  });
  app.use('/api', sameOriginGuard);
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new ErrorFilter());

  const openapi = new DocumentBuilder()
    .setTitle('IEP workspace API')
    .setDescription('The OT section of an IEP, co-edited live. Errors: {"error": {"code", "message", "details"}}.')
    .setVersion('0.1.0')
    .addCookieAuth('iep_session')
    .addBearerAuth()
    .build();
  // Built on the first request of the document, not at every start.
  const document = (): OpenAPIObject => {
    describeRoutes();
    return SwaggerModule.createDocument(app, openapi);
  };
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
  });

  app.use('/metrics', metricsEndpoint(metrics, config.metricsToken));
  const clientDist = config.clientDist ?? defaultClientDist;
  if (existsSync(join(clientDist, 'index.html'))) serveClient(app, clientDist);

  const prisma = app.get(PrismaService);
  const readiness = app.get(Readiness);
  // Under the start-up lock: an instance started while another migrates or seeds waits for it.
  await withStartupLock(
    config.databaseUrl,
    async () => {
      await assertMigrated(prisma.client);
      if (config.seedDemo && (await seedDemo(prisma.client, config.passwordCost)))
        app.get(Logger).log('Seeded the demo district');
    },
    (message) => app.get(Logger).warn(message),
  ).catch(async (err: unknown) => {
    await prisma.close();
    throw err;
  });
  readiness.markMigrated();

  await app.init();
  const server = app.getHttpServer() as Server;
  const connections = new HttpConnections(server);
  const collab = app.get(CollabServer);
  collab.attach(server);
  await app.listen(config.port, config.host);
  const port = (server.address() as AddressInfo).port;
  readiness.markEngineUp();

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      try {
        // Not ready first, so a proxy stops sending new clients; the sockets open now stay meanwhile.
        readiness.markDraining();
        if (config.shutdownDrainMs > 0) await new Promise((r) => setTimeout(r, config.shutdownDrainMs));
        await collab.closeAll();
        await app.get(MeetingsGateway).disconnectAll();
        await app.get(DocRegistry).closeAll();
        // Mail and live notices started after an action's commit finish before the database closes.
        await app.get(NotificationsService).drain();
        await app.get(MailService).drain();
        await connections.closeWithin(REQUEST_GRACE_MS, () => app.close());
      } finally {
        // Whatever failed above, the database is closed: a pool left open outlives the app.
        await prisma.close();
      }
    })();
    return closing;
  };
  return { app, port, url: `http://localhost:${port}`, close };
}
