import { createServer, connect, type Server, type Socket } from 'node:net';

/** A TCP hop between the server and PostgreSQL that the test can cut and mend: the database "goes away". */
export class CuttableProxy {
  private readonly sockets = new Set<Socket>();
  private cut = false;
  private server: Server | null = null;
  port = 0;
  /** Connections turned away while cut: each is an attempt of the server to reach its database. */
  refused = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<void> {
    this.server = createServer((client) => {
      if (this.cut) {
        this.refused++;
        return client.destroy();
      }
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('error', () => undefined);
        s.on('close', () => {
          this.sockets.delete(s);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  goAway(): void {
    this.cut = true;
    for (const s of this.sockets) s.destroy();
  }

  comeBack(): void {
    this.cut = false;
  }

  async stop(): Promise<void> {
    this.goAway();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
