import * as Y from 'yjs';
import { z } from 'zod';
import { text } from './fields';
import { GOAL_AREAS, type GoalArea } from './goals';
import { readRecord, type FieldIssue, type Parsed } from './records';

/** The areas of need root: a Y.Map keyed by goal area (not by id), each a Y.Map with a checkbox and a Y.Text note. */
export const areaOfNeedFieldSchemas = {
  selected: z.boolean(),
  note: text(2000),
} as const;

export type AreaOfNeedRecord = { area: GoalArea } & Parsed<typeof areaOfNeedFieldSchemas>;

/** Every area, in GOAL_AREAS order, unchecked with an empty note when the document has none. */
export function readAreasOfNeed(doc: Y.Doc, issues: FieldIssue[]): AreaOfNeedRecord[] {
  const areas = doc.getMap<unknown>('areasOfNeed');
  return GOAL_AREAS.map((area) => {
    const value = areas.get(area);
    const record =
      value instanceof Y.Map
        ? readRecord(value as Y.Map<unknown>, areaOfNeedFieldSchemas, 'areasOfNeed', area, issues)
        : null;
    return { area, selected: record?.selected ?? false, note: record?.note ?? '' };
  });
}

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
