import { once } from 'node:events';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { HttpConnections } from './http-connections';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function serve(handler: Handler): Promise<{ server: Server; connections: HttpConnections; port: number }> {
  const server = createServer(handler);
  const connections = new HttpConnections(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, connections, port: (server.address() as AddressInfo).port };
}

/** What Nest's close does with the HTTP server: `server.close()`, settled when every connection is gone. */
const closeServer = (server: Server) => (): Promise<void> =>
  new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));

/** A socket the server has accepted and counted, on which nothing is sent (a browser's preconnect). */
async function preconnect(port: number, connections: HttpConnections): Promise<Socket> {
  const before = connections.size;
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  await once(socket, 'connect');
  while (connections.size === before) await new Promise((r) => setImmediate(r));
  return socket;
}

function get(port: number, agent: boolean): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ port, host: '127.0.0.1', path: '/', headers: agent ? { connection: 'keep-alive' } : {} });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the HTTP connections at shutdown', () => {
  it('ends at once a connection that never sent a request, which server.close() alone waits for forever', async () => {
    const { server, connections, port } = await serve((_req, res) => res.end('ok'));
    const silent = await preconnect(port, connections);
    const silentClosed = once(silent, 'close');
    await connections.closeWithin(60_000, closeServer(server));
    await silentClosed;
    expect(connections.size).toBe(0);
  });

  it('lets a request in flight be answered, then ends its connection', async () => {
    let answer: () => void = () => undefined;
    const { server, connections, port } = await serve((_req, res) => {
      answer = () => res.end('answered');
    });
    const requestSeen = once(server, 'request');
    const response = get(port, true);
    await requestSeen;
    const closing = connections.closeWithin(60_000, closeServer(server));
    answer();
    expect(await response).toEqual({ status: 200, body: 'answered' });
    await closing;
    expect(connections.size).toBe(0);
  });

  it('cuts a request that outlives the grace period, and any connection made after the cut', async () => {
    const { server, connections, port } = await serve(() => undefined);
    const requestSeen = once(server, 'request');
    const stuck = get(port, false).then(
      () => 'answered',
      (err: NodeJS.ErrnoException) => err.code,
    );
    await requestSeen;
    let late: Promise<unknown> = Promise.resolve();
    await connections.closeWithin(50, async () => {
      // Shutdown hooks still running past the grace, the server still listening.
      expect(await stuck).toBe('ECONNRESET');
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => undefined);
      late = once(socket, 'close');
      await late;
      await closeServer(server)();
    });
    await late;
    expect(connections.size).toBe(0);
  });
});
