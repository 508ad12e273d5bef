import type { Request } from 'express';
import type { User } from '@iep/shared';

/** Who made a request: attached to the request by the auth guard. */
export interface AuthContext {
  user: User;
  sessionId: string;
}

export type AuthedRequest = Request & { auth?: AuthContext };
