import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import * as Y from 'yjs';
import { CHILD_NODE_FLAGS } from '../test/server-process';
import { fragmentPlainText, fragmentToJson } from '@iep/shared';
import {
  collabToken,
  connectProvider,
  freshStore,
  login,
  sectionOf,
  synced,
  waitFor,
  type TestApp,
} from '../test/test-app';

const main = resolve(__dirname, '../../dist/main.js');

interface ServerProcess {
  child: ChildProcess;
  app: TestApp;
  exited: Promise<number | null>;
}

/** The built server as its own process, the way `npm start` runs it. */
async function startProcess(dataDir: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...CHILD_NODE_FLAGS, main], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      PASSWORD_COST: '4',
      APP_SECRET: 'durability-test-secret-0123456789abcdef',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  let output = '';
  const port = await new Promise<number>((resolvePort, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const m = /running at http:\/\/[^:]+:(\d+)/.exec(output);
      if (m?.[1]) resolvePort(Number(m[1]));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  // Only the URL helpers of TestApp are used against a separate process.
  const app = { baseUrl, wsBase: `ws://127.0.0.1:${port}/collab` } as TestApp;
  return { child, app, exited };
}

const textOf = (doc: Y.Doc): string => fragmentPlainText(fragmentToJson(doc.getXmlFragment('presentLevels')));

function typeChars(doc: Y.Doc, text: string): void {
  const fragment = doc.getXmlFragment('presentLevels');
  let paragraph = fragment.get(0) as Y.XmlElement | undefined;
  if (!paragraph) {
    paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText()]);
    fragment.insert(0, [paragraph]);
  }
  const t = paragraph.get(0) as Y.XmlText;
  for (const ch of text) t.insert(t.length, ch);
}

async function reopen(dataDir: string): Promise<{ server: ServerProcess; text: string }> {
  const server = await startProcess(dataDir);
  const ot = await login(server.app, 'ot@demo.school');
  const sectionId = await sectionOf(server.app, ot, 'Mateo');
  const doc = new Y.Doc();
  const provider = connectProvider(server.app, sectionId, await collabToken(server.app, ot, sectionId), doc);
  await synced(provider);
  const text = textOf(doc);
  provider.destroy();
  return { server, text };
}

describe('durability of the embedded store (real server process)', () => {
  // Each test starts the built server twice as its own process: slow on a busy two-core machine.
  jest.setTimeout(120_000);
  let dataDir: string;
  let servers: ServerProcess[] = [];

  beforeEach(async () => {
    const store = await freshStore('pglite');
    dataDir = store.dataDir ?? '';
    servers = [];
  });
  /** Starts the server process and has the OT type into Mateo's present levels, one key at a time. */
  async function startAndType(text: string) {
    const first = await startProcess(dataDir);
    servers.push(first);
    const ot = await login(first.app, 'ot@demo.school');
    const sectionId = await sectionOf(first.app, ot, 'Mateo');
    const doc = new Y.Doc();
    const provider = connectProvider(first.app, sectionId, await collabToken(first.app, ot, sectionId), doc);
    await synced(provider);
    typeChars(doc, text);
    return { first, provider, ot, sectionId, doc };
  }

  /** Resolves once the server reports (in socket.io's join answer) that it has stored all the doc sent. */
  async function storedByServer(server: ServerProcess, token: string, sectionId: string, doc: Y.Doc): Promise<void> {
    const { io } = await import('socket.io-client');
    const socket = io(server.app.baseUrl, { auth: { token }, transports: ['websocket'], reconnection: false });
    const own = Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID) ?? 0;
    const started = Date.now();
    try {
      for (;;) {
        const ack = (await socket.timeout(3000).emitWithAck('section:join', { sectionId })) as {
          clocks?: Record<string, number>;
        };
        if ((ack.clocks?.[String(doc.clientID)] ?? 0) >= own) return;
        if (Date.now() - started > 10_000) throw new Error(`the server did not report clock ${own} stored`);
        await new Promise((r) => setTimeout(r, 25));
      }
    } finally {
      socket.close();
    }
  }

  afterEach(async () => {
    for (const s of servers) if (s.child.exitCode === null) s.child.kill('SIGKILL');
  });

  it('loses no stored update to kill -9, and restarts on the same data directory', async () => {
    const { first, provider, ot, sectionId, doc } = await startAndType('Stored before the crash.');
    // The server stores within its write window (DOC_WRITE_DELAY_MS, 500 ms): once it says so, pull the plug.
    await storedByServer(first, ot.token, sectionId, doc);
    provider.destroy();
    first.child.kill('SIGKILL');
    await first.exited;

    const { server, text } = await reopen(dataDir);
    servers.push(server);
    expect(text).toBe('Stored before the crash.');
  });

  it('stores what is in memory on SIGTERM and closes the database cleanly', async () => {
    const { first, provider } = await startAndType('Typed right before shutdown.');
    await waitFor(() => provider.wsconnected && provider.ws?.bufferedAmount === 0, 2000, 'frames sent');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    provider.destroy();

    const { server, text } = await reopen(dataDir);
    servers.push(server);
    expect(text).toBe('Typed right before shutdown.');
  });

  it('refuses to open a data directory that another live process holds', async () => {
    const first = await startProcess(dataDir);
    servers.push(first);
    await expect(startProcess(dataDir)).rejects.toThrow(/in use by another process/);
  });
});
