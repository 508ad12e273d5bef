import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { addGoal } from '@iep/shared';
import {
  collabToken,
  connectProvider,
  freshStore,
  login,
  sectionOf,
  startApp,
  STORES,
  waitFor,
  type TestApp,
} from '../test-app';

const REDIS_URL = process.env.IEP_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A small seeded generator, so that a failing run can be replayed with its seed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One random edit: a new paragraph, typing inside one, deleting one, a new goal, or a goal field changed. */
function randomEdit(doc: Y.Doc, rand: () => number, who: number, n: number): void {
  const fragment = doc.getXmlFragment('presentLevels');
  const pick = rand();
  if (pick < 0.35 || fragment.length === 0) {
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText(`c${who}-${n} `)]);
    fragment.insert(Math.floor(rand() * (fragment.length + 1)), [p]);
  } else if (pick < 0.65) {
    const p = fragment.get(Math.floor(rand() * fragment.length));
    const text = p instanceof Y.XmlElement ? p.get(0) : null;
    if (text instanceof Y.XmlText) text.insert(Math.floor(rand() * (text.length + 1)), `+${who}`);
  } else if (pick < 0.8) {
    fragment.delete(Math.floor(rand() * fragment.length), 1);
  } else if (pick < 0.9) {
    addGoal(doc, { behavior: `goal ${who}-${n}` });
  } else {
    const goals = [...doc.getMap<Y.Map<unknown>>('goals').values()];
    const criterion = goals[Math.floor(rand() * goals.length)]?.get('criterion');
    if (criterion instanceof Y.Text) criterion.insert(0, `${who}`);
  }
}

const same = (docs: Y.Doc[]): boolean => {
  const first = docs[0];
  if (!first) return true;
  const vector = Buffer.from(Y.encodeStateVector(first));
  const text = first.getXmlFragment('presentLevels').toString();
  return docs.every(
    (d) => Buffer.from(Y.encodeStateVector(d)).equals(vector) && d.getXmlFragment('presentLevels').toString() === text,
  );
};

async function scramble(apps: TestApp[], seed: number): Promise<{ docs: Y.Doc[]; providers: WebsocketProvider[] }> {
  const rand = rng(seed);
  const first = apps[0];
  if (!first) throw new Error('no app');
  const emails = ['ot', 'teacher', 'admin', 'ot', 'teacher', 'admin'];
  const sectionId = await sectionOf(first, await login(first, 'ot@demo.school'), 'Mateo');
  const providers: WebsocketProvider[] = [];
  for (const [i, who] of emails.entries()) {
    const app = apps[i % apps.length] ?? first;
    const session = await login(app, `${who}@demo.school`);
    providers.push(connectProvider(app, sectionId, await collabToken(app, session, sectionId)));
  }
  await waitFor(() => providers.every((p) => p.synced), 10_000, 'all synced');
  const started = Date.now();
  let n = 0;
  while (Date.now() - started < 6000) {
    for (const [i, p] of providers.entries()) {
      if (rand() < 0.6) randomEdit(p.doc, rand, i, n);
      if (p.wsconnected && rand() < 0.03) p.disconnect();
      else if (!p.wsconnected && !p.wsconnecting && rand() < 0.25) p.connect();
    }
    n++;
    await new Promise((r) => setTimeout(r, 20 + Math.floor(rand() * 40)));
  }
  for (const p of providers) if (!p.wsconnected && !p.wsconnecting) p.connect();
  return { docs: providers.map((p) => p.doc), providers };
}

describe.each(STORES)('convergence under random edits and disconnects on %s', (kind) => {
  jest.setTimeout(90_000);

  it('leaves every client of one instance with the same document', async () => {
    const app = await startApp(await freshStore(kind));
    const seed = Date.now() % 100_000;
    const { docs, providers } = await scramble([app], seed);
    try {
      await waitFor(() => same(docs), 20_000, `convergence (seed ${seed})`);
      expect(docs[0]?.getXmlFragment('presentLevels').length).toBeGreaterThan(0);
    } finally {
      providers.forEach((p) => p.destroy());
      await app.stop();
    }
  });
});

const describeOnPg = process.env.IEP_TEST_PG_URL ? describe : describe.skip;

describeOnPg('convergence across two instances', () => {
  jest.setTimeout(90_000);

  it('leaves clients spread over two instances with the same document, and stores it', async () => {
    const store = await freshStore('postgresql');
    const a = await startApp(store, { redisUrl: REDIS_URL });
    const b = await startApp(store, { redisUrl: REDIS_URL });
    const seed = Date.now() % 100_000;
    const { docs, providers } = await scramble([a, b], seed);
    try {
      await waitFor(() => same(docs), 30_000, `convergence across instances (seed ${seed})`);
      const expected = docs[0]?.getXmlFragment('presentLevels').toString();
      providers.forEach((p) => p.destroy());
      await Promise.all([a.stop(), b.stop()]);
      const fresh = await startApp(store);
      try {
        const sectionId = await sectionOf(fresh, await login(fresh, 'ot@demo.school'), 'Mateo');
        const reader = connectProvider(
          fresh,
          sectionId,
          await collabToken(fresh, await login(fresh, 'ot@demo.school'), sectionId),
        );
        await waitFor(() => reader.synced, 10_000, 'reader synced');
        expect(reader.doc.getXmlFragment('presentLevels').toString()).toBe(expected);
        reader.destroy();
      } finally {
        await fresh.stop();
      }
    } finally {
      providers.forEach((p) => p.destroy());
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});
