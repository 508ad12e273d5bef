import * as Y from 'yjs';
import { addGoal, goalDescriptionPart, goalMap, SUGGESTION_DELETE, SUGGESTION_INSERT } from '@iep/shared';
import { suggestionProblem, type Suggester } from './suggestion-guard';
import { touchedParts } from './touched-parts';

const parent: Suggester = { userId: 'u-parent', name: 'Pat Parent', role: 'parent' };
const ot: Suggester = { userId: 'u-ot', name: 'Olive OT', role: 'ot' };
const mark = (who: Suggester, id = 's1') => ({
  id,
  authorId: who.userId,
  authorName: who.name,
  role: who.role,
  at: '2026-12-02T04:00:00.000Z',
});

/** The server's document: one goal whose description is one paragraph, "Writes with a pencil". */
function serverDoc(): { doc: Y.Doc; goalId: string } {
  const doc = new Y.Doc();
  const goalId = addGoal(doc, { behavior: 'copies a sentence' });
  const description = goalMap(doc, goalId)?.get('description');
  if (!(description instanceof Y.XmlFragment)) throw new Error('no description');
  const p = new Y.XmlElement('paragraph');
  const t = new Y.XmlText();
  p.insert(0, [t]);
  description.insert(0, [p]);
  t.insert(0, 'Writes with a pencil');
  return { doc, goalId };
}

/** The description's first paragraph's text in a document. */
function descriptionText(doc: Y.Doc, goalId: string): Y.XmlText {
  const description = goalMap(doc, goalId)?.get('description');
  const p = description instanceof Y.XmlFragment ? description.get(0) : null;
  const t = p instanceof Y.XmlElement ? p.get(0) : null;
  if (!(t instanceof Y.XmlText)) throw new Error('no text');
  return t;
}

function clientUpdate(server: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(client);
  change(client);
  return Y.encodeStateAsUpdate(client, before);
}

describe('suggestions inside a goal’s description (a nested part)', () => {
  it('traces text written in a goal’s description to that description, and the goal’s fields to the goals', () => {
    const { doc, goalId } = serverDoc();
    const inDescription = clientUpdate(doc, (d) => descriptionText(d, goalId).insert(0, 'Often '));
    expect(touchedParts(doc, inDescription)).toEqual(new Set([goalDescriptionPart(goalId)]));
    const deleted = clientUpdate(doc, (d) => descriptionText(d, goalId).delete(0, 7));
    expect(touchedParts(doc, deleted)).toEqual(new Set([goalDescriptionPart(goalId)]));
    const inField = clientUpdate(doc, (d) => {
      const behavior = goalMap(d, goalId)?.get('behavior');
      if (behavior instanceof Y.Text) behavior.insert(0, 'x');
    });
    expect(touchedParts(doc, inField)).toEqual(new Set(['goals']));
    // Replacing the description itself is a change to the goal (its old text goes with it).
    const replaced = clientUpdate(doc, (d) => goalMap(d, goalId)?.set('description', new Y.XmlFragment()));
    expect(touchedParts(doc, replaced)).toContain('goals');
  });

  it('takes a parent’s marked insertion and deletion mark in the description', () => {
    const { doc, goalId } = serverDoc();
    const part = goalDescriptionPart(goalId);
    const insert = clientUpdate(doc, (d) =>
      descriptionText(d, goalId).insert(14, 'thick ', { [SUGGESTION_INSERT]: mark(parent) }),
    );
    expect(suggestionProblem(doc, insert, [part], parent)).toBeNull();
    const remove = clientUpdate(doc, (d) =>
      descriptionText(d, goalId).format(0, 6, { [SUGGESTION_DELETE]: mark(parent, 's2') }),
    );
    expect(suggestionProblem(doc, remove, [part], parent)).toBeNull();
  });

  it('refuses a direct edit inside the description: unmarked typing and plain deletion', () => {
    const { doc, goalId } = serverDoc();
    const part = goalDescriptionPart(goalId);
    const typed = clientUpdate(doc, (d) => descriptionText(d, goalId).insert(0, 'Never '));
    expect(suggestionProblem(doc, typed, [part], parent)).toMatch(/description: inserted text must carry/);
    const deleted = clientUpdate(doc, (d) => descriptionText(d, goalId).delete(0, 7));
    expect(suggestionProblem(doc, deleted, [part], parent)).toMatch(/marking it for deletion/);
  });

  it('refuses a forged author in the description', () => {
    const { doc, goalId } = serverDoc();
    const forged = clientUpdate(doc, (d) =>
      descriptionText(d, goalId).insert(0, 'x', { [SUGGESTION_INSERT]: mark(ot) }),
    );
    expect(suggestionProblem(doc, forged, [goalDescriptionPart(goalId)], parent)).toMatch(/naming the sender/);
    const forgedDelete = clientUpdate(doc, (d) =>
      descriptionText(d, goalId).format(0, 6, { [SUGGESTION_DELETE]: mark(ot) }),
    );
    expect(suggestionProblem(doc, forgedDelete, [goalDescriptionPart(goalId)], parent)).toMatch(
      /does not name the sender/,
    );
  });

  it('refuses a part path naming a goal the document does not have', () => {
    const { doc, goalId } = serverDoc();
    const update = clientUpdate(doc, (d) =>
      descriptionText(d, goalId).insert(0, 'x', { [SUGGESTION_INSERT]: mark(parent) }),
    );
    expect(suggestionProblem(doc, update, [goalDescriptionPart('no-such-goal')], parent)).toMatch(/no such/);
  });
});
