import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { APP_CONFIG, type AppConfig } from '../config';
import { acquirePgliteLock, resolveDataDir } from './pglite-files';
import { PgliteWorker } from './pglite-worker-adapter';

export type Db = PrismaClient;

/** What the store is, for logs and health. */
export type StoreKind = 'pglite' | 'postgresql';

/**
 * The one place the database is opened. PGlite on disk when DATABASE_URL is unset (one process per
 * data directory, guarded by a lock file; PGlite runs in a worker thread, see pglite-worker-adapter), PostgreSQL through @prisma/adapter-pg otherwise.
 */
@Injectable()
export class PrismaService implements OnModuleDestroy {
  private readonly logger = new Logger(PrismaService.name);
  readonly client: PrismaClient;
  readonly kind: StoreKind;
  private pglite: PgliteWorker | undefined;
  private releaseLock: (() => void) | undefined;
  private closed = false;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.databaseUrl) {
      this.kind = 'postgresql';
      this.client = new PrismaClient({ adapter: new PrismaPg({ connectionString: config.databaseUrl, max: 10 }) });
    } else {
      this.kind = 'pglite';
      const dir = resolveDataDir(config.dataDir);
      mkdirSync(dir, { recursive: true });
      this.releaseLock = acquirePgliteLock(dir);
      // On a thread of its own: PGlite runs each statement synchronously on its caller's thread.
      this.pglite = new PgliteWorker(join(dir, 'pglite'));
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

  async onModuleDestroy(): Promise<void> {
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
