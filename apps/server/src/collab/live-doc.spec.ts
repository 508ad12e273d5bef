import * as Y from 'yjs';
import { advancedClocks } from './live-doc';

describe('the clocks a stored update carries, read from its transaction', () => {
  it('match what decoding the update gives, for local edits, merged remote ones and deletions', () => {
    const doc = new Y.Doc();
    const other = new Y.Doc();
    const seen: { fromTransaction: Map<number, number>; decoded: Map<number, number> }[] = [];
    doc.on('update', (update: Uint8Array, _origin: unknown, _doc: Y.Doc, tr: Y.Transaction) =>
      seen.push({ fromTransaction: advancedClocks(tr), decoded: Y.parseUpdateMeta(update).to }),
    );
    doc.getText('t').insert(0, 'hello');
    other.getText('t').insert(0, 'abc');
    other.getMap('m').set('k', 1);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    doc.getText('t').delete(0, 2);
    doc.transact(() => {
      doc.getText('t').insert(1, 'xy');
      doc.getMap('m').set('k', 2);
    });

    expect(seen).toHaveLength(4);
    for (const { fromTransaction, decoded } of seen) expect(fromTransaction).toEqual(decoded);
    // A deletion alone advances no clock.
    expect(seen[2]?.fromTransaction.size).toBe(0);
    expect(seen[1]?.fromTransaction.get(other.clientID)).toBe(4);
  });
});
