import { TEST_STORE } from '../factories';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { addGoal } from '@iep/shared';
import { issueCollabToken } from '../../collab/collab-token';
import {
  api,
  closeCodeOf,
  collabToken,
  connectProvider,
  freshStore,
  login,
  sectionOf,
  startApp,
  synced,
  waitFor,
  type Session,
  type TestApp,
} from '../test-app';

/** A y-websocket sync-update frame carrying `update`. */
function updateFrame(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** A seeded generator so that a failing fuzz run can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return s / 4294967296;
  };
}

/** Opens a socket, sends the frames, and resolves when it closes or goes quiet. */
function sendFrames(url: string, frames: Uint8Array[], origin?: string, openMs = 400): Promise<number | 'open'> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, origin ? { headers: { origin } } : undefined);
    const timer = setTimeout(() => {
      ws.terminate();
      resolve('open');
    }, openMs);
    ws.on('open', () => frames.forEach((f) => ws.send(f)));
    ws.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    ws.on('error', () => undefined);
  });
}

/**
 * Speaks WebSocket by hand: announces a binary frame of `size` bytes and keeps sending its payload
 * in slices, as a slow client would, while reading what the server answers. Resolves with the close
 * code the server sent and how the connection ended: 'end' (FIN, after the close frame) or 'reset'.
 */
function oversizedFrameOverRawTcp(
  app: TestApp,
  path: string,
  size: number,
): Promise<{ closeCode: number | null; ending: 'end' | 'reset' | 'timeout' }> {
  return new Promise((resolve) => {
    const port = Number(new URL(app.baseUrl).port);
    const socket = connect(port, '127.0.0.1');
    let buffered = Buffer.alloc(0);
    let upgraded = false;
    let closeCode: number | null = null;
    let pump: NodeJS.Timeout | null = null;
    const finish = (ending: 'end' | 'reset' | 'timeout'): void => {
      if (pump) clearInterval(pump);
      clearTimeout(timer);
      socket.destroy();
      resolve({ closeCode, ending });
    };
    const timer = setTimeout(() => finish('timeout'), 5000);
    socket.on('connect', () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
    });
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      if (!upgraded) {
        const headerEnd = buffered.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        upgraded = true;
        buffered = buffered.subarray(headerEnd + 4);
        const header = Buffer.alloc(14);
        header[0] = 0x82; // FIN + binary
        header[1] = 0x80 | 127; // masked, 64-bit length
        header.writeBigUInt64BE(BigInt(size), 2);
        randomBytes(4).copy(header, 10);
        socket.write(header);
        socket.write(randomBytes(16 * 1024));
        pump = setInterval(() => socket.writable && socket.write(randomBytes(16 * 1024)), 10);
      }
      // Server frames are unmasked; a close frame is opcode 8 with the code in its first two bytes.
      for (let at = 0; at + 2 <= buffered.length;) {
        const opcode = (buffered[at] ?? 0) & 0x0f;
        const length = (buffered[at + 1] ?? 0) & 0x7f;
        if (length > 125 || at + 2 + length > buffered.length) break;
        if (opcode === 8 && length >= 2) closeCode = buffered.readUInt16BE(at + 2);
        at += 2 + length;
      }
    });
    socket.on('end', () => finish('end'));
    socket.on('error', () => finish('reset'));
  });
}

describe('the sockets against forged credentials, wrong origins, garbage and oversized frames', () => {
  jest.setTimeout(120_000);
  let app: TestApp;
  let ot: Session;
  let parent: Session;
  let sectionId: string;

  beforeAll(async () => {
    app = await startApp(await freshStore(TEST_STORE));
    ot = await login(app, 'ot@demo.school');
    parent = await login(app, 'parent@demo.school');
    sectionId = await sectionOf(app, ot, 'Mateo');
  });
  afterAll(() => app.stop());

  const docUrl = (token: string) => `${app.wsBase}/${sectionId}?token=${encodeURIComponent(token)}`;

  it('closes the document socket with 4401 for forged, unsigned, expired and wrong-key tokens', async () => {
    const good = await collabToken(app, ot, sectionId);
    const [body] = good.split('.');
    const claims = JSON.parse(Buffer.from(body ?? '', 'base64url').toString('utf8')) as {
      sub: string;
      sid: string;
      sec: string;
      exp: number;
    };
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: parent.userId })).toString('base64url');
    const cases = {
      'another user in the claims': `${forged}.${good.split('.')[1] ?? ''}`,
      'no signature ("alg: none")': `${body ?? ''}.`,
      'a JWT with alg none': `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${body ?? ''}.`,
      'signed with another key': issueCollabToken(claims, 'x'.repeat(40)),
      expired: issueCollabToken({ ...claims, exp: Math.floor(Date.now() / 1000) - 1 }, app.config.appSecret),
      garbage: randomBytes(40).toString('base64url'),
    };
    for (const [what, token] of Object.entries(cases)) {
      expect({ what, ...(await closeCodeOf(docUrl(token))) }).toEqual({ what, code: 4401, received: 0 });
    }
  });

  it('refuses a wrong Origin at both handshakes', async () => {
    const token = await collabToken(app, ot, sectionId);
    expect(await sendFrames(docUrl(token), [], 'https://evil.example')).toBe(4403);
    const { io } = await import('socket.io-client');
    const socket = io(app.baseUrl, {
      auth: { token: ot.token },
      transports: ['websocket'],
      reconnection: false,
      extraHeaders: { origin: 'https://evil.example' },
    });
    const err = await new Promise<Error>((resolve) => socket.on('connect_error', resolve));
    socket.close();
    expect(err.message).toBe('CROSS_SITE_REQUEST');
  });

  it('refuses forged and stale sessions at socket.io', async () => {
    const { io } = await import('socket.io-client');
    for (const token of ['forged-token', randomBytes(32).toString('base64url'), '']) {
      const socket = io(app.baseUrl, { auth: { token }, transports: ['websocket'], reconnection: false });
      const err = await new Promise<Error>((resolve) => socket.on('connect_error', resolve));
      socket.close();
      expect(err.message).toBe('UNAUTHENTICATED');
    }
  });

  it('survives thousands of random and mutated frames with the process alive and the document unchanged', async () => {
    const watcherDoc = new Y.Doc();
    const watcher = connectProvider(app, sectionId, await collabToken(app, ot, sectionId), watcherDoc);
    await synced(watcher);
    const before = Buffer.from(Y.encodeStateAsUpdate(watcherDoc));
    const real = Y.encodeStateAsUpdate(
      (() => {
        const d = new Y.Doc();
        addGoal(d, { behavior: 'a real goal', criterion: 'in 4 of 5 trials' });
        return d;
      })(),
    );
    const seed = Date.now() % 100_000;
    const rand = rng(seed);
    // The parent may write only their own parts, so a mutated update that still decodes is refused too.
    const token = await collabToken(app, parent, sectionId);
    let sent = 0;
    const codes = new Map<string, number>();
    for (let i = 0; i < 300; i++) {
      const frames: Uint8Array[] = [];
      for (let j = 0; j < 10; j++) {
        if (rand() < 0.5) {
          frames.push(randomBytes(1 + Math.floor(rand() * 200)));
        } else {
          const mutated = Uint8Array.from(real);
          for (let k = 0; k < 1 + Math.floor(rand() * 6); k++)
            mutated[Math.floor(rand() * mutated.length)] = Math.floor(rand() * 256);
          frames.push(updateFrame(mutated));
        }
      }
      sent += frames.length;
      const code = String(await sendFrames(docUrl(token), frames));
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    expect(sent).toBeGreaterThanOrEqual(3000);
    expect((await api(app, '/api/health')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(Buffer.from(Y.encodeStateAsUpdate(watcherDoc)).equals(before)).toBe(true);
    const fresh = new Y.Doc();
    const reader = connectProvider(app, sectionId, await collabToken(app, ot, sectionId), fresh);
    await synced(reader);
    expect(fresh.getMap('goals').size).toBe(watcherDoc.getMap('goals').size);
    reader.destroy();
    watcher.destroy();
    expect([...codes.keys()].every((c) => ['4400', '1009', 'open'].includes(c))).toBe(true);
  });

  it('closes sockets whose frames pass the limit: the document socket with 1009, socket.io’s first polling request refused', async () => {
    const small = await startApp(await freshStore(TEST_STORE), { collabMaxMessageBytes: 64 * 1024 });
    try {
      const session = await login(small, 'ot@demo.school');
      const id = await sectionOf(small, session, 'Mateo');
      const token = await collabToken(small, session, id);
      const code = await sendFrames(`${small.wsBase}/${id}?token=${encodeURIComponent(token)}`, [
        randomBytes(200 * 1024),
      ]);
      expect(code).toBe(1009);
      const huge = 'x'.repeat(2 * 1024 * 1024);
      const res = await fetch(`${small.baseUrl}/socket.io/?EIO=4&transport=polling`, {
        method: 'POST',
        body: huge,
        headers: { 'content-type': 'text/plain' },
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect((await api(small, '/api/health')).status).toBe(200);
    } finally {
      await small.stop();
    }
  });

  it('closes a document socket whose frame is just over the limit with a 1009 close frame and a clean end, never a reset', async () => {
    const limit = 64 * 1024;
    const small = await startApp(await freshStore(TEST_STORE), { collabMaxMessageBytes: limit });
    try {
      const session = await login(small, 'ot@demo.school');
      const id = await sectionOf(small, session, 'Mateo');
      for (let round = 0; round < 3; round++) {
        const token = await collabToken(small, session, id);
        const outcome = await oversizedFrameOverRawTcp(
          small,
          `/collab/${id}?token=${encodeURIComponent(token)}`,
          limit + 1,
        );
        // A reset (the socket destroyed while the rest of the frame was still arriving) is what a
        // client reports as 1006; the close frame must reach it and the connection end in order.
        expect(outcome).toEqual({ closeCode: 1009, ending: 'end' });
      }
      expect((await api(small, '/api/health')).status).toBe(200);
    } finally {
      await small.stop();
    }
  });

  it('refuses state-changing requests from another site that ride on the session cookie', async () => {
    const res = await api(app, `/api/sections/${sectionId}/transition`, {
      method: 'POST',
      body: { to: 'meeting' },
      headers: { cookie: ot.cookie, origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { code: 'CROSS_SITE_REQUEST' } });
  });
});

describe('floods from one person', () => {
  jest.setTimeout(60_000);
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp(await freshStore(TEST_STORE));
  });
  afterAll(() => app.stop());

  it('rate-limits one person’s socket.io events while another person is served at once', async () => {
    const { io } = await import('socket.io-client');
    const flooder = await login(app, 'teacher@demo.school');
    const other = await login(app, 'ot@demo.school');
    const sectionId = await sectionOf(app, other, 'Mateo');
    const noisy = io(app.baseUrl, { auth: { token: flooder.token }, transports: ['websocket'], reconnection: false });
    const calm = io(app.baseUrl, { auth: { token: other.token }, transports: ['websocket'], reconnection: false });
    try {
      await new Promise<void>((resolve) => noisy.on('connect', () => resolve()));
      // 600 acknowledged events at once: past the burst, the rest are dropped and never answered.
      const flood = Array.from({ length: 600 }, () =>
        noisy
          .timeout(2000)
          .emitWithAck('section:join', { sectionId })
          .then(() => 'answered')
          .catch(() => 'refused'),
      );
      const started = Date.now();
      expect(await calm.timeout(3000).emitWithAck('section:join', { sectionId })).toMatchObject({ ok: true });
      expect(Date.now() - started).toBeLessThan(3000);
      const outcomes = await Promise.all(flood);
      expect(outcomes.filter((o) => o === 'refused').length).toBeGreaterThan(300);
      expect(outcomes.filter((o) => o === 'answered').length).toBeGreaterThanOrEqual(200);
    } finally {
      noisy.close();
      calm.close();
    }
  });

  it('caps one person’s open document sockets (4429) and lets others in', async () => {
    const flooder = await login(app, 'teacher@demo.school');
    const other = await login(app, 'ot@demo.school');
    const sectionId = await sectionOf(app, other, 'Mateo');
    const token = await collabToken(app, flooder, sectionId);
    const sockets: WebSocket[] = [];
    const codes: number[] = [];
    let letIn = 0;
    try {
      for (let i = 0; i < 45; i++) {
        const ws = new WebSocket(`${app.wsBase}/${sectionId}?token=${encodeURIComponent(token)}`);
        ws.on('close', (code) => codes.push(code));
        ws.on('error', () => undefined);
        // The server's first message (sync step 1) means this socket was let in.
        ws.once('message', () => (letIn += 1));
        sockets.push(ws);
      }
      // Every socket has its answer: let in (the document's first message) or closed.
      await waitFor(() => letIn + codes.length >= 45, 30_000, 'an answer for each of the 45 sockets');
      expect(codes.filter((c) => c === 4429)).toHaveLength(5);
      const probe = await closeCodeOf(
        `${app.wsBase}/${sectionId}?token=${encodeURIComponent(await collabToken(app, other, sectionId))}`,
      );
      expect(probe.code).toBe('open');
    } finally {
      sockets.forEach((s) => s.terminate());
    }
  });
});
