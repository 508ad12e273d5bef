import * as Y from 'yjs';
import { z } from 'zod';
import { calendarDateSchema, safeText } from './input';
import { fragmentToJson } from './section-doc';
import type { RichTextNode } from './schemas';

/**
 * The structured parts of an OT section's Y.Doc. Each list is a root Y.Map of records keyed by id,
 * ordered by a `position` number: reordering changes only positions, so someone typing in a record
 * while another person moves it loses nothing. Every free-text field is a Y.Text, so two people can
 * edit different fields of one goal (or the same field) at once.
 */
export const GOAL_AREAS = [
  'fine_motor',
  'self_care',
  'sensory_processing',
  'visual_perception',
  'gross_motor',
  'social_participation',
  'eating_swallowing',
  'attendance_participation',
  'transition',
] as const;
export type GoalArea = (typeof GOAL_AREAS)[number];

export const STRUCTURED_ROOTS = ['areasOfNeed', 'goals', 'services', 'accommodations', 'transitionGoals'] as const;
export type StructuredRoot = (typeof STRUCTURED_ROOTS)[number];

export const GOAL_TEXT_FIELDS = ['baseline', 'condition', 'behavior', 'criterion', 'timeframe', 'measurement', 'reporting'] as const;
export type GoalTextField = (typeof GOAL_TEXT_FIELDS)[number];

export const SERVICE_MODELS = ['direct_pull_out', 'push_in', 'consultation', 'combined'] as const;
export const SERVICE_PERIODS = ['week', 'month'] as const;
export const SERVICE_GROUPINGS = ['individual', 'group'] as const;
export const SERVICE_PROVIDERS = ['ot', 'ota_supervised', 'teacher_supervised', 'aide_supervised'] as const;
export const ACCOMMODATION_KINDS = ['accommodation', 'equipment'] as const;
export const TRANSITION_AREAS = ['education', 'employment', 'independent_living'] as const;

/** Free text of a record, as typed (not trimmed): bounded, no NUL, no lone surrogate. */
const text = (max: number) => safeText({ max, trim: false });

/** A calendar date that exists, as YYYY-MM-DD, in the years 1900 to 2100 (the one date schema). */
export const isoDateSchema = calendarDateSchema;

/**
 * Where a goal came from when it was added or changed by an accepted proposal: who proposed it,
 * who accepted it and when. Stored as a plain JSON value in the goal's Y.Map (set by the server).
 */
export const goalProvenanceSchema = z.object({
  proposalId: z.string().max(64),
  kind: z.enum(['new_goal', 'change_goal']),
  proposedBy: z.object({ name: z.string().max(200), role: z.string().max(20) }),
  acceptedBy: z.object({ name: z.string().max(200), role: z.string().max(20) }),
  acceptedAt: z.string().max(40),
});
export type GoalProvenance = z.infer<typeof goalProvenanceSchema>;

/** Field schemas, one per field, so a bad field never hides the rest of its record. */
export const goalFieldSchemas = {
  position: z.number().finite(),
  area: z.enum(GOAL_AREAS).nullable(),
  baseline: text(2000),
  condition: text(1000),
  behavior: text(1000),
  criterion: text(500),
  timeframe: text(500),
  measurement: text(1000),
  reporting: text(500),
  objectives: z.array(text(1000)).max(12),
  description: z.custom<RichTextNode>((v) => typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'doc', 'not rich text'),
  provenance: goalProvenanceSchema.nullable(),
} as const;

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

export const accommodationFieldSchemas = {
  position: z.number().finite(),
  kind: z.enum(ACCOMMODATION_KINDS),
  text: text(1000),
} as const;

export const transitionGoalFieldSchemas = {
  position: z.number().finite(),
  area: z.enum(TRANSITION_AREAS).nullable(),
  goal: text(2000),
} as const;

export const areaOfNeedFieldSchemas = {
  selected: z.boolean(),
  note: text(2000),
} as const;

type Shape = Record<string, z.ZodType>;
type Parsed<S extends Shape> = { [K in keyof S]: z.infer<S[K]> | null };

export type GoalRecord = { id: string } & Parsed<typeof goalFieldSchemas>;
export type ServiceRecord = { id: string } & Parsed<typeof serviceFieldSchemas>;
export type AccommodationRecord = { id: string } & Parsed<typeof accommodationFieldSchemas>;
export type TransitionGoalRecord = { id: string } & Parsed<typeof transitionGoalFieldSchemas>;
export type AreaOfNeedRecord = { area: GoalArea } & Parsed<typeof areaOfNeedFieldSchemas>;

export interface SectionStructure {
  areasOfNeed: AreaOfNeedRecord[];
  goals: GoalRecord[];
  services: ServiceRecord[];
  accommodations: AccommodationRecord[];
  transitionGoals: TransitionGoalRecord[];
}

/** A field whose stored value does not pass its schema: shown next to the field and in the checks. */
export interface FieldIssue {
  path: [StructuredRoot, string, string];
  message: string;
}

/** Plain JSON of a stored value: Y.Text and Y.XmlFragment become strings, Y.Array of Y.Text a list. */
function plain(value: unknown): unknown {
  if (value instanceof Y.XmlFragment) return fragmentToJson(value);
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Y.Array) return value.toArray().map(plain);
  if (value instanceof Y.Map) return Object.fromEntries([...value.entries()].map(([k, v]) => [k, plain(v)]));
  if (value instanceof Y.AbstractType) return value.toJSON();
  return value;
}

function readRecord<S extends Shape>(map: Y.Map<unknown>, shape: S, root: StructuredRoot, id: string, issues: FieldIssue[]): Parsed<S> {
  const out: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(shape)) {
    const raw = plain(map.get(field));
    const result = schema.safeParse(raw === undefined && schema.safeParse(null).success ? null : raw);
    if (result.success) out[field] = result.data;
    else {
      out[field] = null;
      if (raw !== undefined) issues.push({ path: [root, id, field], message: result.error.issues[0]?.message ?? 'invalid' });
    }
  }
  return out as Parsed<S>;
}

function readList<S extends Shape>(doc: Y.Doc, root: StructuredRoot, shape: S, issues: FieldIssue[]): ({ id: string } & Parsed<S>)[] {
  const records: ({ id: string } & Parsed<S>)[] = [];
  for (const [id, value] of doc.getMap<unknown>(root).entries()) {
    if (!(value instanceof Y.Map)) {
      issues.push({ path: [root, id, '*'], message: 'not a record' });
      continue;
    }
    records.push({ id, ...readRecord(value as Y.Map<unknown>, shape, root, id, issues) });
  }
  return records.sort((a, b) => ((a.position as number | null) ?? 0) - ((b.position as number | null) ?? 0) || a.id.localeCompare(b.id));
}

/** The structured parts as validated JSON, with every field that failed its schema listed. */
export function readStructure(doc: Y.Doc): { structure: SectionStructure; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const areasOfNeed: AreaOfNeedRecord[] = [];
  const areas = doc.getMap<unknown>('areasOfNeed');
  for (const area of GOAL_AREAS) {
    const value = areas.get(area);
    const record = value instanceof Y.Map ? readRecord(value as Y.Map<unknown>, areaOfNeedFieldSchemas, 'areasOfNeed', area, issues) : null;
    areasOfNeed.push({ area, selected: record?.selected ?? false, note: record?.note ?? '' });
  }
  return {
    structure: {
      areasOfNeed,
      goals: readList(doc, 'goals', goalFieldSchemas, issues),
      services: readList(doc, 'services', serviceFieldSchemas, issues),
      accommodations: readList(doc, 'accommodations', accommodationFieldSchemas, issues),
      transitionGoals: readList(doc, 'transitionGoals', transitionGoalFieldSchemas, issues),
    },
    issues,
  };
}
