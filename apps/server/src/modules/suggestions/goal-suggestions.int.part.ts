import * as Y from 'yjs';
import {
  addGoal,
  fragmentPlainText,
  fragmentToJson,
  goalDescriptionPart,
  goalMap,
  readSuggestions,
  SUGGESTION_DELETE,
  SUGGESTION_INSERT,
} from '@iep/shared';
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
import { REASONS_FOR_EMPTY_SECTION } from '../../test/compliance-reasons';

/**
 * Suggestions inside a goal's rich-text description (a part nested in the goals), on the real socket:
 * a parent, who may not write the goals, suggests there; anything else they send there closes their
 * socket with 4400, nothing applied or stored; decisions, the hash and sign-off reach them too.
 */
const getApp = appPerFile();

interface Editor {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

function description(doc: Y.Doc, goalId: string): Y.XmlFragment {
  const fragment = goalMap(doc, goalId)?.get('description');
  if (!(fragment instanceof Y.XmlFragment)) throw new Error('no description yet');
  return fragment;
}

function firstText(doc: Y.Doc, goalId: string): Y.XmlText {
  const p = description(doc, goalId).get(0);
  const t = p instanceof Y.XmlElement ? p.get(0) : null;
  if (!(t instanceof Y.XmlText)) throw new Error('no text yet');
  return t;
}

const plain = (doc: Y.Doc, goalId: string): string => fragmentPlainText(fragmentToJson(description(doc, goalId)));

describe('suggestions in a goal’s description over the document socket', () => {
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

  async function editor(session: Session): Promise<Editor> {
    const doc = new Y.Doc();
    const provider = connectProvider(app, sectionId, await collabToken(app, session, sectionId), doc);
    open.push(provider);
    await synced(provider);
    return { doc, provider };
  }

  const markOf = async (session: Session, role: string, id: string) => ({
    id,
    authorId: session.userId,
    authorName: (await app.prisma.client.user.findUniqueOrThrow({ where: { id: session.userId } })).name,
    role,
    at: new Date().toISOString(),
  });
  const storedCount = (): Promise<number> => app.prisma.client.sectionUpdate.count({ where: { sectionId } });

  /** The OT adds a goal described "Writes with a pencil"; the parent has it. */
  async function goalWithDescription(): Promise<{ ot: Editor; parent: Editor; goalId: string }> {
    const ot = await editor(people.ot);
    let goalId = '';
    ot.doc.transact(() => {
      goalId = addGoal(ot.doc, { behavior: 'copies a 5-word sentence' });
    });
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText('Writes with a pencil')]);
    description(ot.doc, goalId).insert(0, [p]);
    await storedOnServer(app, sectionId, ot.doc);
    const parent = await editor(people.parent);
    return { ot, parent, goalId };
  }

  async function refused(parent: Editor, change: () => void): Promise<number> {
    const closed = new Promise<number>((resolve) =>
      parent.provider.on('connection-close', (e) => resolve(e?.code ?? 0)),
    );
    change();
    const code = await closed;
    parent.provider.disconnect();
    return code;
  }

  it('takes a parent’s suggestion in a goal’s description, live for the OT, and the OT’s acceptance', async () => {
    const { ot, parent, goalId } = await goalWithDescription();
    const mark = await markOf(people.parent, 'parent', 'g1');
    firstText(parent.doc, goalId).insert(12, 'an adapted ', { [SUGGESTION_INSERT]: mark });
    firstText(parent.doc, goalId).format(12 + 11, 8, { [SUGGESTION_DELETE]: mark });
    await waitFor(() => readSuggestions(ot.doc).length === 1, 5000, 'the OT sees the suggestion');
    expect(readSuggestions(ot.doc)[0]).toMatchObject({
      id: 'g1',
      part: goalDescriptionPart(goalId),
      inserted: 'an adapted ',
      deleted: 'a pencil',
    });
    const listed = await api(app, `/api/sections/${sectionId}/suggestions/decide`, {
      method: 'POST',
      token: people.ot.token,
      body: { decision: 'accept', authorId: people.parent.userId, suggestionId: 'g1' },
    });
    expect(listed.status).toBe(200);
    await waitFor(() => plain(parent.doc, goalId) === 'Writes with an adapted ', 5000, 'the parent sees it accepted');
    const row = await app.prisma.client.suggestionDecision.findFirstOrThrow({ where: { sectionId } });
    expect(row).toMatchObject({ outcome: 'accepted', part: goalDescriptionPart(goalId), deleted: 'a pencil' });
    const record = await api(app, `/api/sections/${sectionId}/suggestion-decisions`, { token: people.ot.token });
    expect((record.body as { decisions: unknown[] }).decisions).toEqual([
      expect.objectContaining({ id: 'g1', part: goalDescriptionPart(goalId), outcome: 'accepted' }),
    ]);
  });

  it('closes the socket of a parent who types directly in a goal’s description, or forges the author, with 4400', async () => {
    const { ot, parent, goalId } = await goalWithDescription();
    const before = await storedCount();
    expect(await refused(parent, () => firstText(parent.doc, goalId).insert(0, 'Never '))).toBe(4400);
    const again = await editor(people.parent);
    const forged = await markOf(people.ot, 'ot', 'forged');
    expect(
      await refused(again, () => firstText(again.doc, goalId).insert(0, 'Forged ', { [SUGGESTION_INSERT]: forged })),
    ).toBe(4400);
    const third = await editor(people.parent);
    expect(await refused(third, () => firstText(third.doc, goalId).delete(0, 7))).toBe(4400);
    // The OT's next change arrives; nothing of the parent's ever did.
    firstText(ot.doc, goalId).insert(20, '.');
    await storedOnServer(app, sectionId, ot.doc);
    expect(plain(ot.doc, goalId)).toBe('Writes with a pencil.');
    expect(await storedCount()).toBe(before + 1);
  });

  it('keeps a goal description’s open suggestion out of the hash and lists it when sign-off is requested', async () => {
    const { ot, parent, goalId } = await goalWithDescription();
    const save = async (name: string): Promise<string> => {
      const res = await api(app, `/api/sections/${sectionId}/versions`, {
        method: 'POST',
        token: people.ot.token,
        body: { name },
      });
      return (res.body as { contentHash: string }).contentHash;
    };
    const hashBefore = await save('before');
    firstText(parent.doc, goalId).insert(0, 'Daily: ', {
      [SUGGESTION_INSERT]: await markOf(people.parent, 'parent', 'g2'),
    });
    await storedOnServer(app, sectionId, parent.doc);
    expect(await save('with a suggestion')).toBe(hashBefore);

    await app.prisma.client.otSection.update({ where: { id: sectionId }, data: { status: 'meeting' } });
    const body = { to: 'pending_signoff', overrides: REASONS_FOR_EMPTY_SECTION };
    const asked = await api(app, `/api/sections/${sectionId}/transition`, {
      method: 'POST',
      token: people.ot.token,
      body,
    });
    expect(asked.status).toBe(409);
    const error = (asked.body as { error: { code: string; details: { suggestions: { id: string; part: string }[] } } })
      .error;
    expect(error.code).toBe('SUGGESTIONS_OPEN');
    expect(error.details.suggestions).toEqual([
      expect.objectContaining({ id: 'g2', part: goalDescriptionPart(goalId) }),
    ]);

    const rejected = await api(app, `/api/sections/${sectionId}/suggestions/decide`, {
      method: 'POST',
      token: people.ot.token,
      body: { decision: 'reject', authorId: people.parent.userId },
    });
    expect(rejected.status).toBe(200);
    await waitFor(() => readSuggestions(ot.doc).length === 0, 5000, 'the OT sees it rejected');
    expect(plain(ot.doc, goalId)).toBe('Writes with a pencil');
    const again = await api(app, `/api/sections/${sectionId}/transition`, {
      method: 'POST',
      token: people.ot.token,
      body,
    });
    // Refused now, if at all, only by the goal's own checks (this suite is about suggestions).
    expect(JSON.stringify(again.body)).not.toContain('SUGGESTIONS_OPEN');
  });
});
