import * as Y from 'yjs';
import { resolveTextAnchor, textRangeAnchor, type ThreadDto } from '@iep/shared';
import { sectionPerTest } from '../../test/section-scene';
import { api, waitFor, type Session, type TestApp } from '../../test/test-app';

/** Through the real document socket: two people edit around a comment's anchor at the same time. */

function firstText(doc: Y.Doc): Y.XmlText {
  const paragraph = doc.getXmlFragment('presentLevels').get(0);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : undefined;
  if (!(text instanceof Y.XmlText)) throw new Error('no text yet');
  return text;
}

describe('comment anchors through the document socket', () => {
  const scene = sectionPerTest();
  let app: TestApp;
  let ot: Session;
  let teacher: Session;
  let sectionId: string;
  let open: (session: Session) => Promise<Y.Doc>;
  beforeEach(() => {
    ({
      app,
      sectionId,
      open,
      as: { ot, teacher },
    } = scene());
  });

  const threads = async (): Promise<ThreadDto[]> =>
    ((await api(app, `/api/sections/${sectionId}/threads`, { token: ot.token })).body as { threads: ThreadDto[] })
      .threads;

  it('keeps the thread on its words while both edit around and inside them, and marks it detached (quote kept) when they are deleted', async () => {
    const otDoc = await open(ot);
    const teacherDoc = await open(teacher);
    otDoc.transact(() => {
      const p = new Y.XmlElement('paragraph');
      const t = new Y.XmlText();
      p.insert(0, [t]);
      otDoc.getXmlFragment('presentLevels').insert(0, [p]);
      t.insert(0, 'Student uses a tripod grasp with fatigue.');
    });
    await waitFor(() => teacherDoc.getXmlFragment('presentLevels').length > 0, 5000, 'teacher sees the text');

    const from = 'Student uses a '.length;
    const anchor = textRangeAnchor(otDoc.getXmlFragment('presentLevels'), from, from + 'tripod grasp'.length);
    if (!anchor) throw new Error('no anchor');
    const created = await api(app, `/api/sections/${sectionId}/threads`, {
      method: 'POST',
      token: ot.token,
      body: { part: 'presentLevels', ...anchor, quote: 'tripod grasp', body: 'Is this age-typical?' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ detached: false, quote: 'tripod grasp' });

    // At the same time: the OT types before the words, the teacher inside and after them.
    firstText(otDoc).insert(0, 'In class, ');
    firstText(teacherDoc).insert('Student uses a tripod'.length, ' static');
    firstText(teacherDoc).insert('Student uses a tripod static grasp'.length, ' (emerging)');
    const expected = 'In class, Student uses a tripod static grasp (emerging) with fatigue.';
    await waitFor(
      () => firstText(otDoc).toString() === expected && firstText(teacherDoc).toString() === expected,
      5000,
      'both converge',
    );

    for (const doc of [otDoc, teacherDoc]) {
      expect(resolveTextAnchor(doc, 'presentLevels', anchor.anchorStart, anchor.anchorEnd)).toEqual({
        detached: false,
        text: 'tripod static grasp',
      });
    }
    expect((await threads())[0]).toMatchObject({ detached: false });

    // The teacher deletes the anchored words: the thread stays, detached, with its quote.
    const start = expected.indexOf('tripod');
    firstText(teacherDoc).delete(start, 'tripod static grasp'.length);
    await waitFor(() => !firstText(otDoc).toString().includes('tripod'), 5000, 'deletion reaches the OT');
    let listed: ThreadDto[] = [];
    for (let i = 0; i < 50; i++) {
      listed = await threads();
      if (listed[0]?.detached) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(listed).toEqual([
      expect.objectContaining({
        detached: true,
        quote: 'tripod grasp',
        comments: [expect.objectContaining({ body: 'Is this age-typical?' })],
      }),
    ]);
  });

  it('detaches a thread on a goal when the goal is removed', async () => {
    const doc = await open(ot);
    const watcher = await open(teacher);
    doc.getMap('goals').set('goal-1', new Y.Map());
    await waitFor(() => watcher.getMap('goals').has('goal-1'), 5000, 'the goal reaching the server');
    const created = await api(app, `/api/sections/${sectionId}/threads`, {
      method: 'POST',
      token: ot.token,
      body: { part: 'goals/goal-1', body: 'Criterion?' },
    });
    expect(created.body).toMatchObject({ detached: false, part: 'goals/goal-1' });
    doc.getMap('goals').delete('goal-1');
    let listed: ThreadDto[] = [];
    for (let i = 0; i < 50 && !listed[0]?.detached; i++) {
      listed = await threads();
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(listed[0]).toMatchObject({ detached: true });
  });
});
