import * as Y from 'yjs';
import { fragmentPlainText, fragmentToJson, readSuggestions, SUGGESTION_DELETE, SUGGESTION_INSERT } from '@iep/shared';
import type { WebsocketProvider } from 'y-websocket';
import { appPerFile, newWorld, signInAll, type World } from '../../test/factories';
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
import { REASONS_FOR_EMPTY_SECTION } from '../../test/compliance-reasons';

/**
 * Suggestion mode on the real socket and routes: a parent's suggestions in a part they may only
 * suggest in, seen live by the OT; anything else from them closes their socket with 4400 and nothing
 * is applied or stored; decisions change the live document and stay in the record.
 */
const getApp = appPerFile();

interface Editor {
  session: Session;
  doc: Y.Doc;
  provider: WebsocketProvider;
}

const PART = 'presentLevels';
const plain = (doc: Y.Doc): string => fragmentPlainText(fragmentToJson(doc.getXmlFragment(PART)));

/** The part's first paragraph text. */
function firstText(doc: Y.Doc): Y.XmlText {
  const p = doc.getXmlFragment(PART).get(0);
  const t = p instanceof Y.XmlElement ? p.get(0) : null;
  if (!(t instanceof Y.XmlText)) throw new Error('no text yet');
  return t;
}

describe('suggestion mode over the document socket', () => {
  let app: TestApp;
  let world: World;
  let sectionId: string;
  let people: Awaited<ReturnType<typeof signInAll>>;
  const open: WebsocketProvider[] = [];

  beforeEach(async () => {
    app = getApp();
    world = await newWorld(app);
    sectionId = world.students.Mateo.sectionId;
    people = await signInAll(app, world);
  });
  afterEach(() => open.splice(0).forEach((p) => p.destroy()));

  async function editor(session: Session): Promise<Editor> {
    const doc = new Y.Doc();
    const provider = connectProvider(app, sectionId, await collabToken(app, session, sectionId), doc);
    open.push(provider);
    await synced(provider);
    return { session, doc, provider };
  }

  const nameOf = async (userId: string): Promise<string> =>
    (await app.prisma.client.user.findUniqueOrThrow({ where: { id: userId } })).name;
  const markOf = async (session: Session, role: string, id: string) => ({
    id,
    authorId: session.userId,
    authorName: await nameOf(session.userId),
    role,
    at: new Date().toISOString(),
  });
  const storedCount = (): Promise<number> => app.prisma.client.sectionUpdate.count({ where: { sectionId } });

  /** The OT writes "Uses a pencil" and the parent has it. */
  async function otAndParent(): Promise<{ ot: Editor; parent: Editor }> {
    const ot = await editor(people.ot);
    ot.doc.transact(() => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText('Uses a pencil')]);
      ot.doc.getXmlFragment(PART).insert(0, [p]);
    });
    await storedOnServer(app, sectionId, ot.doc);
    const parent = await editor(people.parent);
    return { ot, parent };
  }

  /** Sends a change from the parent and waits for the server to close their socket. */
  async function refused(parent: Editor, change: () => void): Promise<number> {
    const closed = new Promise<number>((resolve) =>
      parent.provider.on('connection-close', (e) => resolve(e?.code ?? 0)),
    );
    change();
    const code = await closed;
    parent.provider.disconnect();
    return code;
  }

  it('shows a parent’s suggestion to the OT as it is made, and the OT’s acceptance to the parent', async () => {
    const { ot, parent } = await otAndParent();
    const mark = await markOf(people.parent, 'parent', 'p1');
    firstText(parent.doc).insert(7, 'slant board and a ', { [SUGGESTION_INSERT]: mark });
    firstText(parent.doc).format(7 + 18, 6, { [SUGGESTION_DELETE]: mark });
    await waitFor(() => readSuggestions(ot.doc).length === 1, 5000, 'the OT sees the suggestion');
    expect(readSuggestions(ot.doc)[0]).toMatchObject({
      id: 'p1',
      authorId: people.parent.userId,
      role: 'parent',
      inserted: 'slant board and a ',
      deleted: 'pencil',
    });

    const res = await api(app, `/api/sections/${sectionId}/suggestions/decide`, {
      method: 'POST',
      token: people.ot.token,
      body: { decision: 'accept', authorId: people.parent.userId, suggestionId: 'p1' },
    });
    expect(res.status).toBe(200);
    await waitFor(() => plain(parent.doc) === 'Uses a slant board and a ', 5000, 'the parent sees it accepted');
    expect(readSuggestions(parent.doc)).toEqual([]);
    const row = await app.prisma.client.suggestionDecision.findFirstOrThrow({ where: { sectionId } });
    expect(row).toMatchObject({ outcome: 'accepted', inserted: 'slant board and a ', deleted: 'pencil' });
    expect(row.decidedById).toBe(people.ot.userId);
    const audit = await app.prisma.client.auditEvent.count({ where: { sectionId, action: 'suggestion.accepted' } });
    expect(audit).toBe(1);
  });

  it('closes the socket of a forged suggestion (a mark naming the OT) with 4400, nothing applied or stored', async () => {
    const { ot, parent } = await otAndParent();
    const before = await storedCount();
    const forged = await markOf(people.ot, 'ot', 'forged');
    const code = await refused(parent, () =>
      firstText(parent.doc).insert(0, 'Forged ', { [SUGGESTION_INSERT]: forged }),
    );
    expect(code).toBe(4400);
    // Something the OT sends afterwards arrives: the forged text never did.
    firstText(ot.doc).insert(13, '.');
    await storedOnServer(app, sectionId, ot.doc);
    expect(plain(ot.doc)).toBe('Uses a pencil.');
    expect(await storedCount()).toBe(before + 1);
  });

  it('closes the socket of a parent who writes or deletes directly where they may only suggest', async () => {
    const { ot, parent } = await otAndParent();
    expect(await refused(parent, () => firstText(parent.doc).insert(0, 'Plain '))).toBe(4400);
    const again = await editor(people.parent);
    expect(await refused(again, () => firstText(again.doc).delete(0, 5))).toBe(4400);
    firstText(ot.doc).insert(13, '!');
    await storedOnServer(app, sectionId, ot.doc);
    expect(plain(ot.doc)).toBe('Uses a pencil!');
  });

  it('keeps open suggestions out of the signed content and refuses sign-off until they are resolved', async () => {
    const { ot, parent } = await otAndParent();
    const save = async (name: string): Promise<string> => {
      const res = await api(app, `/api/sections/${sectionId}/versions`, {
        method: 'POST',
        token: people.ot.token,
        body: { name },
      });
      return (res.body as { contentHash: string }).contentHash;
    };
    const hashBefore = await save('before');
    const mark = await markOf(people.parent, 'parent', 'p2');
    firstText(parent.doc).insert(0, 'Often ', { [SUGGESTION_INSERT]: mark });
    firstText(parent.doc).format(6 + 7, 6, { [SUGGESTION_DELETE]: mark });
    await storedOnServer(app, sectionId, parent.doc);
    expect(await save('with a suggestion')).toBe(hashBefore);

    await app.prisma.client.otSection.update({ where: { id: sectionId }, data: { status: 'meeting' } });
    const asked = await api(app, `/api/sections/${sectionId}/transition`, {
      method: 'POST',
      token: people.ot.token,
      body: { to: 'pending_signoff' },
    });
    expect(asked.status).toBe(409);
    const error = (asked.body as { error: { code: string; details: { suggestions: { id: string }[] } } }).error;
    expect(error.code).toBe('SUGGESTIONS_OPEN');
    expect(error.details.suggestions.map((s) => s.id)).toEqual(['p2']);

    // The parent withdraws theirs: the text is as before, the record keeps what was suggested.
    const withdrawn = await api(app, `/api/sections/${sectionId}/suggestions/withdraw`, {
      method: 'POST',
      token: people.parent.token,
      body: {},
    });
    expect(withdrawn.status).toBe(200);
    await waitFor(() => readSuggestions(ot.doc).length === 0, 5000, 'the OT sees it withdrawn');
    expect(plain(ot.doc)).toBe('Uses a pencil');
    const again = await api(app, `/api/sections/${sectionId}/transition`, {
      method: 'POST',
      token: people.ot.token,
      // The demo section is empty: its other checks get reasons (this suite is about suggestions).
      body: { to: 'pending_signoff', overrides: REASONS_FOR_EMPTY_SECTION },
    });
    expect(again.status).toBe(200);
    const record = await api(app, `/api/sections/${sectionId}/suggestion-decisions`, { token: people.ot.token });
    expect((record.body as { decisions: unknown[] }).decisions).toEqual([
      expect.objectContaining({ id: 'p2', outcome: 'withdrawn', inserted: 'Often ', deleted: 'pencil' }),
    ]);
  });

  it('lets the OT reject all of one person’s suggestions, and refuses the decision to the teacher and the parent', async () => {
    const { ot, parent } = await otAndParent();
    const text = firstText(parent.doc);
    text.insert(0, 'A ', { [SUGGESTION_INSERT]: await markOf(people.parent, 'parent', 'a') });
    text.insert(text.length, ' daily', { [SUGGESTION_INSERT]: await markOf(people.parent, 'parent', 'b') });
    await waitFor(() => readSuggestions(ot.doc).length === 2, 5000, 'both suggestions arrive');
    for (const who of [people.teacher, people.parent]) {
      const res = await api(app, `/api/sections/${sectionId}/suggestions/decide`, {
        method: 'POST',
        token: who.token,
        body: { decision: 'accept', authorId: people.parent.userId },
      });
      expect(res.status).toBe(403);
    }
    const res = await api(app, `/api/sections/${sectionId}/suggestions/decide`, {
      method: 'POST',
      token: people.ot.token,
      body: { decision: 'reject', authorId: people.parent.userId },
    });
    expect((res.body as { decided: unknown[] }).decided).toHaveLength(2);
    await waitFor(() => plain(parent.doc) === 'Uses a pencil', 5000, 'both rejected for the parent');
  });
});
