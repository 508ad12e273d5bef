import {
  COMMENT_MAX_CHARS,
  COMMENTS_PER_MINUTE,
  type NotificationList,
  type OutboxMessage,
  type ThreadDto,
} from '@iep/shared';
import { newWorld, TEST_STORE, type World } from '../../test/factories';
import { sectionPerTest } from '../../test/section-scene';
import { api, freshStore, login, sectionOf, startApp, type Session, type TestApp } from '../../test/test-app';

describe('comment threads', () => {
  const scene = sectionPerTest();
  let world: World;
  let app: TestApp;
  let ot: Session;
  let teacher: Session;
  let parent: Session;
  let admin: Session;
  let sectionId: string;
  beforeEach(() => {
    ({
      app,
      sectionId,
      world,
      as: { ot, teacher, parent, admin },
    } = scene());
  });

  const start = (session: Session, body: Record<string, unknown>) =>
    api(app, `/api/sections/${sectionId}/threads`, {
      method: 'POST',
      token: session.token,
      body: { part: 'parentConcerns', ...body },
    });
  /** Mail to someone of this test's world (the outbox holds every test's mail). */
  const ours = (to: string): boolean => Object.values(world.emails).includes(to);
  const reply = (session: Session, threadId: string, body: Record<string, unknown>) =>
    api(app, `/api/threads/${threadId}/comments`, { method: 'POST', token: session.token, body });

  it('answers empty and oversized comments with 400 naming the field, and keeps markup as plain text', async () => {
    const empty = await start(parent, { body: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: { fields: [{ field: 'body' }] } },
    });
    const huge = await start(parent, { body: 'x'.repeat(COMMENT_MAX_CHARS + 1) });
    expect(huge.status).toBe(400);
    expect(huge.body).toMatchObject({ error: { details: { fields: [{ field: 'body' }] } } });
    expect((await start(parent, { body: 'x'.repeat(COMMENT_MAX_CHARS) })).status).toBe(201);
    expect((await start(parent, { part: 'nowhere', body: 'x' })).status).toBe(400);
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const thread = (await start(parent, { body: markup })).body as ThreadDto;
    expect(thread.comments[0]?.body).toBe(markup);
  });

  it('refuses mentioning someone outside the student’s team with 400 MENTION_OUTSIDE_TEAM', async () => {
    const ava = await sectionOf(app, ot, 'Ava');
    const res = await api(app, `/api/sections/${ava}/threads`, {
      method: 'POST',
      token: ot.token,
      body: { part: 'presentLevels', body: 'Hi', mentions: [parent.userId] },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: { code: 'MENTION_OUTSIDE_TEAM', details: { field: 'mentions', userIds: [parent.userId] } },
    });
    const stranger = await start(ot, { body: 'Hi', mentions: ['00000000-0000-4000-8000-000000000000'] });
    expect(stranger.body).toMatchObject({ error: { code: 'MENTION_OUTSIDE_TEAM' } });
    expect(await app.prisma.client.commentThread.count({ where: { sectionId: { in: [sectionId, ava] } } })).toBe(0);
  });

  it('notifies a mentioned member (unread count, mark read) and puts the mail in the outbox an admin can read', async () => {
    const thread = (await start(parent, { body: 'Can we talk about buttons?', mentions: [ot.userId] }))
      .body as ThreadDto;
    const mine = async (s: Session) =>
      (await api(app, '/api/notifications', { token: s.token })).body as NotificationList;
    const list = await mine(ot);
    expect(list.unread).toBe(1);
    expect(list.notifications[0]).toMatchObject({
      kind: 'mention',
      threadId: thread.id,
      actorName: 'Paula Reyes',
      studentName: 'Mateo Reyes',
      excerpt: 'Can we talk about buttons?',
      readAt: null,
    });
    expect((await mine(teacher)).unread).toBe(0);
    const read = await api(app, '/api/notifications/read', { method: 'POST', token: ot.token, body: {} });
    expect(read.body).toEqual({ unread: 0 });

    let outbox: OutboxMessage[] = [];
    for (let i = 0; i < 50 && outbox.length === 0; i++) {
      outbox = (
        (await api(app, '/api/outbox', { token: admin.token })).body as { messages: OutboxMessage[] }
      ).messages.filter((m) => ours(m.to));
      if (outbox.length === 0) await new Promise((r) => setTimeout(r, 50));
    }
    expect(outbox).toEqual([
      expect.objectContaining({
        to: world.emails.ot,
        status: 'queued',
        text: expect.stringContaining('Can we talk about buttons?'),
      }),
    ]);
    expect((await api(app, '/api/outbox', { token: teacher.token })).status).toBe(403);
  });

  it('records a failed SMTP delivery in the outbox instead of dropping it', async () => {
    const mailing = await startApp(await freshStore(TEST_STORE), { smtpUrl: 'smtp://127.0.0.1:1' });
    try {
      const people = await newWorld(mailing);
      const [author, reader] = await Promise.all([
        login(mailing, people.emails.ot),
        login(mailing, people.emails.admin),
      ]);
      const mateo = await sectionOf(mailing, author, 'Mateo');
      const started = await api(mailing, `/api/sections/${mateo}/threads`, {
        method: 'POST',
        token: author.token,
        body: { part: 'parentConcerns', body: 'Ping', mentions: [reader.userId] },
      });
      expect(started.status).toBe(201);
      let messages: OutboxMessage[] = [];
      for (let i = 0; i < 100 && messages[0]?.status !== 'failed'; i++) {
        messages = ((await api(mailing, '/api/outbox', { token: reader.token })).body as { messages: OutboxMessage[] })
          .messages;
        if (messages[0]?.status !== 'failed') await new Promise((r) => setTimeout(r, 50));
      }
      expect(messages[0]).toMatchObject({ to: people.emails.admin, status: 'failed', error: expect.any(String) });
    } finally {
      await mailing.stop();
    }
  });

  it('keeps earlier wording when a comment is edited and the words of a deleted one; only the author may do either', async () => {
    const thread = (await start(parent, { body: 'First wording' })).body as ThreadDto;
    const commentId = thread.comments[0]?.id ?? '';
    expect(
      (await api(app, `/api/comments/${commentId}`, { method: 'PATCH', token: ot.token, body: { body: 'Not mine' } }))
        .status,
    ).toBe(403);
    const edited = await api(app, `/api/comments/${commentId}`, {
      method: 'PATCH',
      token: parent.token,
      body: { body: 'Second wording' },
    });
    expect(edited.status).toBe(200);
    expect((edited.body as ThreadDto).comments[0]).toMatchObject({
      body: 'Second wording',
      editedAt: expect.any(String),
    });
    expect(await app.prisma.client.commentRevision.findMany({ where: { commentId }, select: { body: true } })).toEqual([
      { body: 'First wording' },
    ]);

    expect((await api(app, `/api/comments/${commentId}`, { method: 'DELETE', token: teacher.token })).status).toBe(403);
    const deleted = await api(app, `/api/comments/${commentId}`, { method: 'DELETE', token: parent.token });
    expect((deleted.body as ThreadDto).comments[0]).toMatchObject({ body: null, deletedAt: expect.any(String) });
    expect(await app.prisma.client.comment.findUnique({ where: { id: commentId }, select: { body: true } })).toEqual({
      body: 'Second wording',
    });
    expect(
      (await api(app, `/api/comments/${commentId}`, { method: 'PATCH', token: parent.token, body: { body: 'again' } }))
        .status,
    ).toBe(409);
  });

  it('lets the thread’s author, the OT or the admin resolve and reopen; hides resolved threads on request', async () => {
    const thread = (await start(parent, { body: 'Home routine?' })).body as ThreadDto;
    expect((await api(app, `/api/threads/${thread.id}/resolve`, { method: 'POST', token: teacher.token })).status).toBe(
      403,
    );
    const resolved = await api(app, `/api/threads/${thread.id}/resolve`, { method: 'POST', token: parent.token });
    expect(resolved.body).toMatchObject({ resolvedAt: expect.any(String), resolvedBy: 'Paula Reyes' });
    const open = (await api(app, `/api/sections/${sectionId}/threads?resolved=false`, { token: ot.token })).body as {
      threads: ThreadDto[];
    };
    expect(open.threads).toEqual([]);
    expect(
      (await api(app, `/api/threads/${thread.id}/reopen`, { method: 'POST', token: ot.token })).body,
    ).toMatchObject({ resolvedAt: null });
  });

  it('closes comments when the section is approved (409 SECTION_LOCKED) and writes every read and post to the audit log', async () => {
    const thread = (await start(parent, { body: 'Before approval' })).body as ThreadDto;
    await api(app, `/api/sections/${sectionId}/threads`, { token: teacher.token });
    await api(app, `/api/threads/${thread.id}`, { token: teacher.token });
    const actions = (
      await app.prisma.client.auditEvent.findMany({
        where: { sectionId, action: { startsWith: 'comments.' } },
        orderBy: { id: 'asc' },
      })
    ).map((e) => e.action);
    expect(actions).toEqual(['comments.thread_created', 'comments.threads_read', 'comments.thread_read']);

    await app.prisma.client.otSection.update({ where: { id: sectionId }, data: { status: 'approved' } });
    const late = await reply(parent, thread.id, { body: 'After approval' });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ error: { code: 'SECTION_LOCKED' } });
    expect((await start(ot, { body: 'New' })).status).toBe(409);
  });

  it(`rate-limits flooding: comment ${COMMENTS_PER_MINUTE + 1} in a minute answers 429 COMMENT_RATE_LIMITED`, async () => {
    const thread = (await start(teacher, { body: 'one' })).body as ThreadDto;
    for (let i = 1; i < COMMENTS_PER_MINUTE; i++)
      expect((await reply(teacher, thread.id, { body: `n${i}` })).status).toBe(201);
    const flood = await reply(teacher, thread.id, { body: 'too many' });
    expect(flood.status).toBe(429);
    expect(flood.body).toMatchObject({
      error: { code: 'COMMENT_RATE_LIMITED', details: { retryAfter: expect.any(Number) } },
    });
    expect((await reply(ot, thread.id, { body: 'others still may' })).status).toBe(201);
  });
});
