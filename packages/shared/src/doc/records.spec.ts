import * as Y from 'yjs';
import { appendRecord, lastRecordPosition, newRecordId, positionBetween, recordMap } from './records';

describe('position-ordered records', () => {
  it('places a position between neighbours, either of which may be missing', () => {
    expect(positionBetween()).toBe(1);
    expect(positionBetween(null, 3)).toBe(2);
    expect(positionBetween(3, null)).toBe(4);
    expect(positionBetween(1, 2)).toBe(1.5);
  });

  it('appends after the last position, set into the root before it is filled, in one transaction', () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on('afterTransaction', () => {
      transactions += 1;
    });
    const id = appendRecord(doc, 'services', (record) => {
      // Filled inside the document: the record is already there.
      expect(record.doc).toBe(doc);
      record.set('model', 'push_in');
    });
    expect(transactions).toBe(1);
    const second = appendRecord(doc, 'services', () => undefined);
    expect(recordMap(doc, 'services', id)?.toJSON()).toEqual({ position: 1, model: 'push_in' });
    expect(recordMap(doc, 'services', second)?.get('position')).toBe(2);
    expect(lastRecordPosition(doc, 'services')).toBe(2);
    expect(lastRecordPosition(doc, 'goals')).toBeUndefined();
    expect(recordMap(doc, 'services', 'gone')).toBeNull();
    expect(newRecordId()).not.toBe(newRecordId());
  });
});
