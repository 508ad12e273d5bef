import { Client } from 'pg';
import { randomUUID } from 'node:crypto';
import { AuditService } from './audit.service';
import { api, freshStore, login, sectionOf, startApp, STORES, type TestApp } from '../../test/test-app';

/** Raw SQL against the app's own store (PGlite through Prisma, or PostgreSQL). */
const sql = (app: TestApp, text: string) => app.prisma.client.$executeRawUnsafe(text);

describe.each(STORES)('the audit log on %s cannot be changed or emptied', (kind) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp(await freshStore(kind));
    const ot = await login(app, 'ot@demo.school');
    await api(app, `/api/sections/${await sectionOf(app, ot, 'Mateo')}`, { token: ot.token });
  });
  afterAll(() => app.stop());

  it('stores events recorded at once in one statement, field for field, and fails only the one the database refuses', async () => {
    const audit = app.running.app.get(AuditService);
    const student = await app.prisma.client.student.findFirstOrThrow({ select: { id: true } });
    const marker = randomUUID();
    const outcomes = await Promise.allSettled([
      audit.record({
        action: 'section.read',
        actorRole: 'ot',
        studentId: student.id,
        detail: { marker, parts: ['goals'] },
        ip: '10.0.0.7',
      }),
      // No such student: the foreign key refuses this row alone.
      audit.record({ action: 'section.read', studentId: randomUUID(), detail: { marker } }),
      audit.recordMany([
        { action: 'student.list', detail: { marker, n: 1 } },
        { action: 'student.list', detail: { marker, n: 2 } },
      ]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const rows = await app.prisma.client.auditEvent.findMany({
      where: { detail: { path: ['marker'], equals: marker } },
      orderBy: { id: 'asc' },
      select: { action: true, actorId: true, actorRole: true, studentId: true, detail: true, ip: true },
    });
    expect(rows).toEqual([
      {
        action: 'section.read',
        actorId: null,
        actorRole: 'ot',
        studentId: student.id,
        detail: { marker, parts: ['goals'] },
        ip: '10.0.0.7',
      },
      { action: 'student.list', actorId: null, actorRole: null, studentId: null, detail: { marker, n: 1 }, ip: null },
      { action: 'student.list', actorId: null, actorRole: null, studentId: null, detail: { marker, n: 2 }, ip: null },
    ]);
  });

  it('refuses TRUNCATE, UPDATE and DELETE on AuditEvent, even from the schema owner, and keeps every row', async () => {
    const before = await app.prisma.client.auditEvent.count();
    expect(before).toBeGreaterThan(0);
    await expect(sql(app, 'TRUNCATE "AuditEvent"')).rejects.toThrow(/append-only/);
    await expect(sql(app, 'TRUNCATE "AuditEvent" CASCADE')).rejects.toThrow(/append-only/);
    await expect(sql(app, `UPDATE "AuditEvent" SET action = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(sql(app, 'DELETE FROM "AuditEvent"')).rejects.toThrow(/append-only/);
    expect(await app.prisma.client.auditEvent.count()).toBe(before);
  });
});

const pgUrl = process.env.IEP_TEST_PG_URL;
const describePg = pgUrl ? describe : describe.skip;

/**
 * The production role README names: a login member of iep_app that owns nothing. It runs the app,
 * and can neither change the audit log nor switch its triggers off.
 */
describePg('the least-privilege database role on PostgreSQL', () => {
  const login_ = `iep_app_test_${process.pid}`;
  let owner: Client;
  let asApp: Client;
  let app: TestApp;

  beforeAll(async () => {
    if (!pgUrl) throw new Error('no PostgreSQL');
    const own = (await freshStore('postgresql')).databaseUrl ?? pgUrl;
    owner = new Client({ connectionString: own });
    await owner.connect();
    await owner.query(`DROP ROLE IF EXISTS ${login_}`);
    await owner.query(`CREATE ROLE ${login_} LOGIN IN ROLE iep_app`);
    const url = new URL(own);
    url.username = login_;
    asApp = new Client({ connectionString: url.toString() });
    await asApp.connect();
    app = await startApp({ databaseUrl: url.toString(), dataDir: undefined });
  });
  afterAll(async () => {
    await app.stop();
    await asApp.end();
    await owner.query(`DROP OWNED BY ${login_}`);
    await owner.query(`DROP ROLE IF EXISTS ${login_}`);
    await owner.end();
  });

  it('runs the app: seeds, signs in, reads a section and writes its audit rows', async () => {
    const ot = await login(app, 'ot@demo.school');
    const sectionId = await sectionOf(app, ot, 'Mateo');
    expect((await api(app, `/api/sections/${sectionId}`, { token: ot.token })).status).toBe(200);
    const { rows } = await asApp.query<{ n: string }>(`SELECT count(*) AS n FROM "AuditEvent" WHERE "sectionId" = $1`, [
      sectionId,
    ]);
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
  });

  it('may not change, delete or empty the audit log, disable its triggers, or alter any table', async () => {
    await expect(asApp.query(`UPDATE "AuditEvent" SET action = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(asApp.query('DELETE FROM "AuditEvent"')).rejects.toThrow(/permission denied/);
    await expect(asApp.query('TRUNCATE "AuditEvent"')).rejects.toThrow(/permission denied/);
    await expect(asApp.query('ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL')).rejects.toThrow(/must be owner/);
    await expect(asApp.query('DROP TRIGGER "AuditEvent_no_truncate" ON "AuditEvent"')).rejects.toThrow(/must be owner/);
    await expect(asApp.query('SET session_replication_role = replica')).rejects.toThrow(/permission denied/);
    await expect(asApp.query('ALTER TABLE "User" ADD COLUMN x int')).rejects.toThrow(/must be owner/);
  });
});
