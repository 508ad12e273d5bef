import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@iep/shared';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request protection for cookie sessions: a state-changing request that a browser marks
 * as coming from another site is refused. Bearer-token requests carry no ambient credential.
 */
export function sameOriginGuard(req: Request, res: Response, next: NextFunction): void {
  if (SAFE.has(req.method) || req.headers.authorization) return next();
  const origin = req.headers.origin;
  const fetchSite = req.headers['sec-fetch-site'];
  const host = req.headers.host;
  let crossSite = fetchSite === 'cross-site' || fetchSite === 'same-site';
  if (origin && origin !== 'null' && host) {
    try {
      crossSite = crossSite || new URL(origin).host !== host;
    } catch {
      crossSite = true;
    }
  } else if (origin === 'null') {
    crossSite = true;
  }
  if (!crossSite) return next();
  res.status(403).json({ error: { code: ErrorCode.CrossSiteRequest, message: 'Cross-site request refused' } });
}
