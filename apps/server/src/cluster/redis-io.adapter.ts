import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createShardedAdapter } from '@socket.io/redis-adapter';
import type { Server, ServerOptions } from 'socket.io';
import type { ClusterBus } from './cluster-bus';

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
    if (clients) this.adapter = createShardedAdapter(clients.pub, clients.sub);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    if (this.adapter) server.adapter(this.adapter);
    return server;
  }
}
