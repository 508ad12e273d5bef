import * as Y from 'yjs';
import { TEST_STORE } from '../factories';
import { api, freshStore, login, sectionOf, startApp, type Session, type TestApp } from '../test-app';

/** Rich text the document socket refuses, as an update an older build or an import might have stored. */
function hostileUpdate(): Uint8Array {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('homeStrategies');
  const p = new Y.XmlElement('paragraph');
  const script = new Y.XmlElement('script');
  fragment.insert(0, [p, script]);
  p.setAttribute('onclick', 'steal()');
  const text = new Y.XmlText();
  p.insert(0, [text]);
  text.insert(0, 'Visit the clinic page ', { link: { href: 'https://clinic.example.org' } });
  text.insert(22, 'or this one', { link: { href: 'javascript:alert(document.cookie)' } });
  text.insert(33, ' and this', { link: { href: 'data:text/html;base64,PHNjcmlwdD4=' } });
  script.insert(0, [new Y.XmlText('alert(1)')]);
  return Y.encodeStateAsUpdate(doc);
}

const HOSTILE = /javascript:|data:text|onclick|"script"|alert\(/i;

// What is cleaned is the document, whichever store held it: one store is enough.
describe('rich text already stored with unsafe parts', () => {
  let app: TestApp;
  let ot: Session;
  let sectionId: string;

  beforeAll(async () => {
    const store = await freshStore(TEST_STORE);
    app = await startApp(store);
    ot = await login(app, 'ot@demo.school');
    sectionId = await sectionOf(app, ot, 'Mateo');
    await app.prisma.client.sectionUpdate.create({
      data: { sectionId, update: Buffer.from(hostileUpdate()), userId: null },
    });
  });
  afterAll(() => app.stop());

  it('leaves no javascript: or data: link, event handler or unknown node in the section as the API returns it', async () => {
    const res = await api(app, `/api/sections/${sectionId}`, { token: ot.token });
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    expect(text).toContain('https://clinic.example.org');
    expect(text).toContain('or this one');
    expect(text).not.toMatch(HOSTILE);
  });

  it('freezes a version without them, and the family’s archive carries none', async () => {
    expect(
      (
        await api(app, `/api/sections/${sectionId}/versions`, {
          method: 'POST',
          token: ot.token,
          body: { name: 'With imported text' },
        })
      ).status,
    ).toBe(201);
    const version = await api(app, `/api/sections/${sectionId}/versions/1`, { token: ot.token });
    expect(JSON.stringify(version.body)).toContain('clinic.example.org');
    expect(JSON.stringify(version.body)).not.toMatch(HOSTILE);
    const stored = await app.prisma.client.sectionVersion.findFirstOrThrow({ where: { sectionId, number: 1 } });
    expect(JSON.stringify(stored.json)).not.toMatch(HOSTILE);

    const parent = await login(app, 'parent@demo.school');
    const studentId = (
      await app.prisma.client.otSection.findUniqueOrThrow({
        where: { id: sectionId },
        select: { plan: { select: { studentId: true } } },
      })
    ).plan.studentId;
    const { strFromU8, unzipSync } = await import('fflate');
    const res = await fetch(`${app.baseUrl}/api/students/${studentId}/record`, {
      headers: { authorization: `Bearer ${parent.token}` },
    });
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const data = strFromU8(files['plans/1-iep/versions/v1.json'] ?? new Uint8Array());
    expect(data).toContain('clinic.example.org');
    expect(data).not.toMatch(HOSTILE);
  });
});
