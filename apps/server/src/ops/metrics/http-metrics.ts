import type { NextFunction, Request, Response } from 'express';
import type { Metrics } from './metrics.service';

const LOGIN_ROUTE = '/api/auth/login';

/** The route pattern Express matched (`/api/sections/:sectionId`), never the raw URL (unbounded labels). */
function routeOf(req: Request): string {
  const route: unknown = req.route;
  const path = typeof route === 'object' && route !== null ? (route as { path?: unknown }).path : undefined;
  if (typeof path === 'string') return `${req.baseUrl}${path}`;
  return req.originalUrl.startsWith('/api/') ? 'unmatched api' : 'static';
}

/** Times every HTTP request and counts errors by route pattern, and refused sign-ins. */
export function httpMetrics(metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const end = metrics.httpSeconds.startTimer();
    res.once('finish', () => {
      const labels = { method: req.method, route: routeOf(req), status: String(res.statusCode) };
      end(labels);
      if (res.statusCode >= 400) metrics.httpErrors.inc(labels);
      if (labels.route === LOGIN_ROUTE && req.method === 'POST') {
        if (res.statusCode === 401) metrics.loginsRefused.inc({ reason: 'credentials' });
        else if (res.statusCode === 429) metrics.loginsRefused.inc({ reason: 'rate_limited' });
      }
    });
    next();
  };
}
