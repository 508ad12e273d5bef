import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ErrorCode, type ErrorBody } from '@iep/shared';
import { AppError } from './app-error';
import { databaseInputError } from './database-input-error';

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: ErrorCode.BadRequest,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.PayloadTooLarge,
  429: ErrorCode.TooManyRequests,
};

interface BodyParserError {
  type?: string;
  status?: number;
}

/** A 429's wait in seconds (`details.retryAfterSeconds` or `details.retryAfter`), for the Retry-After header. */
function retryAfterOf(exception: unknown): number | undefined {
  if (!(exception instanceof AppError) || exception.status !== HttpStatus.TOO_MANY_REQUESTS) return undefined;
  const details: unknown = exception.details;
  if (typeof details !== 'object' || details === null) return undefined;
  const wait =
    'retryAfterSeconds' in details
      ? details.retryAfterSeconds
      : 'retryAfter' in details
        ? details.retryAfter
        : undefined;
  return typeof wait === 'number' && Number.isFinite(wait) ? Math.ceil(wait) : undefined;
}

/** Every HTTP error leaves in one shape: {"error": {"code", "message", "details"}}. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.toBody(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    else if (body.error.code === ErrorCode.InvalidInput) {
      // A schema let a value through that the database refused: the caller gets a 400, we get the trace.
      this.logger.warn(
        `The database refused a request value (${databaseInputError(exception) ?? '?'}): ${exception instanceof Error ? exception.stack : String(exception)}`,
      );
    }
    if (res.headersSent) return;
    const retryAfter = retryAfterOf(exception);
    if (retryAfter !== undefined) res.setHeader('Retry-After', String(retryAfter));
    res.status(status).json(body);
  }

  private toBody(exception: unknown): [number, ErrorBody] {
    if (exception instanceof AppError) {
      return [
        exception.status,
        { error: { code: exception.code, message: exception.message, details: exception.details } },
      ];
    }
    const parserError = exception as BodyParserError;
    if (parserError?.type === 'entity.parse.failed') {
      return [400, { error: { code: ErrorCode.InvalidJson, message: 'The request body is not valid JSON' } }];
    }
    if (parserError?.type === 'entity.too.large') {
      return [413, { error: { code: ErrorCode.PayloadTooLarge, message: 'The request body is too large' } }];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = STATUS_CODES[status] ?? (status >= 500 ? ErrorCode.Internal : ErrorCode.BadRequest);
      return [status, { error: { code, message: exception.message } }];
    }
    if (databaseInputError(exception) !== null) {
      const message =
        'A value in the request cannot be stored or compared (a NUL or broken character, or a number or date out of range)';
      return [HttpStatus.BAD_REQUEST, { error: { code: ErrorCode.InvalidInput, message } }];
    }
    return [HttpStatus.INTERNAL_SERVER_ERROR, { error: { code: ErrorCode.Internal, message: 'Something went wrong' } }];
  }
}
