import * as Y from 'yjs';
import { readStructure } from './structure';
import { addAccommodation } from './accommodations';
import { moveInList } from './records';
import { removeRecord } from './removal';

describe('accommodation records', () => {
  it('adds records at the end, each with a kind and a Y.Text, in one transaction', () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on('afterTransaction', () => {
      transactions += 1;
    });
    const a = addAccommodation(doc, 'equipment', 'Slant board');
    expect(transactions).toBe(1);
    const b = addAccommodation(doc, 'accommodation');
    const record = doc.getMap<unknown>('accommodations').get(a);
    expect(record).toBeInstanceOf(Y.Map);
    expect((record as Y.Map<unknown>).get('text')).toBeInstanceOf(Y.Text);
    const { structure, issues } = readStructure(doc);
    expect(issues).toEqual([]);
    expect(structure.accommodations).toEqual([
      { id: a, position: 1, kind: 'equipment', text: 'Slant board' },
      { id: b, position: 2, kind: 'accommodation', text: '' },
    ]);
  });

  it('moves a record by changing its position only, and removes by id', () => {
    const doc = new Y.Doc();
    const a = addAccommodation(doc, 'equipment', 'A');
    const b = addAccommodation(doc, 'equipment', 'B');
    const c = addAccommodation(doc, 'accommodation', 'C');
    const order = (): string[] => readStructure(doc).structure.accommodations.map((r) => r.id);

    expect(moveInList(doc, 'accommodations', readStructure(doc).structure.accommodations, 2, 'up')).toBe(true);
    expect(order()).toEqual([a, c, b]);
    expect(moveInList(doc, 'accommodations', readStructure(doc).structure.accommodations, 0, 'down')).toBe(true);
    expect(order()).toEqual([c, a, b]);
    expect(moveInList(doc, 'accommodations', readStructure(doc).structure.accommodations, 0, 'up')).toBe(false);
    expect(moveInList(doc, 'accommodations', readStructure(doc).structure.accommodations, 2, 'down')).toBe(false);
    expect(order()).toEqual([c, a, b]);

    removeRecord(doc, 'accommodations', a, { at: '2026-12-01T10:00:00.000Z', by: { id: 'u1', name: 'Olivia Torres' } });
    expect(order()).toEqual([c, b]);
    expect(doc.getMap<unknown>('accommodations').has(a)).toBe(true);
  });

  it('keeps concurrent adds from two people', () => {
    const one = new Y.Doc();
    const two = new Y.Doc();
    addAccommodation(one, 'equipment', 'Keyboard');
    addAccommodation(two, 'accommodation', 'Seating change');
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    const texts = (doc: Y.Doc): string[] => readStructure(doc).structure.accommodations.map((r) => r.text ?? '');
    expect(texts(one)).toHaveLength(2);
    expect(texts(one)).toEqual(texts(two));
  });
});
