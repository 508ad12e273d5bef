import * as Y from 'yjs';
import { setAreaSelected } from './areas-of-need';
import { readStructure } from './structure';

describe('areas of need', () => {
  it('creates the area on first check, with a Y.Text note, and unchecks without losing the note', () => {
    const doc = new Y.Doc();
    setAreaSelected(doc, 'fine_motor', false);
    expect(doc.getMap<unknown>('areasOfNeed').has('fine_motor')).toBe(false);

    setAreaSelected(doc, 'fine_motor', true);
    const record = doc.getMap<unknown>('areasOfNeed').get('fine_motor') as Y.Map<unknown>;
    expect(record).toBeInstanceOf(Y.Map);
    const note = record.get('note');
    expect(note).toBeInstanceOf(Y.Text);
    (note as Y.Text).insert(0, 'Pencil grip');

    const first = readStructure(doc);
    expect(first.issues).toEqual([]);
    let structure = first.structure;
    expect(structure.areasOfNeed.find((a) => a.area === 'fine_motor')).toEqual({
      area: 'fine_motor',
      selected: true,
      note: 'Pencil grip',
    });
    expect(structure.areasOfNeed.find((a) => a.area === 'self_care')).toEqual({
      area: 'self_care',
      selected: false,
      note: '',
    });

    setAreaSelected(doc, 'fine_motor', false);
    ({ structure } = readStructure(doc));
    expect(structure.areasOfNeed.find((a) => a.area === 'fine_motor')).toEqual({
      area: 'fine_motor',
      selected: false,
      note: 'Pencil grip',
    });
    expect(record.get('note')).toBe(note);
  });
});
