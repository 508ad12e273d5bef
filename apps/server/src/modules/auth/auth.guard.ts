import { CanActivate, createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error';
import { AuthService } from './auth.service';
import { tokenFromHeaders } from './session-token';
import type { AuthContext, AuthedRequest } from './auth.types';

/** Lets a request through only with a live session (cookie or bearer token). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly auth: AuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const ctx = await this.auth.resolve(tokenFromHeaders(req.headers));
    if (!ctx) throw AppError.unauthenticated();
    req.auth = ctx;
    return true;
  }
}

export const CurrentAuth = createParamDecorator((_data: unknown, context: ExecutionContext): AuthContext => {
  const req = context.switchToHttp().getRequest<AuthedRequest>();
  if (!req.auth) throw AppError.unauthenticated();
  return req.auth;
});
