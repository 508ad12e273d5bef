import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

const errorSchema = toSchema(
  z.object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) }),
);

/** Describes a route in the OpenAPI document from the same zod schemas that validate it. */
export function ApiRoute(opts: {
  summary: string;
  body?: z.ZodType;
  response?: z.ZodType;
  status?: number;
  errors?: number[];
}): MethodDecorator {
  const decorators: MethodDecorator[] = [ApiOperation({ summary: opts.summary })];
  if (opts.body) decorators.push(ApiBody({ schema: toSchema(opts.body) }));
  decorators.push(
    ApiResponse({ status: opts.status ?? 200, ...(opts.response ? { schema: toSchema(opts.response) } : { description: 'No content' }) }),
  );
  for (const status of opts.errors ?? []) decorators.push(ApiResponse({ status, schema: errorSchema }));
  return applyDecorators(...decorators);
}
