import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { ErrorCode } from '@iep/shared';
import { freshStore, startApp, STORES, type TestApp } from '../test/test-app';
import { ErrorFilter } from './error.filter';

type Answer = { status: number; body: unknown };

/** The error filter's answer to an exception, through a response that records it. */
function through(error: unknown): Answer {
  const out: Answer = { status: 0, body: null };
  const res = {
    headersSent: false,
    status(code: number) {
      out.status = code;
      return res;
    },
    json(body: unknown) {
      out.body = body;
      return res;
    },
  };
  new ErrorFilter().catch(error, new ExecutionContextHost([{}, res]));
  return out;
}

/**
 * The backstop behind the request schemas: the database's own refusals of a value, as each store's
 * driver adapter reports them, leave as 400 INVALID_INPUT instead of 500.
 */
describe.each(STORES)('database refusals of a value, on %s', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp(await freshStore(kind));
  });
  afterAll(() => app.stop());

  it('maps a database refusal that slips past the schemas to 400 INVALID_INPUT (logged), not 500', async () => {
    const db = app.prisma.client;
    const refusals: [string, () => Promise<unknown>][] = [
      [
        'a NUL in text',
        () => db.user.updateMany({ where: { email: 'nobody@example.org' }, data: { name: 'a\u0000' } }),
      ],
      ['a NUL in JSON', () => db.auditEvent.create({ data: { action: 'walk', detail: { note: 'a\u0000' } } })],
      [
        'a lone surrogate in JSON',
        () => db.auditEvent.findMany({ where: { detail: { path: ['note'], equals: 'a\ud800' } } }),
      ],
      ['an int4 overflow', () => db.sectionVersion.findMany({ where: { number: 2147483648 } })],
      [
        'the year 0000',
        () => db.auditEvent.findMany({ where: { createdAt: { gte: new Date('0000-01-01T00:00:00Z') } } }),
      ],
    ];
    const answers: Record<string, unknown> = {};
    for (const [what, query] of refusals) {
      const error = await query().then(
        () => new Error(`${what} was stored`),
        (err: unknown) => err,
      );
      const { status, body } = through(error);
      answers[what] = { status, code: (body as { error?: { code?: string } } | null)?.error?.code };
    }
    expect(answers).toEqual(
      Object.fromEntries(refusals.map(([what]) => [what, { status: 400, code: ErrorCode.InvalidInput }])),
    );
    // Anything else stays a 500: the backstop is for values, not for bugs (a division by zero is
    // SQLSTATE class 22 too, and still a 500).
    expect(through(new Error('boom')).status).toBe(500);
    const bug = await db.$queryRawUnsafe('SELECT 1 / 0').then(
      () => new Error('divided by zero'),
      (err: unknown) => err,
    );
    expect(through(bug)).toMatchObject({ status: 500, body: { error: { code: ErrorCode.Internal } } });
  });
});
