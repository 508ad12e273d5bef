import * as Y from 'yjs';
import { z } from 'zod';
import { isoDateSchema, text } from './fields';
import { appendRecord, readList, type FieldIssue, type Parsed } from './records';

/** The services root: a Y.Map of service rows, choices and numbers as plain values, the location a Y.Text. */
export const SERVICE_MODELS = ['direct_pull_out', 'push_in', 'consultation', 'combined'] as const;
export const SERVICE_PERIODS = ['week', 'month'] as const;
export const SERVICE_GROUPINGS = ['individual', 'group'] as const;
export const SERVICE_PROVIDERS = ['ot', 'ota_supervised', 'teacher_supervised', 'aide_supervised'] as const;

export const serviceFieldSchemas = {
  position: z.number().finite(),
  model: z.enum(SERVICE_MODELS).nullable(),
  frequency: z.number().int().min(1).max(40).nullable(),
  period: z.enum(SERVICE_PERIODS).nullable(),
  minutes: z.number().int().min(1).max(480).nullable(),
  grouping: z.enum(SERVICE_GROUPINGS).nullable(),
  location: text(200),
  provider: z.enum(SERVICE_PROVIDERS).nullable(),
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
} as const;

export type ServiceRecord = { id: string } & Parsed<typeof serviceFieldSchemas>;

export function readServices(doc: Y.Doc, issues: FieldIssue[]): ServiceRecord[] {
  return readList(doc, 'services', serviceFieldSchemas, issues);
}

/** Adds an empty service row at the end of the list. */
export function addService(doc: Y.Doc): string {
  return appendRecord(doc, 'services', (row) => {
    for (const field of ['model', 'frequency', 'period', 'minutes', 'grouping', 'provider', 'startDate', 'endDate'])
      row.set(field, null);
    row.set('location', new Y.Text(''));
  });
}
