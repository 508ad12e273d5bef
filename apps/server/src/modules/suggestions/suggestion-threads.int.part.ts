import * as Y from 'yjs';
import { readSuggestions, SUGGESTION_DELETE, SUGGESTION_INSERT, type ThreadDto } from '@iep/shared';
import type { WebsocketProvider } from 'y-websocket';
import { appPerFile, newWorld, signInAll } from '../../test/factories';
import {
  api,
  collabToken,
  connectProvider,
  storedOnServer,
  synced,
  waitFor,
  type Session,
  type TestApp,
} from '../../test/test-app';

/**
 * Comment threads on a suggestion, on the real routes and document socket: anchored by the server to
 * the suggestion's text, seen under the usual thread rules (a parent never sees a staff thread), and
 * still readable once the suggestion is decided, saying what became of it.
 */
const getApp = appPerFile();
const PART = 'presentLevels';

describe('comment threads on a suggestion', () => {
  let app: TestApp;
  let sectionId: string;
  let people: Awaited<ReturnType<typeof signInAll>>;
  const open: WebsocketProvider[] = [];

  beforeEach(async () => {
    app = getApp();
    const world = await newWorld(app);
    sectionId = world.students.Mateo.sectionId;
    people = await signInAll(app, world);
  });
  afterEach(() => open.splice(0).forEach((p) => p.destroy()));

  async function editor(session: Session): Promise<Y.Doc> {
    const doc = new Y.Doc();
    const provider = connectProvider(app, sectionId, await collabToken(app, session, sectionId), doc);
    open.push(provider);
    await synced(provider);
    return doc;
  }

  /** The OT writes "Uses a pencil"; the parent suggests adding "slant board and a " (p1) and removing "Uses" (p2). */
  async function suggested(): Promise<Y.Doc> {
    const ot = await editor(people.ot);
    ot.transact(() => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText('Uses a pencil')]);
      ot.getXmlFragment(PART).insert(0, [p]);
    });
    await storedOnServer(app, sectionId, ot);
    const parent = await editor(people.parent);
    const { name } = await app.prisma.client.user.findUniqueOrThrow({ where: { id: people.parent.userId } });
    const mark = (id: string) => ({
      id,
      authorId: people.parent.userId,
      authorName: name,
      role: 'parent',
      at: new Date().toISOString(),
    });
    const first = (parent.getXmlFragment(PART).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    first.insert(7, 'slant board and a ', { [SUGGESTION_INSERT]: mark('p1') });
    first.format(0, 4, { [SUGGESTION_DELETE]: mark('p2') });
    await waitFor(() => readSuggestions(ot).length === 2, 5000, 'the OT has both suggestions');
    return ot;
  }

  const startThread = (session: Session, body: Record<string, unknown>) =>
    api(app, `/api/sections/${sectionId}/threads`, { method: 'POST', token: session.token, body });
  const threadsOf = async (session: Session): Promise<ThreadDto[]> =>
    ((await api(app, `/api/sections/${sectionId}/threads`, { token: session.token })).body as { threads: ThreadDto[] })
      .threads;
  const decide = (decision: 'accept' | 'reject', suggestionId: string) =>
    api(app, `/api/sections/${sectionId}/suggestions/decide`, {
      method: 'POST',
      token: people.ot.token,
      body: { decision, authorId: people.parent.userId, suggestionId },
    });

  it('anchors a thread to the suggestion’s text, whatever part or anchor the request names', async () => {
    await suggested();
    const res = await startThread(people.parent, {
      part: 'homeStrategies',
      quote: 'something else',
      body: 'Why not a slant board?',
      suggestion: { authorId: people.parent.userId, id: 'p1' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      part: PART,
      quote: 'slant board and a ',
      detached: false,
      visibility: 'team',
      suggestion: { authorId: people.parent.userId, id: 'p1', state: 'open' },
    });
    expect((res.body as ThreadDto).anchorStart).not.toBeNull();
    const seen = await threadsOf(people.ot);
    expect(seen.map((t) => t.suggestion)).toEqual([{ authorId: people.parent.userId, id: 'p1', state: 'open' }]);
  });

  it('refuses a thread on a suggestion that is not open (404 SUGGESTION_NOT_FOUND), writing nothing', async () => {
    await suggested();
    for (const suggestion of [
      { authorId: people.parent.userId, id: 'nope' },
      { authorId: people.ot.userId, id: 'p1' },
    ]) {
      const res = await startThread(people.ot, { part: PART, body: 'x', suggestion });
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ error: { code: 'SUGGESTION_NOT_FOUND' } });
    }
    expect(await app.prisma.client.commentThread.count({ where: { sectionId } })).toBe(0);
  });

  it('keeps staff threads on a suggestion from the parent, and refuses a parent starting one (403)', async () => {
    await suggested();
    const suggestion = { authorId: people.parent.userId, id: 'p1' };
    expect(
      (await startThread(people.teacher, { part: PART, body: 'Staff only', visibility: 'staff', suggestion })).status,
    ).toBe(201);
    expect((await startThread(people.parent, { part: PART, body: 'x', visibility: 'staff', suggestion })).status).toBe(
      403,
    );
    expect(await threadsOf(people.parent)).toEqual([]);
    expect((await threadsOf(people.ot)).map((t) => t.visibility)).toEqual(['staff']);
  });

  it('keeps each thread readable once its suggestion is decided, saying accepted, rejected or withdrawn', async () => {
    const ot = await suggested();
    const on = async (id: string) =>
      (
        (
          await startThread(people.parent, {
            part: PART,
            body: `About ${id}`,
            suggestion: { authorId: people.parent.userId, id },
          })
        ).body as ThreadDto
      ).id;
    const [p1, p2] = [await on('p1'), await on('p2')];
    expect((await decide('reject', 'p1')).status).toBe(200);
    const withdrawn = await api(app, `/api/sections/${sectionId}/suggestions/withdraw`, {
      method: 'POST',
      token: people.parent.token,
      body: { suggestionId: 'p2' },
    });
    expect(withdrawn.status).toBe(200);
    await waitFor(() => readSuggestions(ot).length === 0, 5000, 'both decided');

    const byId = new Map((await threadsOf(people.parent)).map((t) => [t.id, t]));
    // The rejected insertion's text is gone: the thread is detached and keeps its quote.
    expect(byId.get(p1)).toMatchObject({
      detached: true,
      quote: 'slant board and a ',
      suggestion: { id: 'p1', state: 'rejected' },
      comments: [expect.objectContaining({ body: 'About p1' })],
    });
    // The withdrawn removal leaves "Uses" in place, unmarked: the thread still holds it.
    expect(byId.get(p2)).toMatchObject({ detached: false, suggestion: { id: 'p2', state: 'withdrawn' } });
    // Still a thread like any other: it takes replies.
    const reply = await api(app, `/api/threads/${p1}/comments`, {
      method: 'POST',
      token: people.ot.token,
      body: { body: 'Rejected: the board is in use' },
    });
    expect(reply.status).toBe(201);
  });

  it('says accepted when the suggestion is taken, the thread holding the accepted words', async () => {
    await suggested();
    const created = await startThread(people.teacher, {
      part: PART,
      body: 'Agree',
      suggestion: { authorId: people.parent.userId, id: 'p1' },
    });
    expect((await decide('accept', 'p1')).status).toBe(200);
    const [thread] = await threadsOf(people.teacher);
    expect(thread).toMatchObject({
      id: (created.body as ThreadDto).id,
      detached: false,
      suggestion: { id: 'p1', state: 'accepted' },
    });
  });
});
