import * as Y from 'yjs';
import { DECODE_CLOCKS_MAX_BYTES, updateClocks } from './live-doc';

describe('the clocks a stored update carries', () => {
  it('match what decoding the update gives, for small and large local edits, merged remote ones and deletions', () => {
    const doc = new Y.Doc();
    const other = new Y.Doc();
    const seen: { fromTransaction: Map<number, number>; decoded: Map<number, number> }[] = [];
    doc.on('update', (update: Uint8Array, _origin: unknown, _doc: Y.Doc, tr: Y.Transaction) =>
      seen.push({ fromTransaction: updateClocks(update, tr), decoded: Y.parseUpdateMeta(update).to }),
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
    // Large enough to be read from the transaction instead of decoded.
    other.getText('t').insert(0, 'w'.repeat(2 * DECODE_CLOCKS_MAX_BYTES));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
    doc.getText('t').insert(0, 'z'.repeat(2 * DECODE_CLOCKS_MAX_BYTES));

    expect(seen).toHaveLength(6);
    for (const { fromTransaction, decoded } of seen) expect(fromTransaction).toEqual(decoded);
    // A deletion alone advances no clock.
    expect(seen[2]?.fromTransaction.size).toBe(0);
    expect(seen[1]?.fromTransaction.get(other.clientID)).toBe(4);
  });
});
