import { timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { ErrorCode } from '@iep/shared';
import type { Metrics } from './metrics.service';

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * GET /metrics in Prometheus' text format, for a scraper holding METRICS_TOKEN as a bearer token.
 * Without METRICS_TOKEN the endpoint does not exist (404): operational figures are never public.
 */
export function metricsEndpoint(metrics: Metrics, token: string | undefined) {
  return (req: Request, res: Response): void => {
    if (!token || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.status(404).json({ error: { code: ErrorCode.NotFound, message: 'Not found' } });
      return;
    }
    const header = req.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    if (!sameToken(given, token)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      res
        .status(401)
        .json({ error: { code: ErrorCode.Unauthenticated, message: 'A valid metrics token is required' } });
      return;
    }
    metrics.registry
      .metrics()
      .then((text) => {
        res.setHeader('Content-Type', metrics.registry.contentType);
        res.setHeader('Cache-Control', 'no-store');
        res.send(text);
      })
      .catch((err: Error) => res.status(500).json({ error: { code: ErrorCode.Internal, message: err.message } }));
  };
}
