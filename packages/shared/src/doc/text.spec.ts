import * as Y from 'yjs';
import { applyTextEdit, diffText, replaceText } from './text';

describe('diffText', () => {
  it('finds no edit for equal strings', () => {
    expect(diffText('abc', 'abc')).toBeNull();
  });

  it('finds a typed character in the middle', () => {
    expect(diffText('in 4 trials', 'in 4 of trials')).toEqual({ index: 5, remove: 0, insert: 'of ' });
  });

  it('finds a deletion and a replacement', () => {
    expect(diffText('hello world', 'hello')).toEqual({ index: 5, remove: 6, insert: '' });
    expect(diffText('4 of 5 trials', '3 of 5 trials')).toEqual({ index: 0, remove: 1, insert: '3' });
    expect(diffText('', 'abc')).toEqual({ index: 0, remove: 0, insert: 'abc' });
    expect(diffText('abc', '')).toEqual({ index: 0, remove: 3, insert: '' });
  });

  it('records typing in a run of equal characters at the caret', () => {
    expect(diffText('aa', 'aaa', 1)).toEqual({ index: 0, remove: 0, insert: 'a' });
    expect(diffText('aa', 'aaa')).toEqual({ index: 2, remove: 0, insert: 'a' });
    expect(diffText('aaa', 'aa', 1)).toEqual({ index: 1, remove: 1, insert: '' });
  });

  it('applied to a Y.Text gives the new value', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'given a board');
    const edit = diffText(text.toString(), 'given a slant board', 13);
    expect(edit).not.toBeNull();
    if (edit) applyTextEdit(text, edit);
    expect(text.toString()).toBe('given a slant board');
  });
});

describe('replaceText', () => {
  it('replaces only the differing middle of a text, so a concurrent insert elsewhere in it survives', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const text = a.getText('t');
    text.insert(0, 'in 3 of 5 trials');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    b.getText('t').insert(16, ' weekly');
    replaceText(text, 'in 4 of 5 trials');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(text.toString()).toBe('in 4 of 5 trials weekly');
  });

  it('leaves an equal text untouched', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'same');
    let changes = 0;
    text.observe(() => {
      changes += 1;
    });
    replaceText(text, 'same');
    expect(changes).toBe(0);
  });
});
