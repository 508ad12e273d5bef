import type { DestinationStream, LevelWithSilent } from 'pino';

/**
 * Development logs for a person at a terminal: one short line per entry ("12:04:05 INFO  [Nest]
 * Seeded the demo district"), requests as "GET /api/students 200 12 ms". Production keeps pino's
 * JSON lines for the log collector.
 */

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

interface Entry {
  time?: unknown;
  level?: unknown;
  context?: unknown;
  msg?: unknown;
  req?: { method?: unknown; url?: unknown };
  res?: { statusCode?: unknown };
  responseTime?: unknown;
  err?: { message?: unknown; stack?: unknown };
}

/** One JSON log line as a short readable line; anything that is not a JSON object passes unchanged. */
export function formatLogLine(line: string): string {
  let entry: Entry;
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return line;
    entry = parsed as Entry;
  } catch {
    return line;
  }
  const time = typeof entry.time === 'number' ? new Date(entry.time).toISOString().slice(11, 19) : '--:--:--';
  const level = (typeof entry.level === 'number' ? (LEVELS[entry.level] ?? String(entry.level)) : 'INFO').padEnd(5);
  const context = typeof entry.context === 'string' ? `[${entry.context}] ` : '';
  let message = typeof entry.msg === 'string' ? entry.msg : '';
  if (entry.req && entry.res) {
    const took = typeof entry.responseTime === 'number' ? ` ${entry.responseTime} ms` : '';
    message = `${String(entry.req.method)} ${String(entry.req.url)} ${String(entry.res.statusCode)}${took}`;
  }
  const stack = typeof entry.err?.stack === 'string' ? `\n${entry.err.stack}` : '';
  return `${time} ${level} ${context}${message}${stack}`;
}

/** A pino destination that writes each entry as `formatLogLine` does, to stdout. */
export function devLogStream(write: (text: string) => void = (text) => process.stdout.write(text)): DestinationStream {
  return {
    write(chunk: string): void {
      for (const line of chunk.split('\n')) if (line.trim() !== '') write(`${formatLogLine(line)}\n`);
    },
  };
}

/**
 * The level of a request's log line: in production every request at info (the collector keeps
 * them); in development at debug, so that the terminal shows what happens, not every request.
 * Failures stand out in both.
 */
export function requestLogLevel(production: boolean, statusCode: number, err: Error | undefined): LevelWithSilent {
  if (err || statusCode >= 500) return 'error';
  return production ? 'info' : 'debug';
}
