import * as Y from 'yjs';
import { z } from 'zod';
import { text } from './fields';
import { appendRecord, readList, type FieldIssue, type Parsed } from './records';

/** The accommodations root: accommodations and equipment in one position-ordered list, each text a Y.Text. */
export const ACCOMMODATION_KINDS = ['accommodation', 'equipment'] as const;
export type AccommodationKind = (typeof ACCOMMODATION_KINDS)[number];

export const accommodationFieldSchemas = {
  position: z.number().finite(),
  kind: z.enum(ACCOMMODATION_KINDS),
  text: text(1000),
} as const;

export type AccommodationRecord = { id: string } & Parsed<typeof accommodationFieldSchemas>;

export function readAccommodations(doc: Y.Doc, issues: FieldIssue[]): AccommodationRecord[] {
  return readList(doc, 'accommodations', accommodationFieldSchemas, issues);
}

/** Adds an accommodation or a piece of equipment at the end of the list. Returns its id. */
export function addAccommodation(doc: Y.Doc, kind: AccommodationKind, value = ''): string {
  return appendRecord(doc, 'accommodations', (record) => {
    record.set('kind', kind);
    record.set('text', new Y.Text(value));
  });
}
