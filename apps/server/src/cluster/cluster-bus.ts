import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { createClient } from 'redis';
import { APP_CONFIG, type AppConfig } from '../config';

type Client = ReturnType<typeof createClient>;
export type RedisClient = Client;
type Handler = (message: Buffer) => void;

const CONNECT_WAIT_MS = 3000;
const CLOSE_WAIT_MS = 1000;

/** The Redis client library is loaded only by instances that use Redis (REDIS_URL). */
async function clientFor(url: string, offlineQueue: boolean): Promise<Client> {
  const { createClient } = await import('redis');
  return createClient({
    url,
    // Without a queue, a publish while Redis is away fails at once instead of piling up; the
    // document relay resynchronises by state vectors when Redis is back.
    disableOfflineQueue: !offlineQueue,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000) },
  });
}

/**
 * The link between server instances (REDIS_URL): sharded pub/sub channels for the document relay
 * and control messages, and a pair of clients for socket.io's Redis adapter. Without REDIS_URL it
 * is off and everything stays in-process. Redis going away never stops an instance: publishes are
 * dropped, subscriptions come back with the connection, and listeners hear when it is back.
 */
@Injectable()
export class ClusterBus implements OnModuleInit, OnApplicationShutdown {
  /** 8 random bytes naming this instance in relayed messages. */
  readonly instanceId = randomBytes(8);
  private readonly logger = new Logger(ClusterBus.name);
  private pub: Client | null = null;
  private sub: Client | null = null;
  private readonly extra: Client[] = [];
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly reconnectListeners: (() => void)[] = [];
  private wasDown = false;
  private lastError = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.config.redisUrl !== undefined;
  }

  get status(): 'off' | 'ok' | 'down' {
    if (!this.enabled) return 'off';
    return this.pub?.isReady && this.sub?.isReady ? 'ok' : 'down';
  }

  async onModuleInit(): Promise<void> {
    const url = this.config.redisUrl;
    if (!url) return;
    this.pub = this.watch(await clientFor(url, false), 'publisher');
    this.sub = this.watch(await clientFor(url, true), 'subscriber');
    for (const client of [this.pub, this.sub]) {
      client.on('ready', () => this.notifyIfBack());
      client.on('end', () => (this.wasDown = true));
      client.on('error', () => (this.wasDown = true));
    }
    const sub = this.sub;
    // Queued until connected: the subscriber keeps its offline queue for exactly this.
    const early = [...this.handlers].map(([channel, set]) => this.listen(sub, channel, set));
    await this.connectAll([this.pub, this.sub]);
    await Promise.race([Promise.all(early), new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS).unref())]);
  }

  /**
   * Last of all (after every module's destroy hook and the sockets' close): the relay, the rate
   * limiter and socket.io's adapter may still send while the app winds down.
   */
  async onApplicationShutdown(): Promise<void> {
    const clients = [this.pub, this.sub, ...this.extra].filter((c): c is Client => c !== null && c.isOpen);
    // close lets commands in flight finish; bounded, because while Redis is away it would wait
    // forever. What is still open after that is destroyed (its queued commands are rejected).
    const closed = Promise.allSettled(clients.map((c) => c.close()));
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS).unref())]);
    for (const c of clients) if (c.isOpen) c.destroy();
  }

  /** A publisher and a subscriber for socket.io's sharded Redis adapter. */
  async adapterClients(): Promise<{ pub: Client; sub: Client } | null> {
    const url = this.config.redisUrl;
    if (!url) return null;
    const pub = this.watch(await clientFor(url, false), 'socket.io publisher');
    const sub = this.watch(await clientFor(url, true), 'socket.io subscriber');
    this.extra.push(pub, sub);
    await this.connectAll([pub, sub]);
    return { pub, sub };
  }

  /**
   * A client for plain commands (shared counters such as rate limits); null without REDIS_URL.
   * Commands fail at once while Redis is away, so the caller can fall back instead of waiting.
   */
  async commandClient(name: string): Promise<Client | null> {
    const url = this.config.redisUrl;
    if (!url) return null;
    const client = this.watch(await clientFor(url, false), name);
    this.extra.push(client);
    await this.connectAll([client]);
    return client;
  }

  /**
   * Once both clients are back, listeners resynchronise; again a little later, because the other
   * instances' subscriptions come back on their own schedule and may miss the first request.
   */
  private notifyIfBack(): void {
    if (!this.wasDown || !this.pub?.isReady || !this.sub?.isReady) return;
    this.wasDown = false;
    this.logger.log('Redis is back: resynchronising');
    for (const delay of [0, 1000, 3000]) {
      setTimeout(() => {
        for (const listener of this.reconnectListeners) listener();
      }, delay).unref();
    }
  }

  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  /** Sends to every instance listening on the channel (this one hears its own too). */
  publish(channel: string, message: Buffer): void {
    if (!this.pub?.isReady) return;
    this.pub.sPublish(channel, message).catch((err: Error) => this.noteError('publish', err));
  }

  /** Listens on a channel; callable before start-up finishes (the subscription follows then). */
  async subscribe(channel: string, handler: Handler): Promise<void> {
    if (!this.enabled) return;
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      if (this.sub) await this.listen(this.sub, channel, set);
    }
    set.add(handler);
  }

  private async listen(sub: Client, channel: string, set: Set<Handler>): Promise<void> {
    await sub
      .sSubscribe(channel, (message: Buffer) => set.forEach((h) => h(message)), true)
      .catch((err: Error) => this.noteError('subscribe', err));
  }

  async unsubscribe(channel: string, handler: Handler): Promise<void> {
    const set = this.handlers.get(channel);
    if (!set) return;
    set.delete(handler);
    if (set.size > 0) return;
    this.handlers.delete(channel);
    if (this.sub?.isOpen)
      await this.sub.sUnsubscribe(channel).catch((err: Error) => this.noteError('unsubscribe', err));
  }

  private watch(client: Client, name: string): Client {
    client.on('error', (err: Error) => this.noteError(name, err));
    return client;
  }

  /** Connects without holding up start-up for long: the clients keep trying in the background. */
  private async connectAll(clients: Client[]): Promise<void> {
    const connected = Promise.all(clients.map((c) => c.connect())).then(() => true);
    const waited = new Promise<false>((resolve) => setTimeout(() => resolve(false), CONNECT_WAIT_MS).unref());
    const ok = await Promise.race([connected.catch(() => false), waited]);
    if (!ok) {
      this.wasDown = true;
      this.logger.warn('Redis is not reachable yet; serving this instance’s own clients until it is');
    }
  }

  /** Redis errors repeat every retry; one line a few seconds is enough. */
  private noteError(what: string, err: Error): void {
    const now = Date.now();
    if (now - this.lastError < 5000) return;
    this.lastError = now;
    this.logger.warn(`Redis ${what}: ${err.message}`);
  }
}

@Module({ providers: [ClusterBus], exports: [ClusterBus] })
export class ClusterModule {}
