import { ErrorCode } from '@iep/shared';
import {
  badValues,
  encodeUrlValue,
  fieldsOf,
  sample,
  schemaAt,
  withValue,
  type BadValue,
  type Json,
  type Schema,
} from './input-probes';
import { api, type TestApp } from './test-app';

/**
 * Walks the routes of the OpenAPI document: for every path, query and body field, each bad value
 * its kind calls for, with everything else valid, so that the bad value alone decides the answer.
 */
export interface Operation {
  method: string;
  path: string;
  params: { name: string; in: 'path' | 'query'; required: boolean; schema: Schema }[];
  body: Schema | undefined;
}

interface OpenApiOperation {
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

export function operationsOf(doc: OpenApiDocument): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method)) continue;
      const params = (op.parameters ?? []).flatMap((p) => {
        const where: 'path' | 'query' | null = p.in === 'path' ? 'path' : p.in === 'query' ? 'query' : null;
        return where === null
          ? []
          : [{ name: p.name, in: where, required: p.required === true, schema: p.schema ?? {} }];
      });
      out.push({ method, path, params, body: op.requestBody?.content?.['application/json']?.schema });
    }
  }
  return out;
}

/** Real ids of the demo data, by parameter name (`id` by the path segment before it). */
export type IdResolver = (name: string, path?: string) => string | undefined;

export interface Probe {
  where: 'path' | 'query' | 'body';
  /** The field as the 400's `details.fields` name it: `sectionId`, `fields.baseline`, `order.0`. */
  field: string;
  bad: BadValue;
  url: string;
  rawBody: string | undefined;
}

const RAW = '__raw_json_value__';

function bodyText(body: Json | undefined, bad?: BadValue): string | undefined {
  if (body === undefined) return undefined;
  const text = JSON.stringify(body);
  return bad?.raw === undefined ? text : text.replace(JSON.stringify(RAW), bad.raw);
}

function url(op: Operation, path: Record<string, string>, query: Record<string, string>): string {
  const filled = op.path.replace(/\{([A-Za-z0-9_]+)\}/g, (_m, name: string) => path[name] ?? 'missing');
  const search = Object.entries(query).map(([k, v]) => `${encodeURIComponent(k)}=${v}`);
  return search.length > 0 ? `${filled}?${search.join('&')}` : filled;
}

/** Every probe of one operation. */
export function probesOf(op: Operation, ids: IdResolver): Probe[] {
  const id = (name: string) => ids(name, op.path);
  const pathValues: Record<string, string> = {};
  const queryValues: Record<string, string> = {};
  for (const p of op.params) {
    const value = sample(p.schema, p.name, id);
    if (typeof value !== 'string') continue;
    if (p.in === 'path') pathValues[p.name] = encodeUrlValue(value);
    else if (p.required) queryValues[p.name] = encodeUrlValue(value);
  }
  const bodySchema = op.body;
  const base = bodySchema ? sample(bodySchema, '(body)', id) : undefined;
  const probes: Probe[] = [];
  for (const p of op.params) {
    for (const bad of badValues(p.schema, p.in)) {
      const value = encodeUrlValue(typeof bad.value === 'string' ? bad.value : (bad.raw ?? String(bad.value)));
      const path = p.in === 'path' ? { ...pathValues, [p.name]: value } : pathValues;
      const query = p.in === 'query' ? { ...queryValues, [p.name]: value } : queryValues;
      probes.push({ where: p.in, field: p.name, bad, url: url(op, path, query), rawBody: bodyText(base) });
    }
  }
  if (bodySchema) {
    const fill = (at: (string | number)[]): Json | undefined => {
      const schema = schemaAt(bodySchema, at);
      return schema ? sample(schema, String(at[at.length - 1] ?? ''), id) : undefined;
    };
    for (const field of fieldsOf(bodySchema)) {
      for (const bad of badValues(field.schema, 'body')) {
        const body = withValue(base, field.pointer, bad.raw === undefined ? bad.value : RAW, fill);
        probes.push({
          where: 'body',
          field: field.pointer.join('.'),
          bad,
          url: url(op, pathValues, queryValues),
          rawBody: bodyText(body, bad),
        });
      }
    }
  }
  return probes;
}

interface ErrorBodyShape {
  error?: { code?: unknown; details?: { fields?: { field?: unknown }[] } };
}

/** What is wrong with the answer to a probe, or null: a 4xx with a code (a 400 names the probed field). */
export function problemWith(status: number, body: unknown, probe: Probe): string | null {
  if (status >= 500) return `answered ${status}`;
  if (probe.bad.lossyInUrl === true && status < 400) return null;
  if (status < 400) return `answered ${status} (the bad value was taken)`;
  const error = (body as ErrorBodyShape | null)?.error;
  if (typeof error?.code !== 'string') return `answered ${status} without an error code`;
  if (error.code === ErrorCode.InvalidInput)
    return 'refused only by the database backstop (INVALID_INPUT): the schema let it through';
  if (error.code !== ErrorCode.ValidationFailed) return null;
  const named = (error.details?.fields ?? []).map((f) => String(f.field));
  const here = (name: string) => name === probe.field || name.startsWith(`${probe.field}.`);
  // zod reports every issue, so the probed field named among them proves its own check refused the
  // value (a cross-field rule, such as anchorStart needing anchorEnd, may name a sibling too).
  return named.some(here) ? null : `refused, but for ${named.join(', ')}`;
}

/** Sends one probe as the signed-in person. */
export async function sendProbe(
  app: TestApp,
  method: string,
  probe: Probe,
  token: string,
): Promise<{ status: number; body: unknown }> {
  const res = await api(app, probe.url, { method: method.toUpperCase(), token, rawBody: probe.rawBody });
  return { status: res.status, body: res.body };
}
