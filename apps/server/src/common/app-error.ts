import { HttpStatus } from '@nestjs/common';
import { ErrorCode } from '@iep/shared';

/** An error with a stable code; the exception filter turns it into the API's error shape. */
export class AppError extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  static notFound(what = 'Not found'): AppError {
    return new AppError(HttpStatus.NOT_FOUND, ErrorCode.NotFound, what);
  }
  static unauthenticated(message = 'Sign in first'): AppError {
    return new AppError(HttpStatus.UNAUTHORIZED, ErrorCode.Unauthenticated, message);
  }
  static forbidden(message = 'Not allowed'): AppError {
    return new AppError(HttpStatus.FORBIDDEN, ErrorCode.Forbidden, message);
  }
}
