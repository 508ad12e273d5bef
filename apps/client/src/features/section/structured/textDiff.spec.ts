import * as Y from 'yjs';
import { diffText } from '@iep/shared';
import { rebaseEdit, shiftCaret, type TextDelta } from './textDiff';

describe('shiftCaret', () => {
  it('moves the caret right for a remote insert before it', () => {
    expect(shiftCaret(5, [{ retain: 2 }, { insert: 'xyz' }])).toBe(8);
    expect(shiftCaret(5, [{ insert: 'ab' }])).toBe(7);
  });

  it('keeps the caret for a remote insert after it', () => {
    expect(shiftCaret(5, [{ retain: 7 }, { insert: 'xyz' }])).toBe(5);
    expect(shiftCaret(5, [{ retain: 5 }, { insert: 'xyz' }])).toBe(5);
  });

  it('moves the caret left for a remote delete before it, and to the start of a deleted span around it', () => {
    expect(shiftCaret(5, [{ retain: 1 }, { delete: 2 }])).toBe(3);
    expect(shiftCaret(5, [{ retain: 3 }, { delete: 5 }])).toBe(3);
    expect(shiftCaret(5, [{ retain: 6 }, { delete: 2 }])).toBe(5);
  });

  it('follows two people typing into one Y.Text at once (insert before and after the caret)', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getText('t').insert(0, 'in 4 trials');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    // The local person (a) has the caret after "in 4" (4) and types " of 5"; b prepends and appends.
    a.getText('t').insert(4, ' of 5');
    let caret = 9;
    const deltas: TextDelta[] = [];
    a.getText('t').observe((event) => deltas.push(event.delta as TextDelta));
    b.getText('t').insert(0, 'Ana: ');
    b.getText('t').insert(b.getText('t').length, ' weekly');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    for (const d of deltas) caret = shiftCaret(caret, d);
    const now = a.getText('t').toString();
    expect(now).toBe('Ana: in 4 of 5 trials weekly');
    expect(now.slice(0, caret)).toBe('Ana: in 4 of 5');
  });
});

describe('rebaseEdit', () => {
  it('keeps a remote insert that arrived before the input re-rendered', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'in 4 trials');
    const shown = text.toString();
    const deltas: TextDelta[] = [];
    text.observe((event) => deltas.push(event.delta as TextDelta));
    text.insert(0, 'Ana: '); // remote, not yet on screen
    // The person typed " of 5" after "in 4" in the stale input.
    const edit = diffText(shown, 'in 4 of 5 trials', 9);
    expect(edit).not.toBeNull();
    if (edit) {
      const moved = rebaseEdit(edit, deltas);
      text.delete(moved.index, moved.remove);
      text.insert(moved.index, moved.insert);
    }
    expect(text.toString()).toBe('Ana: in 4 of 5 trials');
  });

  it('moves a local deletion over a remote one before it', () => {
    expect(rebaseEdit({ index: 6, remove: 2, insert: '' }, [[{ delete: 3 }]])).toEqual({
      index: 3,
      remove: 2,
      insert: '',
    });
  });
});
