import { HttpStatus } from '@nestjs/common';
import { ErrorCode } from '@iep/shared';
import type { z } from 'zod';
import { AppError } from './app-error';

/** Validates input at the edge with a shared zod schema; a failure names every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || '(body)',
    message: issue.message,
  }));
  throw new AppError(
    HttpStatus.BAD_REQUEST,
    ErrorCode.ValidationFailed,
    `Invalid input: ${fields.map((f) => f.field).join(', ')}`,
    { fields },
  );
}
