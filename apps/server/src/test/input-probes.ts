import { randomUUID } from 'node:crypto';

/**
 * Odd input, generated from the JSON Schema the OpenAPI document (or a socket event's schema) gives
 * each field: a valid sample of everything, then one bad value at a time in one field.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Schema = Record<string, unknown>;

/** A bad value for one field: `raw` is spliced into the JSON text as it is (1e309 has no JSON.stringify form). */
export interface BadValue {
  label: string;
  value: Json;
  raw?: string;
  /** A value a URL cannot carry as such (a lone surrogate becomes U+FFFD on the way): only "never 5xx". */
  lossyInUrl?: boolean;
}

export type Kind = 'text' | 'int-string' | 'integer' | 'date' | 'date-time' | 'other';

const str = (schema: Schema, key: string): string | undefined =>
  typeof schema[key] === 'string' ? (schema[key] as string) : undefined;
const num = (schema: Schema, key: string): number | undefined =>
  typeof schema[key] === 'number' ? (schema[key] as number) : undefined;
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** The schema without its null alternative (`anyOf: [X, {type: null}]` is X). */
export function unwrap(schema: Schema): Schema {
  const options = schema.anyOf ?? schema.oneOf;
  if (!Array.isArray(options)) return schema;
  const first = (options as Schema[]).find((o) => o.type !== 'null');
  return first ? unwrap(first) : schema;
}

export function kindOf(raw: Schema): Kind {
  const schema = unwrap(raw);
  const format = str(schema, 'format');
  if (schema.type === 'integer') return 'integer';
  if (schema.type !== 'string') return 'other';
  if (format === 'int32') return 'int-string';
  if (format === 'date' || str(schema, 'pattern') === DATE_PATTERN) return 'date';
  if (format === 'date-time') return 'date-time';
  return 'text';
}

/** Every string input is bounded: a length, a pattern, a format or a list of values. */
export function bounded(raw: Schema): boolean {
  const schema = unwrap(raw);
  if (schema.type !== 'string') return true;
  return (
    schema.maxLength !== undefined ||
    schema.pattern !== undefined ||
    schema.enum !== undefined ||
    schema.const !== undefined ||
    schema.format !== undefined
  );
}

function patternSample(schema: Schema): string | undefined {
  const pattern = str(schema, 'pattern');
  if (pattern === undefined) return undefined;
  const min = num(schema, 'minLength') ?? 1;
  const max = num(schema, 'maxLength') ?? 64;
  const length = Math.min(Math.max(min, 32), max);
  return ['a'.repeat(length), 'A'.repeat(length), '1'.repeat(length)].find((candidate) =>
    new RegExp(pattern).test(candidate),
  );
}

/**
 * A valid value for the schema; `id(name)` answers real ids for uuid fields where it knows them.
 * Optional object properties are left out.
 */
export function sample(
  raw: Schema,
  name: string,
  id: (name: string) => string | undefined,
  counter = { n: 0 },
): Json | undefined {
  const schema = unwrap(raw);
  if (schema.const !== undefined) return schema.const as Json;
  if (Array.isArray(schema.enum)) return schema.enum[0] as Json;
  switch (schema.type) {
    case 'object': {
      const out: Record<string, Json> = {};
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
      for (const key of required) {
        const value = properties[key] ? sample(properties[key], key, id, counter) : undefined;
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    case 'array': {
      const items = (schema.items ?? {}) as Schema;
      const min = num(schema, 'minItems') ?? 0;
      const item = min > 0 ? sample(items, name, id, counter) : undefined;
      return item === undefined ? [] : Array.from({ length: min }, () => item);
    }
    case 'integer':
      return Math.max(num(schema, 'minimum') ?? 1, 1);
    case 'number':
      return num(schema, 'minimum') ?? 1;
    case 'boolean':
      return true;
    case 'string': {
      const format = str(schema, 'format');
      if (format === 'uuid') return id(name) ?? randomUUID();
      if (format === 'int32') return String(Math.max(num(schema, 'minimum') ?? 1, 1));
      if (kindOf(schema) === 'date') return '2026-01-15';
      if (format === 'date-time') return new Date(Date.now() + 86_400_000).toISOString();
      if (format === 'email') return `walker-${++counter.n}@example.org`;
      if (format === 'uri') return 'https://example.org/walk';
      const fromPattern = patternSample(schema);
      if (fromPattern !== undefined || schema.pattern !== undefined) return fromPattern;
      const length = Math.min(Math.max(num(schema, 'minLength') ?? 1, 5), num(schema, 'maxLength') ?? 5);
      return 'w'.repeat(length);
    }
    default:
      return undefined;
  }
}

/** The bad values for a field of this schema. */
export function badValues(raw: Schema, where: 'path' | 'query' | 'body'): BadValue[] {
  const schema = unwrap(raw);
  const inUrl = where !== 'body';
  const kind = kindOf(schema);
  const overLength = Math.min((num(schema, 'maxLength') ?? (inUrl ? 2_000 : 20_000)) + 1, inUrl ? 5_000 : 200_000);
  const text: BadValue[] = [
    { label: 'NUL', value: 'a\u0000b' },
    { label: 'lone surrogate', value: 'a\ud800b', lossyInUrl: inUrl },
    { label: `over-long (${overLength})`, value: 'x'.repeat(overLength) },
  ];
  switch (kind) {
    case 'integer':
      return [
        { label: '2147483648', value: 2147483648 },
        { label: '-1', value: -1 },
        { label: '1e309', value: 0, raw: '1e309' },
        { label: "'abc'", value: 'abc' },
      ];
    case 'int-string':
      return [...['2147483648', '-1', '1e309', 'abc'].map((value) => ({ label: value, value })), ...text];
    case 'date':
      return [{ label: 'year 0000', value: '0000-01-01' }, { label: 'year 99999', value: '99999-01-01' }, ...text];
    case 'date-time':
      return [
        { label: 'year 0000', value: '0000-01-01T00:00:00Z' },
        { label: 'year 99999', value: '99999-01-01T00:00:00Z' },
        ...text,
      ];
    case 'text':
      return text;
    default:
      return [];
  }
}

/** A field of a body or payload: where it sits and its schema. */
export interface Field {
  pointer: (string | number)[];
  schema: Schema;
}

/** Every field of a body schema, nested objects and array items included (an item at index 0). */
export function fieldsOf(raw: Schema, pointer: (string | number)[] = []): Field[] {
  const schema = unwrap(raw);
  if (schema.type === 'object') {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    return Object.entries(properties).flatMap(([key, property]) => fieldsOf(property, [...pointer, key]));
  }
  if (schema.type === 'array') return fieldsOf((schema.items ?? {}) as Schema, [...pointer, 0]);
  return pointer.length === 0 ? [] : [{ pointer, schema: raw }];
}

/** A copy of the sample with the value put at the pointer (objects and arrays made on the way). */
export function withValue(
  base: Json | undefined,
  pointer: (string | number)[],
  value: Json,
  fill: (at: (string | number)[]) => Json | undefined,
): Json {
  const [head, ...rest] = pointer;
  if (head === undefined) return value;
  if (typeof head === 'number') {
    const list = Array.isArray(base) ? [...base] : [];
    list[head] = withValue(list[head] ?? fill(pointer.slice(0, 1)), rest, value, (at) => fill([head, ...at]));
    return list;
  }
  const object = base !== null && typeof base === 'object' && !Array.isArray(base) ? { ...base } : {};
  object[head] = withValue(object[head] ?? (rest.length > 0 ? fill([head]) : undefined), rest, value, (at) =>
    fill([head, ...at]),
  );
  return object;
}

/** Encodes a path or query value as a client would; a lone surrogate goes as its WTF-8 bytes. */
export function encodeUrlValue(value: string): string {
  return [...value]
    .map((ch) => {
      const code = ch.charCodeAt(0);
      if (ch.length === 1 && code >= 0xd800 && code <= 0xdfff) {
        return `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
      }
      return encodeURIComponent(ch);
    })
    .join('');
}

/** The schema of the field at the pointer (numbers step into array items). */
export function schemaAt(raw: Schema, pointer: (string | number)[]): Schema | undefined {
  let schema: Schema | undefined = raw;
  for (const step of pointer) {
    if (schema === undefined) return undefined;
    const current: Schema = unwrap(schema);
    schema =
      typeof step === 'number'
        ? (current.items as Schema | undefined)
        : ((current.properties ?? {}) as Record<string, Schema>)[step];
  }
  return schema;
}
