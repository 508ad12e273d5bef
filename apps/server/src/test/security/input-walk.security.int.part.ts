import { TEST_STORE } from '../factories';
import { clientEventSchemas, ErrorCode } from '@iep/shared';
import { z } from 'zod';
import { badValues, bounded, fieldsOf, sample, withValue, type Schema } from '../input-probes';
import { nestRoutes, subscribedEvents } from '../route-inventory';
import { operationsOf, probesOf, problemWith, sendProbe, type IdResolver, type OpenApiDocument } from '../route-walker';
import { api, freshStore, login, sectionOf, startApp, type Session, type TestApp } from '../test-app';

/**
 * Odd input on every route and every socket event, found by walking the app itself: the routes
 * from the OpenAPI document (checked against Nest's own router metadata, so no route or input goes
 * undescribed) and the events from the shared payload map (checked against the gateways). Each
 * field gets NUL, a lone surrogate and an over-long string; each integer 2147483648, -1, 1e309 and
 * 'abc'; each date the years 0000 and 99999. Every answer is a 4xx with a stable code.
 */
describe('odd input on every route and socket event', () => {
  jest.setTimeout(300_000);
  let app: TestApp;
  let admin: Session;
  let doc: OpenApiDocument;
  const ids = new Map<string, string>();
  let sectionId: string;
  let studentId: string;

  const resolve: IdResolver = (name, path) => {
    if (name === 'id' && path) return ids.get(`id:${path.split('/{id}')[0]?.split('/').pop() ?? ''}`);
    return ids.get(name);
  };

  async function created(path: string, body: unknown): Promise<Record<string, unknown> | null> {
    const res = await api(app, path, { method: 'POST', token: admin.token, body });
    return res.status < 300 && typeof res.body === 'object' && res.body !== null
      ? (res.body as Record<string, unknown>)
      : null;
  }

  beforeAll(async () => {
    app = await startApp(await freshStore(TEST_STORE));
    admin = await login(app, 'admin@demo.school');
    sectionId = await sectionOf(app, admin, 'Mateo');
    const section = (await api(app, `/api/sections/${sectionId}`, { token: admin.token })).body as {
      studentId: string;
      planId: string;
    };
    studentId = section.studentId;
    const db = app.prisma.client;
    const teacher = await db.user.findFirstOrThrow({ where: { email: 'teacher@demo.school' } });
    const school = await db.school.findFirstOrThrow();
    ids.set('sectionId', sectionId).set('studentId', studentId).set('planId', section.planId).set('userId', teacher.id);
    ids.set('schoolId', school.id).set('districtId', school.districtId).set('n', '1');
    await created(`/api/sections/${sectionId}/versions`, { name: 'Walked' });
    const thread = await created(`/api/sections/${sectionId}/threads`, { part: 'presentLevels', body: 'A walk' });
    const comments = thread?.comments as { id: string }[] | undefined;
    if (typeof thread?.id === 'string') ids.set('threadId', thread.id);
    if (comments?.[0]) ids.set('commentId', comments[0].id);
    const proposal = await created(`/api/sections/${sectionId}/proposals`, {
      kind: 'new_goal',
      fields: {},
      rationale: '',
    });
    if (typeof proposal?.id === 'string') ids.set('id:proposals', proposal.id);
    const notice = await created(`/api/sections/${sectionId}/notices`, {});
    if (typeof notice?.id === 'string') ids.set('id:notices', notice.id);
    const meeting = await created(`/api/sections/${sectionId}/meetings`, {
      scheduledFor: new Date(Date.now() + 86_400_000).toISOString(),
    });
    if (typeof meeting?.id === 'string') {
      ids.set('meetingId', meeting.id);
      const excused = await created(`/api/meetings/${meeting.id}/excusals`, {
        userId: teacher.id,
        areaDiscussed: false,
      });
      const excusal = (excused?.excusals as { id: string }[] | undefined)?.[0];
      if (excusal) ids.set('excusalId', excusal.id);
    }
    const invited = await created(`/api/students/${studentId}/invitations`, {
      email: 'walker-invite@example.org',
      role: 'teacher',
    });
    const invitation = invited?.invitation as { id: string } | undefined;
    if (invitation) ids.set('id:invitations', invitation.id);
    if (typeof invited?.link === 'string') ids.set('token', invited.link.split('/').pop() ?? '');
    doc = (await api(app, '/api/docs-json')).body as OpenApiDocument;
  });
  afterAll(() => app.stop());

  it('the OpenAPI document describes every route Nest serves, and every path, query and body input it reads', () => {
    const routes = nestRoutes(app);
    expect(routes.length).toBeGreaterThan(60);
    const missing: string[] = [];
    for (const route of routes) {
      const op = doc.paths[route.path]?.[route.method];
      const name = `${route.method.toUpperCase()} ${route.path} (${route.handler})`;
      if (!op) {
        missing.push(`${name}: not in the document`);
        continue;
      }
      const documented = new Set((op.parameters ?? []).map((p) => `${p.in}:${p.name}`));
      for (const param of route.pathParams)
        if (!documented.has(`path:${param}`)) missing.push(`${name}: path parameter ${param}`);
      if (route.readsQuery && !(op.parameters ?? []).some((p) => p.in === 'query'))
        missing.push(`${name}: its query parameters`);
      if (route.readsBody && !op.requestBody) missing.push(`${name}: its body`);
    }
    expect(missing).toEqual([]);
  });

  it('bounds every string a route takes (a length, a pattern, a format or a list of values)', () => {
    const unbounded: string[] = [];
    for (const op of operationsOf(doc)) {
      for (const p of op.params) if (!bounded(p.schema)) unbounded.push(`${op.method} ${op.path} ${p.in} ${p.name}`);
      for (const field of op.body ? fieldsOf(op.body) : []) {
        if (!bounded(field.schema)) unbounded.push(`${op.method} ${op.path} body ${field.pointer.join('.')}`);
      }
    }
    expect(unbounded).toEqual([]);
  });

  it.each([
    ['a NUL in PATCH /api/me name', 'PATCH', () => '/api/me', { name: 'Ada\u0000' }],
    [
      'a NUL in a thread body',
      'POST',
      () => `/api/sections/${sectionId}/threads`,
      { part: 'presentLevels', body: 'a\u0000b' },
    ],
    [
      'a NUL in a thread quote',
      'POST',
      () => `/api/sections/${sectionId}/threads`,
      { part: 'presentLevels', body: 'ok', quote: 'q\u0000' },
    ],
    ['a NUL in a version name', 'POST', () => `/api/sections/${sectionId}/versions`, { name: 'v\u0000' }],
    ['a lone surrogate in a version name', 'POST', () => `/api/sections/${sectionId}/versions`, { name: 'v\ud800' }],
    [
      'a NUL in a rationale',
      'POST',
      () => `/api/sections/${sectionId}/proposals`,
      { kind: 'new_goal', fields: {}, rationale: 'r\u0000' },
    ],
    [
      'a lone surrogate in a rationale',
      'POST',
      () => `/api/sections/${sectionId}/proposals`,
      { kind: 'new_goal', fields: {}, rationale: 'r\ud800' },
    ],
    [
      "a NUL in the access log's action filter",
      'GET',
      () => `/api/students/${studentId}/access-log?action=a%00b`,
      undefined,
    ],
    ['2147483648 as a version number', 'GET', () => `/api/sections/${sectionId}/versions/2147483648`, undefined],
    [
      '2147483648 as a version to compare',
      'GET',
      () => `/api/sections/${sectionId}/versions/compare?from=2147483648&to=2147483648`,
      undefined,
    ],
    [
      "the year 0000 in the access log's from/to",
      'GET',
      () => `/api/students/${studentId}/access-log?from=0000-01-01&to=0000-01-02`,
      undefined,
    ],
  ])('%s answers 400 VALIDATION_FAILED (it was a 500)', async (_what, method, path, body) => {
    const res = await api(app, path(), { method, token: admin.token, body });
    expect({ status: res.status, code: (res.body as { error?: { code?: string } }).error?.code }).toEqual({
      status: 400,
      code: ErrorCode.ValidationFailed,
    });
  });

  it('walks every route: each bad value in each field answers a 4xx with a code naming that field, never a 5xx', async () => {
    const problems: string[] = [];
    let sent = 0;
    const walked = new Set<string>();
    for (const op of operationsOf(doc)) {
      for (const probe of probesOf(op, resolve)) {
        const res = await sendProbe(app, op.method, probe, admin.token);
        sent++;
        walked.add(`${op.method} ${op.path}`);
        const problem = problemWith(res.status, res.body, probe);
        if (problem)
          problems.push(
            `${op.method.toUpperCase()} ${op.path} ${probe.where} ${probe.field} = ${probe.bad.label}: ${problem}`,
          );
      }
    }
    expect(problems).toEqual([]);
    expect(walked.size).toBeGreaterThan(50);
    expect(sent).toBeGreaterThan(500);
    expect((await api(app, '/api/health')).body).toEqual({ status: 'ok', db: 'ok', redis: 'off' });
  });

  it('walks every socket event: each bad payload is refused with VALIDATION_FAILED and the socket stays up', async () => {
    expect(subscribedEvents(app)).toEqual(Object.keys(clientEventSchemas).sort());
    const { io } = await import('socket.io-client');
    const socket = io(app.baseUrl, { auth: { token: admin.token }, transports: ['websocket'], reconnection: false });
    await new Promise<void>((done, fail) => {
      socket.on('connect', () => done());
      socket.on('connect_error', fail);
    });
    const problems: string[] = [];
    let acked = 0;
    try {
      for (const [event, schema] of Object.entries(clientEventSchemas)) {
        const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Schema;
        const base = sample(json, '(payload)', (name) => resolve(name));
        for (const field of fieldsOf(json)) {
          for (const bad of badValues(field.schema, 'body').filter((b) => b.raw === undefined)) {
            const payload = withValue(base, field.pointer, bad.value, () => undefined);
            const answer: unknown = await socket
              .timeout(500)
              .emitWithAck(event, payload)
              .catch(() => 'no answer');
            if (answer === 'no answer') {
              if (!socket.connected)
                problems.push(`${event} ${field.pointer.join('.')} = ${bad.label}: the socket dropped`);
              continue;
            }
            acked++;
            const ack = answer as { ok?: unknown; code?: unknown };
            if (ack.ok !== false || ack.code !== ErrorCode.ValidationFailed)
              problems.push(`${event} ${field.pointer.join('.')} = ${bad.label}: ${JSON.stringify(answer)}`);
          }
        }
      }
      expect(problems).toEqual([]);
      expect(acked).toBeGreaterThan(10);
      expect(socket.connected).toBe(true);
      expect(await socket.timeout(2000).emitWithAck('section:join', { sectionId })).toMatchObject({ ok: true });
    } finally {
      socket.close();
    }
  });
});
