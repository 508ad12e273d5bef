import * as Y from 'yjs';
import { loadConfig } from '../config';
import { PrismaService } from '../db/prisma.service';
import { seedDemo } from '../db/seed';
import { freshStore, STORES, TEST_PASSWORD_COST } from '../test/test-app';
import { Metrics } from '../ops/metrics/metrics.service';
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

describe.each(STORES)('the document store on %s', (kind) => {
  let prisma: PrismaService;
  let store: DocStore;
  let sectionId: string;

  beforeEach(async () => {
    prisma = new PrismaService(loadConfig({ LOG_LEVEL: 'silent' }, await freshStore(kind)));
    await seedDemo(prisma.client, TEST_PASSWORD_COST);
    sectionId = (await prisma.client.otSection.findFirstOrThrow()).id;
    store = new DocStore(prisma, new Metrics());
  });
  afterEach(() => prisma.close());

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
    const [ot, teacher] = await prisma.client.user.findMany({
      where: { email: { in: ['ot@demo.school', 'teacher@demo.school'] } },
      orderBy: { email: 'asc' },
    });
    const source = new Y.Doc();
    const batch = [
      { update: edit(source, 'a'), userId: ot?.id ?? null },
      { update: edit(source, 'b'), userId: teacher?.id ?? null },
      { update: edit(source, 'c'), userId: ot?.id ?? null },
    ];
    expect(await store.append(sectionId, batch)).toBe(2);
    const rows = await prisma.client.sectionUpdate.findMany({ where: { sectionId }, select: { userId: true } });
    expect(rows.map((r) => r.userId).sort()).toEqual([ot?.id, teacher?.id].sort());
    const loaded = new Y.Doc();
    await store.load(sectionId, loaded);
    expect(text(loaded)).toBe(text(source));
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
