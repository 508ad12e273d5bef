import { devLogStream, formatLogLine, requestLogLevel } from './dev-log';

describe('development log lines', () => {
  const at = Date.UTC(2026, 0, 2, 12, 4, 5);

  it('prints a request as method, path, status and time on one line, without headers', () => {
    const line = JSON.stringify({
      level: 20,
      time: at,
      req: { id: 'x', method: 'GET', url: '/api/students', headers: { cookie: 'secret' } },
      res: { statusCode: 200 },
      responseTime: 12,
      msg: 'request completed',
    });
    expect(formatLogLine(line)).toBe('12:04:05 DEBUG GET /api/students 200 12 ms');
  });

  it('prints a message with its level and context, and an error with its stack', () => {
    expect(
      formatLogLine(JSON.stringify({ level: 30, time: at, context: 'Nest', msg: 'Seeded the demo district' })),
    ).toBe('12:04:05 INFO  [Nest] Seeded the demo district');
    const failed = formatLogLine(
      JSON.stringify({ level: 50, time: at, msg: 'boom', err: { message: 'boom', stack: 'Error: boom\n    at here' } }),
    );
    expect(failed).toBe('12:04:05 ERROR boom\nError: boom\n    at here');
  });

  it('passes a line that is not a JSON object through unchanged, and writes one line per entry', () => {
    expect(formatLogLine('plain text')).toBe('plain text');
    expect(formatLogLine('[1,2]')).toBe('[1,2]');
    const written: string[] = [];
    devLogStream((text) => written.push(text)).write(
      `${JSON.stringify({ level: 40, time: at, msg: 'a' })}\n${JSON.stringify({ level: 30, time: at, msg: 'b' })}\n`,
    );
    expect(written).toEqual(['12:04:05 WARN  a\n', '12:04:05 INFO  b\n']);
  });

  it('logs requests at debug in development and at info in production; failures as errors in both', () => {
    expect(requestLogLevel(false, 200, undefined)).toBe('debug');
    expect(requestLogLevel(false, 404, undefined)).toBe('debug');
    expect(requestLogLevel(true, 200, undefined)).toBe('info');
    expect(requestLogLevel(true, 503, undefined)).toBe('error');
    expect(requestLogLevel(false, 200, new Error('x'))).toBe('error');
  });
});
