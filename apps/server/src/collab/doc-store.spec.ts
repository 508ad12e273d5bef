import * as Y from 'yjs';
import { loadConfig } from '../config';
import { PrismaService } from '../db/prisma.service';
import { freshStore, STORES, TEST_PASSWORD_COST } from '../test/test-app';
import { Metrics } from '../ops/metrics/metrics.service';
import { newWorldIn, type World } from '../test/factories';
import { DocStore } from './doc-store';

function edit(doc: Y.Doc, text: string): Uint8Array {
  const updates: Uint8Array[] = [];
  const capture = (u: Uint8Array): number => updates.push(u);
  doc.on('update', capture);
  const t = doc.getXmlFragment('presentLevels');
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  t.insert(t.length, [p]);
  doc.off('update', capture);
  return updates[0] ?? new Uint8Array();
}

const text = (doc: Y.Doc): string => doc.getXmlFragment('presentLevels').toString();

/** One database per store for the file; each test writes to the sections of a district of its own. */
describe.each(STORES)('the document store on %s', (kind) => {
  let prisma: PrismaService;
  let store: DocStore;
  let metrics: Metrics;
  let world: World;
  let sectionId: string;

  beforeAll(async () => {
    prisma = new PrismaService(loadConfig({ LOG_LEVEL: 'silent' }, await freshStore(kind)));
  });
  afterAll(() => prisma.close());
  beforeEach(async () => {
    world = await newWorldIn(prisma.client, TEST_PASSWORD_COST);
    sectionId = world.students.Mateo.sectionId;
    metrics = new Metrics();
    store = new DocStore(prisma, metrics);
  });

  it('loads exactly what was appended, in order, one row per author and batch', async () => {
    const source = new Y.Doc();
    await store.append(sectionId, [{ update: edit(source, 'one'), userId: null }]);
    await store.append(sectionId, [
      { update: edit(source, 'two'), userId: null },
      { update: edit(source, 'three'), userId: null },
    ]);
    const loaded = new Y.Doc();
    expect(await store.load(sectionId, loaded)).toEqual({ logLength: 2 });
    expect(text(loaded)).toBe(text(source));
  });

  it('keeps who wrote what when a batch holds several authors', async () => {
    const { ot, teacher } = world.users;
    const source = new Y.Doc();
    const batch = [
      { update: edit(source, 'a'), userId: ot },
      { update: edit(source, 'b'), userId: teacher },
      { update: edit(source, 'c'), userId: ot },
    ];
    expect(await store.append(sectionId, batch)).toBe(2);
    const rows = await prisma.client.sectionUpdate.findMany({ where: { sectionId }, select: { userId: true } });
    expect(rows.map((r) => r.userId).sort()).toEqual([ot, teacher].sort());
    const loaded = new Y.Doc();
    await store.load(sectionId, loaded);
    expect(text(loaded)).toBe(text(source));
  });

  it("writes several documents' appends of one turn in one statement, and a bad one fails alone", async () => {
    const [first, second] = [world.students.Mateo.sectionId, world.students.Ava.sectionId];
    const statements = async (): Promise<number> => {
      const metric = await metrics.storeWriteSeconds.get();
      return metric.values.find((v) => v.metricName === 'iep_store_write_seconds_count')?.value ?? 0;
    };
    const a = new Y.Doc();
    const b = new Y.Doc();
    const before = await statements();
    const together = await Promise.all([
      store.append(first, [{ update: edit(a, 'first'), userId: null }]),
      store.append(second, [{ update: edit(b, 'second'), userId: null }]),
    ]);
    expect(together).toEqual([1, 1]);
    expect((await statements()) - before).toBe(1);
    // An empty batch writes nothing and makes no statement.
    expect(await store.append(first, [])).toBe(0);
    expect((await statements()) - before).toBe(1);

    // A section that does not exist (removed meanwhile): its rows fail, the other document's are stored.
    const gone = '00000000-0000-4000-8000-000000000000';
    const results = await Promise.allSettled([
      store.append(first, [{ update: edit(a, 'kept'), userId: null }]),
      store.append(gone, [{ update: edit(new Y.Doc(), 'lost'), userId: null }]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    const loaded = new Y.Doc();
    expect(await store.load(first, loaded)).toEqual({ logLength: 2 });
    expect(text(loaded)).toBe(text(a));
    const failures = await metrics.storeWriteFailures.get();
    expect(failures.values[0]?.value).toBe(1);
  });

  it('compacts the log into the snapshot without losing anything, and appends after it', async () => {
    const source = new Y.Doc();
    for (const word of ['a', 'b', 'c']) await store.append(sectionId, [{ update: edit(source, word), userId: null }]);
    expect(await store.compact(sectionId)).toBe(3);
    expect(await prisma.client.sectionUpdate.count({ where: { sectionId } })).toBe(0);
    await store.append(sectionId, [{ update: edit(source, 'd'), userId: null }]);
    const loaded = new Y.Doc();
    expect(await store.load(sectionId, loaded)).toEqual({ logLength: 1 });
    expect(text(loaded)).toBe(text(source));
    expect(await store.compact(sectionId)).toBe(1);
    expect(await store.compact(sectionId)).toBe(0);
  });

  it('fails the load, rather than returning an empty document, when a stored row is damaged', async () => {
    const source = new Y.Doc();
    await store.append(sectionId, [{ update: edit(source, 'real content'), userId: null }]);
    await store.append(sectionId, [{ update: new Uint8Array([1, 2, 3, 250, 251]), userId: null }]);
    await expect(store.load(sectionId, new Y.Doc())).rejects.toThrow(/does not apply/);
  });
});
