import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { APP_CONFIG, type AppConfig } from '../config';
import { acquirePgliteLock, resolveDataDir } from './pglite-files';
import { PgliteThread } from './pglite-worker';

export type Db = PrismaClient;

/** What the store is, for logs and health. */
export type StoreKind = 'pglite' | 'postgresql';

/**
 * The one place the database is opened. PGlite on disk when DATABASE_URL is unset (one process per
 * data directory, guarded by a lock file; PGlite runs on a thread of its own, see pglite-thread.ts),
 * PostgreSQL through @prisma/adapter-pg otherwise.
 */
@Injectable()
export class PrismaService implements OnApplicationShutdown {
  private readonly logger = new Logger(PrismaService.name);
  readonly client: PrismaClient;
  readonly kind: StoreKind;
  private pglite: PgliteThread | undefined;
  private releaseLock: (() => void) | undefined;
  private closed = false;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.databaseUrl) {
      this.kind = 'postgresql';
      // pg waits for a connection without limit by default: a database host that drops packets held
      // every query (and the readiness probe) for minutes instead of failing it.
      const adapter = new PrismaPg({
        connectionString: config.databaseUrl,
        max: 10,
        connectionTimeoutMillis: config.databaseConnectTimeoutMs,
      });
      this.client = new PrismaClient({ adapter });
    } else {
      this.kind = 'pglite';
      const dir = resolveDataDir(config.dataDir);
      mkdirSync(dir, { recursive: true });
      this.releaseLock = acquirePgliteLock(dir);
      this.pglite = new PgliteThread(join(dir, 'pglite'), (err) =>
        this.logger.error(`The embedded database stopped; every query fails until a restart: ${err.message}`),
      );
      this.client = new PrismaClient({ adapter: this.pglite });
      this.logger.log(`Embedded database (PGlite) at ${dir}`);
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.client.$queryRawUnsafe('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  /**
   * A consistent copy of the embedded store's data directory (a gzipped tar), taken while no
   * transaction is open and no query runs (ops/backup); undefined on PostgreSQL (use pg_dump).
   */
  async dumpEmbedded(): Promise<Uint8Array | undefined> {
    return this.pglite?.dump();
  }

  /**
   * Last of all, after every module's destroy hook: those drain work that still queries (mail and
   * notifications in flight, documents being stored), and a query after `$disconnect` would open
   * a new connection pool instead of failing.
   */
  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  /** Closes cleanly: PGlite must be closed before exit or its data directory can be damaged. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.client.$disconnect();
    if (this.pglite) {
      await this.pglite.close();
      this.pglite = undefined;
    }
    this.releaseLock?.();
  }
}
