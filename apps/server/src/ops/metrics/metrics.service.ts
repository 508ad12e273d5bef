import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Reads a figure when Prometheus scrapes. */
export type Reading = () => number;

/**
 * This instance's Prometheus metrics (one registry per app, so tests can run several in one
 * process). Figures that live elsewhere (sockets, documents in memory, the write queue) are read at
 * scrape time through `read…` callbacks bound once the app is up (bind-metrics.ts).
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly readings = new Map<string, Reading>();

  readonly storeWriteSeconds = new Histogram({
    name: 'iep_store_write_seconds',
    help: 'Time of one statement storing document updates (of every document waiting for it)',
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly storeWriteFailures = new Counter({
    name: 'iep_store_write_failures_total',
    help: "A document's batches of updates whose write failed (they are retried, never dropped)",
    registers: [this.registry],
  });

  readonly httpSeconds = new Histogram({
    name: 'iep_http_request_duration_seconds',
    help: 'HTTP request latency by route pattern',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly httpErrors = new Counter({
    name: 'iep_http_errors_total',
    help: 'HTTP answers with a 4xx or 5xx status, by route pattern',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly loginsRefused = new Counter({
    name: 'iep_logins_refused_total',
    help: 'Password sign-ins refused: wrong credentials (401) or too many attempts (429)',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 20 });
    this.gauge('iep_collab_sockets', 'Open document (Yjs) sockets on this instance');
    this.gauge('iep_socketio_connections', 'Open socket.io connections on this instance');
    this.gauge('iep_documents_in_memory', 'Section documents loaded in memory');
    this.gauge('iep_write_queue_length', 'Document updates waiting to be stored');
    this.gauge('iep_write_queue_oldest_seconds', 'Age of the oldest document update waiting to be stored');
    this.gauge(
      'iep_redis_relay_lag_seconds',
      'Round trip of a probe through the Redis relay (0 without REDIS_URL); grows while Redis does not answer',
    );
  }

  /** Binds the figure a gauge reports at scrape time. */
  read(name: string, reading: Reading): void {
    this.readings.set(name, reading);
  }

  private gauge(name: string, help: string): void {
    const readings = this.readings;
    new Gauge({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.set(readings.get(name)?.() ?? 0);
      },
    });
  }
}
