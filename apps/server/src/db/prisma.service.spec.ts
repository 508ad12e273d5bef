import { once } from 'node:events';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { loadConfig } from '../config';
import { PrismaService } from './prisma.service';

describe('the PostgreSQL connection', () => {
  it('fails a query after DATABASE_CONNECT_TIMEOUT_MS when the database host accepts and never answers', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const { port } = silent.address() as AddressInfo;
    const prisma = new PrismaService(
      loadConfig(
        { LOG_LEVEL: 'silent' },
        { databaseUrl: `postgresql://app@127.0.0.1:${port}/app`, databaseConnectTimeoutMs: 300 },
      ),
    );
    try {
      const started = Date.now();
      expect(await prisma.ping()).toBe(false);
      // Far above the 300 ms asked for; without a limit pg waits for as long as the socket stays open.
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(sockets.length).toBeGreaterThan(0);
    } finally {
      await prisma.close();
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });
});
