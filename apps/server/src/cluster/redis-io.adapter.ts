import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { createShardedAdapter } from '@socket.io/redis-adapter';
import type { Server, ServerOptions } from 'socket.io';
import type { ClusterBus, RedisClient } from './cluster-bus';

const logger = new Logger('RedisIoAdapter');

/**
 * The subscriber as the sharded adapter uses it. The adapter never awaits its SSUBSCRIBE and
 * SUNSUBSCRIBE promises, so one rejected while Redis is away or while the client shuts down (a room
 * emptied as the sockets close) would be an unhandled rejection that ends the process.
 */
function guardedSubscriber(sub: RedisClient): Pick<RedisClient, 'sSubscribe' | 'sUnsubscribe'> {
  const note = (what: string) => (err: unknown) =>
    logger.warn(`Redis ${what} for socket.io: ${err instanceof Error ? err.message : String(err)}`);
  return {
    sSubscribe: ((...args: Parameters<RedisClient['sSubscribe']>) =>
      sub.sSubscribe(...args).catch(note('subscribe'))) as RedisClient['sSubscribe'],
    sUnsubscribe: ((...args: Parameters<RedisClient['sUnsubscribe']>) =>
      sub.sUnsubscribe(...args).catch(note('unsubscribe'))) as RedisClient['sUnsubscribe'],
  };
}

/**
 * socket.io through Redis's sharded pub/sub (Redis 7+): a room emit on one instance reaches the
 * room's sockets on every instance. No sticky sessions: clients use the websocket transport.
 */
export class RedisIoAdapter extends IoAdapter {
  private adapter: ReturnType<typeof createShardedAdapter> | null = null;

  constructor(app: INestApplicationContext) {
    super(app);
  }

  async connect(bus: ClusterBus): Promise<void> {
    const clients = await bus.adapterClients();
    if (!clients) return;
    const { createShardedAdapter } = await import('@socket.io/redis-adapter');
    this.adapter = createShardedAdapter(clients.pub, guardedSubscriber(clients.sub));
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    if (this.adapter) server.adapter(this.adapter);
    return server;
  }
}
