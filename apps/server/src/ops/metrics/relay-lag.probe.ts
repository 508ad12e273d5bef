import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ClusterBus } from '../../cluster/cluster-bus';
import { Metrics } from './metrics.service';

const PROBE_EVERY_MS = 5000;

/**
 * Measures the Redis relay's lag: every few seconds the instance publishes a probe on a channel of
 * its own and times how long Redis takes to hand it back (the same sharded pub/sub path documents
 * are relayed on). A probe still unanswered counts for its age, so the figure rises during an outage.
 */
@Injectable()
export class RelayLagProbe implements OnModuleInit, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;
  private lastLagMs = 0;
  private readonly pending = new Map<number, number>();
  private seq = 0;
  private readonly channel: string;

  constructor(
    private readonly bus: ClusterBus,
    metrics: Metrics,
  ) {
    this.channel = `iep:ops:lag:{${bus.instanceId.toString('hex')}}`;
    metrics.read('iep_redis_relay_lag_seconds', () => this.lagMs() / 1000);
  }

  async onModuleInit(): Promise<void> {
    if (!this.bus.enabled) return;
    await this.bus.subscribe(this.channel, this.onProbe);
    this.timer = setInterval(() => this.send(), PROBE_EVERY_MS);
    this.timer.unref();
    this.send();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.bus.unsubscribe(this.channel, this.onProbe);
  }

  /** The last round trip, or the age of the oldest probe still unanswered if that is longer. */
  lagMs(now = performance.now()): number {
    let lag = this.lastLagMs;
    for (const sentAt of this.pending.values()) lag = Math.max(lag, now - sentAt);
    return lag;
  }

  private send(): void {
    // While Redis is away probes pile up; the oldest alone tells the age, so keep it and a few more.
    if (this.pending.size > 100) for (const id of [...this.pending.keys()].slice(1, 51)) this.pending.delete(id);
    const id = ++this.seq;
    this.pending.set(id, performance.now());
    const message = Buffer.alloc(4);
    message.writeUInt32BE(id);
    this.bus.publish(this.channel, message);
  }

  private readonly onProbe = (message: Buffer): void => {
    if (message.length !== 4) return;
    const id = message.readUInt32BE(0);
    const sentAt = this.pending.get(id);
    if (sentAt === undefined) return;
    this.lastLagMs = performance.now() - sentAt;
    // Probes sent before this one and still unanswered were lost (Redis was away): forget them.
    for (const older of this.pending.keys()) if (older <= id) this.pending.delete(older);
  };
}
