import type { Socket } from 'socket.io-client';
import type { NotificationDto, ThreadDto, ThreadVisibility } from '@iep/shared';
import { appPerFile, newWorld } from '../../test/factories';
import { api, login, sectionOf, waitFor, type Session, type TestApp } from '../../test/test-app';

/**
 * Who sees a thread, over every route and event: role x visibility x route, against the real
 * server with real sockets. A parent never receives a staff-only thread by any route.
 */

type TableRole = 'parent' | 'teacher' | 'ot' | 'admin';
const ROLES: TableRole[] = ['parent', 'teacher', 'ot', 'admin'];

interface Row {
  role: TableRole;
  visibility: ThreadVisibility;
  /** In GET /sections/:id/threads. */
  list: boolean;
  /** GET /threads/:id */
  read: number;
  /** POST /threads/:id/comments */
  post: number;
  /** POST /threads/:id/resolve */
  resolve: number;
  /** Receives `thread:changed` for it over socket.io. */
  event: boolean;
  /** Mentioning them in it: 201 and a notification (live and listed), or 400 and nothing. */
  notification: boolean;
}

const TABLE: Row[] = [
  {
    role: 'parent',
    visibility: 'team',
    list: true,
    read: 200,
    post: 201,
    resolve: 403,
    event: true,
    notification: true,
  },
  {
    role: 'parent',
    visibility: 'staff',
    list: false,
    read: 404,
    post: 404,
    resolve: 404,
    event: false,
    notification: false,
  },
  {
    role: 'teacher',
    visibility: 'team',
    list: true,
    read: 200,
    post: 201,
    resolve: 403,
    event: true,
    notification: true,
  },
  {
    role: 'teacher',
    visibility: 'staff',
    list: true,
    read: 200,
    post: 201,
    resolve: 403,
    event: true,
    notification: true,
  },
  { role: 'ot', visibility: 'team', list: true, read: 200, post: 201, resolve: 200, event: true, notification: true },
  { role: 'ot', visibility: 'staff', list: true, read: 200, post: 201, resolve: 200, event: true, notification: true },
  {
    role: 'admin',
    visibility: 'team',
    list: true,
    read: 200,
    post: 201,
    resolve: 200,
    event: true,
    notification: true,
  },
  {
    role: 'admin',
    visibility: 'staff',
    list: true,
    read: 200,
    post: 201,
    resolve: 200,
    event: true,
    notification: true,
  },
];

interface Person {
  session: Session;
  socket: Socket;
  threads: ThreadDto[];
  notifications: NotificationDto[];
}

describe('comment thread visibility', () => {
  const running = appPerFile();
  let app: TestApp;
  let sectionId: string;
  const people = {} as Record<TableRole, Person>;
  const threadIds = {} as Record<ThreadVisibility, string>;

  beforeAll(async () => {
    const { io } = await import('socket.io-client');
    app = running();
    const world = await newWorld(app);
    for (const role of ROLES) {
      const session = await login(app, world.emails[role]);
      const socket = io(app.baseUrl, { auth: { token: session.token }, transports: ['websocket'] });
      const person: Person = { session, socket, threads: [], notifications: [] };
      socket.on('thread:changed', (t) => person.threads.push(t));
      socket.on('notification:new', (n) => person.notifications.push(n));
      people[role] = person;
    }
    sectionId = await sectionOf(app, people.ot.session, 'Mateo');
    for (const role of ROLES) {
      expect(await people[role].socket.timeout(3000).emitWithAck('section:join', { sectionId })).toMatchObject({
        ok: true,
      });
    }
    for (const visibility of ['team', 'staff'] as const) {
      const res = await api(app, `/api/sections/${sectionId}/threads`, {
        method: 'POST',
        token: people.ot.session.token,
        body: { part: 'presentLevels', quote: 'grasp', visibility, body: `A ${visibility} thread` },
      });
      expect(res.status).toBe(201);
      threadIds[visibility] = (res.body as ThreadDto).id;
    }
    // Every socket that may hear a thread has heard both by now (the OT hears both).
    await waitFor(() => people.ot.threads.length >= 2 && people.parent.threads.length >= 1, 5000, 'thread events');
  });

  afterAll(() => {
    for (const role of ROLES) people[role]?.socket.close();
  });

  it.each(TABLE)(
    '$role on a $visibility thread: list $list, read $read, post $post, resolve $resolve, event $event, notification $notification',
    async (row) => {
      const me = people[row.role];
      const threadId = threadIds[row.visibility];
      const token = me.session.token;

      expect(me.threads.some((t) => t.id === threadId)).toBe(row.event);

      const list = await api(app, `/api/sections/${sectionId}/threads`, { token });
      expect(list.status).toBe(200);
      expect((list.body as { threads: ThreadDto[] }).threads.some((t) => t.id === threadId)).toBe(row.list);

      expect((await api(app, `/api/threads/${threadId}`, { token })).status).toBe(row.read);
      expect(
        (
          await api(app, `/api/threads/${threadId}/comments`, {
            method: 'POST',
            token,
            body: { body: `${row.role} was here` },
          })
        ).status,
      ).toBe(row.post);

      const resolve = await api(app, `/api/threads/${threadId}/resolve`, { method: 'POST', token });
      expect(resolve.status).toBe(row.resolve);
      if (resolve.status === 200)
        expect((await api(app, `/api/threads/${threadId}/reopen`, { method: 'POST', token })).status).toBe(200);

      // Someone else mentions them in the thread.
      const actor = row.role === 'ot' ? people.teacher : people.ot;
      const before = me.notifications.length;
      const mention = await api(app, `/api/threads/${threadId}/comments`, {
        method: 'POST',
        token: actor.session.token,
        body: { body: `Please look, ${row.role}`, mentions: [me.session.userId] },
      });
      expect(mention.status).toBe(row.notification ? 201 : 400);
      if (row.notification) {
        await waitFor(() => me.notifications.length > before, 5000, 'notification:new');
        expect(me.notifications.at(-1)).toMatchObject({
          threadId,
          kind: 'mention',
          excerpt: `Please look, ${row.role}`,
        });
      } else {
        expect(mention.body).toMatchObject({ error: { code: 'MENTION_NOT_VISIBLE', details: { field: 'mentions' } } });
      }
      const listed = (await api(app, '/api/notifications', { token })).body as { notifications: NotificationDto[] };
      expect(listed.notifications.some((n) => n.threadId === threadId)).toBe(row.notification);
    },
  );

  it('never delivers a staff-only thread to the parent’s socket, after everything above', async () => {
    // A round trip on the parent's socket: whatever the server sent it before, it has received.
    expect(await people.parent.socket.timeout(3000).emitWithAck('section:join', { sectionId })).toMatchObject({
      ok: true,
    });
    expect(people.parent.threads.length).toBeGreaterThan(0);
    expect(people.parent.threads.filter((t) => t.visibility === 'staff' || t.id === threadIds.staff)).toEqual([]);
    expect(people.parent.notifications.filter((n) => n.threadId === threadIds.staff)).toEqual([]);
  });

  it('refuses a parent starting a staff-only thread (403) and hides other students’ threads (404)', async () => {
    const parent = people.parent.session.token;
    const staff = await api(app, `/api/sections/${sectionId}/threads`, {
      method: 'POST',
      token: parent,
      body: { part: 'parentConcerns', visibility: 'staff', body: 'x' },
    });
    expect(staff.status).toBe(403);
    const ava = await sectionOf(app, people.ot.session, 'Ava');
    expect((await api(app, `/api/sections/${ava}/threads`, { token: parent })).status).toBe(404);
    expect(
      (
        await api(app, `/api/sections/${ava}/threads`, {
          method: 'POST',
          token: parent,
          body: { part: 'parentConcerns', body: 'x' },
        })
      ).status,
    ).toBe(404);
  });
});
