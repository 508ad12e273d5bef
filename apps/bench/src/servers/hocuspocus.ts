import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';

/** Hocuspocus with its database extension, storing into a map (no database server to install). */
export async function startHocuspocus(port: number): Promise<{ docs: () => number; storeBytes: () => number }> {
  const stored = new Map<string, Uint8Array>();
  let bytes = 0;
  const server = new Server({
    port,
    address: '127.0.0.1',
    quiet: true,
    stopOnSignals: true,
    extensions: [
      new Database({
        fetch: async ({ documentName }) => stored.get(documentName) ?? null,
        store: async ({ documentName, state }) => {
          bytes += state.byteLength;
          stored.set(documentName, new Uint8Array(state));
        },
      }),
    ],
  });
  await server.listen();
  return { docs: () => server.hocuspocus.getDocumentsCount(), storeBytes: () => bytes };
}
