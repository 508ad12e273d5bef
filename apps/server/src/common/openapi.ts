import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

/** A zod schema as JSON Schema: requests as they are sent (`input`), answers as they are returned. */
function toSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io }) as JsonSchema;
  delete json.$schema;
  return json;
}

const errorShape = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
let errorSchema: JsonSchema | undefined;

/** The properties of an object schema, each with its JSON Schema and whether it is required. */
function fieldsOf(schema: z.ZodType): { name: string; schema: JsonSchema; required: boolean }[] {
  const json = toSchema(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set(Array.isArray(json.required) ? json.required.map(String) : []);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    schema: property,
    required: required.has(name),
  }));
}

/** Swagger's decorators waiting for the first request of the document (see `describeRoutes`). */
const undescribed: (() => void)[] = [];

/**
 * Turning every route's zod schemas into JSON Schema takes a noticeable share of start-up, and only
 * /api/docs needs it: the decorators are applied when the document is first built.
 */
function onFirstDocument(build: () => MethodDecorator): MethodDecorator {
  return (target, key, descriptor) => {
    undescribed.push(() => build()(target, key, descriptor));
  };
}

/** Applies the OpenAPI decorators of every route declared so far; call before building the document. */
export function describeRoutes(): void {
  for (const describe of undescribed.splice(0)) describe();
}

/**
 * Describes a route's path and query parameters in the OpenAPI document from the zod schemas that
 * validate them (the input-walking test reads them there, so every parameter is documented).
 */
export function ApiInput(opts: { params?: z.ZodType; query?: z.ZodType }): MethodDecorator {
  return onFirstDocument(() => inputDecorators(opts));
}

function inputDecorators(opts: { params?: z.ZodType; query?: z.ZodType }): MethodDecorator {
  const decorators: MethodDecorator[] = [];
  for (const field of opts.params ? fieldsOf(opts.params) : []) {
    decorators.push(ApiParam({ name: field.name, required: true, schema: field.schema }));
  }
  for (const field of opts.query ? fieldsOf(opts.query) : []) {
    decorators.push(ApiQuery({ name: field.name, required: field.required, schema: field.schema }));
  }
  return applyDecorators(...decorators);
}

/** Describes a route in the OpenAPI document from the same zod schemas that validate it. */
export function ApiRoute(opts: {
  summary: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response?: z.ZodType;
  status?: number;
  errors?: number[];
}): MethodDecorator {
  return onFirstDocument(() => routeDecorators(opts));
}

function routeDecorators(opts: Parameters<typeof ApiRoute>[0]): MethodDecorator {
  const decorators: MethodDecorator[] = [ApiOperation({ summary: opts.summary }), inputDecorators(opts)];
  if (opts.body) decorators.push(ApiBody({ schema: toSchema(opts.body, 'input') }));
  decorators.push(
    ApiResponse({
      status: opts.status ?? 200,
      ...(opts.response ? { schema: toSchema(opts.response) } : { description: 'No content' }),
    }),
  );
  for (const status of opts.errors ?? [])
    decorators.push(ApiResponse({ status, schema: (errorSchema ??= toSchema(errorShape)) }));
  return applyDecorators(...decorators);
}

/**
 * Describes a route that answers a file (not ApiRoute: that one describes JSON answers, and this
 * 200 is binary), with what each error status means for it.
 */
export function ApiFile(opts: {
  summary: string;
  params?: z.ZodType;
  query?: z.ZodType;
  type: 'application/pdf' | 'application/zip';
  description: string;
  errors: Record<number, string>;
}): MethodDecorator {
  return applyDecorators(
    ApiInput(opts),
    ApiOperation({ summary: opts.summary }),
    ApiResponse({
      status: 200,
      description: opts.description,
      content: { [opts.type]: { schema: { type: 'string', format: 'binary' } } },
    }),
    ...Object.entries(opts.errors).map(([status, description]) => ApiResponse({ status: Number(status), description })),
  );
}
