import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';
import { docs, setupWSConnection } from '@y/websocket-server/utils';

/** @y/websocket-server through its exported setup, no persistence (YPERSISTENCE unset). */
export function startYws(port: number, onReady: () => void): { docs: () => number } {
  const http = createServer((_req, res) => res.writeHead(200).end('ok'));
  const wss = new WebSocketServer({ noServer: true });
  http.on('upgrade', (req, socket, head) => {
    wss.handleUpgrade(req, socket, head, (ws) => {
      const docName = decodeURIComponent((req.url ?? '/').slice(1).split('?')[0] ?? '');
      setupWSConnection(ws, req, { docName, gc: true });
    });
  });
  http.listen(port, '127.0.0.1', onReady);
  return { docs: () => docs.size };
}
