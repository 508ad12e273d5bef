import * as Y from 'yjs';
import type { GoalArea } from '@iep/shared';

/**
 * Checks or unchecks an area of need. The area's Y.Map is created on first check (set into the
 * root map first, then filled), in one transaction; a missing note gets an empty Y.Text.
 */
export function setAreaSelected(doc: Y.Doc, area: GoalArea, selected: boolean): void {
  doc.transact(() => {
    const root = doc.getMap<unknown>('areasOfNeed');
    const existing = root.get(area);
    let record: Y.Map<unknown>;
    if (existing instanceof Y.Map) record = existing as Y.Map<unknown>;
    else {
      if (!selected) return;
      record = new Y.Map<unknown>();
      root.set(area, record);
    }
    record.set('selected', selected);
    if (!(record.get('note') instanceof Y.Text)) record.set('note', new Y.Text(''));
  });
}
