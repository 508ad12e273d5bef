import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config';
import { resolveDataDir } from '../../db/pglite-files';
import { PrismaService } from '../../db/prisma.service';
import { writeWhole } from './pglite-backup';

/** The request `npm run backup` leaves in DATA_DIR before it signals the server. */
export const requestFileOf = (dataDir: string): string => join(dataDir, 'backup.request.json');
export const resultFileOf = (dataDir: string, id: string): string => join(dataDir, `backup.${id}.result.json`);
/** Holds the pid of the server that takes backup requests: nothing else is ever signalled. */
export const acceptsFileOf = (dataDir: string): string => join(dataDir, 'backup.accepts');

export interface BackupRequest {
  id: string;
  target: string;
}

export interface BackupResult {
  ok: boolean;
  bytes?: number;
  error?: string;
}

/**
 * Backups of the embedded store while the server runs. PGlite allows one process per data
 * directory, so only this process can read it: `npm run backup` writes a request file into DATA_DIR
 * and sends SIGUSR2; this process dumps the database from inside (dumpOpen: between transactions,
 * after a checkpoint) and writes the result file. Only someone who may write into DATA_DIR and
 * signal this process (the same OS user, or root) can ask; nothing is exposed over the network.
 */
@Injectable()
export class BackupTrigger implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(BackupTrigger.name);
  private readonly dataDir: string;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.dataDir = resolveDataDir(config.dataDir);
  }

  onModuleInit(): void {
    if (this.prisma.kind !== 'pglite') return;
    process.on('SIGUSR2', this.onSignal);
    writeFileSync(acceptsFileOf(this.dataDir), String(process.pid));
  }

  onModuleDestroy(): Promise<void> {
    if (this.prisma.kind !== 'pglite') return this.running;
    process.off('SIGUSR2', this.onSignal);
    const accepts = acceptsFileOf(this.dataDir);
    if (existsSync(accepts) && readFileSync(accepts, 'utf8') === String(process.pid)) rmSync(accepts);
    return this.running;
  }

  private readonly onSignal = (): void => {
    this.running = this.running.then(() => this.serve());
  };

  private async serve(): Promise<void> {
    const requestFile = requestFileOf(this.dataDir);
    if (!existsSync(requestFile)) return;
    let request: BackupRequest;
    try {
      const parsed = JSON.parse(readFileSync(requestFile, 'utf8')) as Partial<BackupRequest>;
      rmSync(requestFile, { force: true });
      if (typeof parsed.id !== 'string' || !/^[a-z0-9-]{1,64}$/.test(parsed.id)) return;
      if (typeof parsed.target !== 'string' || !isAbsolute(parsed.target)) return;
      request = { id: parsed.id, target: parsed.target };
    } catch {
      return;
    }
    let result: BackupResult;
    try {
      const bytes = await this.prisma.dumpEmbedded();
      if (!bytes) throw new Error('this server does not run on the embedded store');
      writeWhole(request.target, bytes);
      result = { ok: true, bytes: bytes.byteLength };
      this.logger.log(`Backed up the embedded database to ${request.target} (${bytes.byteLength} bytes)`);
    } catch (err) {
      result = { ok: false, error: (err as Error).message };
      this.logger.error(`Backup to ${request.target} failed: ${(err as Error).message}`);
    }
    writeFileSync(resultFileOf(this.dataDir, request.id), JSON.stringify(result));
  }
}
