import { Injectable } from '@nestjs/common';

/**
 * Whether this instance should receive traffic: the schema checked (migrations applied), the document
 * engine listening, and not shutting down. A proxy or orchestrator reads it at /api/health/ready.
 */
@Injectable()
export class Readiness {
  private migrated = false;
  private engineUp = false;
  private drainingSince: number | null = null;

  markMigrated(): void {
    this.migrated = true;
  }

  markEngineUp(): void {
    this.engineUp = true;
  }

  /** From now on the instance reports not-ready, so a proxy stops sending it new clients. */
  markDraining(): void {
    this.drainingSince ??= Date.now();
  }

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  /** Why the instance is not ready, or null when it is (the database is checked by the caller). */
  get notReadyReason(): 'starting' | 'draining' | null {
    if (this.draining) return 'draining';
    return this.migrated && this.engineUp ? null : 'starting';
  }
}
