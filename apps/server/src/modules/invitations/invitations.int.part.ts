import {
  MAIL_SECRET_MARKER,
  type CreatedInvitation,
  type InvitationDto,
  type InvitationPreview,
  type OutboxMessage,
  type TeamPanel,
} from '@iep/shared';
import { mailsTo } from '../../test/mailbox';
import { otherDistrict, tokenOf } from '../../test/people-kit';
import { appPerFile, newWorld, type World } from '../../test/factories';
import { api, login, type Session, type TestApp } from '../../test/test-app';

const STRONG = 'copper kettle on tuesday';

describe('invitations', () => {
  const running = appPerFile();
  let world: World;
  let app: TestApp;
  let admin: Session;
  let mateo: string;

  beforeEach(async () => {
    app = running();
    world = await newWorld(app);
    admin = await login(app, world.emails.admin);
    mateo = world.students.Mateo.studentId;
  });

  const invite = (email: string, role = 'parent', session = admin, studentId = mateo) =>
    api(app, `/api/students/${studentId}/invitations`, { method: 'POST', token: session.token, body: { email, role } });
  const accept = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    api(app, '/api/invitations/accept', { method: 'POST', body, headers });
  const created = async (email: string, role = 'parent'): Promise<CreatedInvitation> => {
    const res = await invite(email, role);
    if (res.status !== 201) throw new Error(`invite failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as CreatedInvitation;
  };
  const members = (email: string) =>
    app.prisma.client.teamMembership.count({ where: { studentId: mateo, user: { email } } });

  it('invites by mail (outbox) and returns the link once; accepting creates the account, the membership and a session', async () => {
    const res = await invite('  Grandma@Example.org ');
    expect(res.status).toBe(201);
    const { invitation, link, mailed } = res.body as CreatedInvitation;
    expect(invitation).toMatchObject({
      email: 'grandma@example.org',
      role: 'parent',
      status: 'pending',
      invitedBy: 'Ada Mensah',
    });
    expect(mailed).toBe(false);
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(link);
    // Only the hash is stored; the mail carries the link to the invitee (Mateo's family reads Spanish),
    // while the outbox shows where it stands without it.
    const row = await app.prisma.client.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).not.toContain(token);
    const [mail] = await mailsTo(app, 'grandma@example.org');
    expect(mail?.text).toContain(link);
    expect(mail?.subject).toContain('Mateo');
    const outbox = (await api(app, '/api/outbox', { token: admin.token })).body as { messages: OutboxMessage[] };
    const queued = outbox.messages.find((m) => m.to === 'grandma@example.org');
    expect(queued).toMatchObject({
      subject: mail?.subject,
      secret: 'held',
      text: expect.stringContaining(MAIL_SECRET_MARKER),
    });
    expect(JSON.stringify(outbox)).not.toContain(token);

    const preview = await api(app, `/api/invitations/by-token/${token}`);
    expect(preview.body).toEqual<InvitationPreview>({
      inviterName: 'Ada Mensah',
      studentFirstName: 'Mateo',
      role: 'parent',
      email: 'grandma@example.org',
      hasAccount: false,
      expiresAt: expect.any(String),
    });

    const accepted = await accept({ token, name: 'Rosa Reyes', password: STRONG, locale: 'es' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ studentId: mateo, userId: expect.any(String) });
    const cookie = (accepted.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^iep_session=/);
    const students = await api(app, '/api/students', { headers: { cookie } });
    expect(students.body).toMatchObject({ students: [{ id: mateo, myRole: 'parent' }] });
    expect((await api(app, '/api/auth/me', { headers: { cookie } })).body).toMatchObject({
      user: { name: 'Rosa Reyes', locale: 'es' },
    });
    expect((await login(app, 'grandma@example.org', STRONG)).userId).toBe((accepted.body as { userId: string }).userId);

    const list = (await api(app, `/api/students/${mateo}/invitations`, { token: admin.token })).body as {
      invitations: InvitationDto[];
    };
    expect(list.invitations[0]).toMatchObject({
      id: invitation.id,
      status: 'accepted',
      acceptedAt: expect.any(String),
    });
    const actions = (
      await app.prisma.client.auditEvent.findMany({
        where: { action: { startsWith: 'invitation.' }, studentId: mateo },
        orderBy: { id: 'asc' },
      })
    ).map((e) => [e.action, e.actorRole]);
    expect(actions).toEqual([
      ['invitation.created', 'admin'],
      ['invitation.accepted', 'parent'],
    ]);
    expect(JSON.stringify(await app.prisma.client.auditEvent.findMany({ select: { detail: true } }))).not.toContain(
      token,
    );
  });

  it('refuses the same link twice with 409 LINK_USED and keeps one membership', async () => {
    const { link } = await created('twice@example.org');
    expect((await accept({ token: tokenOf(link), name: 'Twice', password: STRONG })).status).toBe(200);
    const second = await accept({ token: tokenOf(link), name: 'Twice Again', password: STRONG });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ error: { code: 'LINK_USED' } });
    expect((await api(app, `/api/invitations/by-token/${tokenOf(link)}`)).body).toMatchObject({
      error: { code: 'LINK_USED' },
    });
    expect(await members('twice@example.org')).toBe(1);
  });

  it('accepts a link used twice at the same moment once: one account, one membership, one 409 LINK_USED', async () => {
    const { link } = await created('race@example.org');
    const token = tokenOf(link);
    const results = await Promise.all([
      accept({ token, name: 'Racer One', password: STRONG }),
      accept({ token, name: 'Racer Two', password: STRONG }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)?.body).toMatchObject({ error: { code: 'LINK_USED' } });
    expect(await app.prisma.client.user.count({ where: { email: 'race@example.org' } })).toBe(1);
    expect(await members('race@example.org')).toBe(1);
  });

  it('answers expired and revoked links with 409 LINK_EXPIRED and LINK_REVOKED, and unknown ones with 404', async () => {
    const late = await created('late@example.org');
    await app.prisma.client.invitation.update({
      where: { id: late.invitation.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await api(app, `/api/invitations/by-token/${tokenOf(late.link)}`)).body).toMatchObject({
      error: { code: 'LINK_EXPIRED' },
    });
    const expired = await accept({ token: tokenOf(late.link), name: 'Late', password: STRONG });
    expect(expired.status).toBe(409);
    expect(expired.body).toMatchObject({ error: { code: 'LINK_EXPIRED' } });

    const gone = await created('gone@example.org', 'teacher');
    const revoked = await api(app, `/api/invitations/${gone.invitation.id}/revoke`, {
      method: 'POST',
      token: admin.token,
    });
    expect(revoked.body).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });
    const refused = await accept({ token: tokenOf(gone.link), name: 'Gone', password: STRONG });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'LINK_REVOKED' } });
    expect((await api(app, `/api/invitations/by-token/${'x'.repeat(43)}`)).status).toBe(404);
    expect(
      await app.prisma.client.user.count({ where: { email: { in: ['late@example.org', 'gone@example.org'] } } }),
    ).toBe(0);
    expect(
      await app.prisma.client.auditEvent.count({ where: { action: 'invitation.revoked', actorId: admin.userId } }),
    ).toBe(1);
    // Once revoked, the address may be invited again.
    expect((await invite('gone@example.org', 'teacher')).status).toBe(201);
  });

  it('refuses an address already on the team or already invited with 409 ALREADY_ON_TEAM, and an unknown role with 400', async () => {
    const onTeam = await invite(world.emails.teacher, 'teacher');
    expect(onTeam.status).toBe(409);
    expect(onTeam.body).toMatchObject({ error: { code: 'ALREADY_ON_TEAM' } });
    await created('new@example.org');
    expect((await invite('NEW@example.org', 'teacher')).body).toMatchObject({ error: { code: 'ALREADY_ON_TEAM' } });
    const both = await Promise.all([invite('once@example.org'), invite('once@example.org')]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const badRole = await invite('someone@example.org', 'principal');
    expect(badRole.status).toBe(400);
    expect(badRole.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: { fields: [{ field: 'role' }] } },
    });
    expect((await invite('not-an-email', 'teacher')).status).toBe(400);
    expect(await app.prisma.client.invitation.count({ where: { studentId: mateo } })).toBe(2);
  });

  it('refuses a weak password with 400 PASSWORD_TOO_WEAK and creates no account; the link still works after', async () => {
    const { link } = await created('weak@example.org');
    for (const password of ['short1', 'qwertyuiop123']) {
      const res = await accept({ token: tokenOf(link), name: 'Weak', password });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'PASSWORD_TOO_WEAK' } });
    }
    expect((await accept({ token: tokenOf(link), password: STRONG })).status).toBe(400);
    expect(await app.prisma.client.user.count({ where: { email: 'weak@example.org' } })).toBe(0);
    expect(
      (await app.prisma.client.invitation.findFirstOrThrow({ where: { email: 'weak@example.org' } })).acceptedAt,
    ).toBeNull();
    expect((await accept({ token: tokenOf(link), name: 'Strong', password: STRONG })).status).toBe(200);
  });

  it('lets an existing account accept when signed in as itself or with its password, never as someone else', async () => {
    const ava = world.students.Ava.studentId;
    const res = await invite(world.emails.parent, 'parent', admin, ava);
    const { link } = res.body as CreatedInvitation;
    expect((await api(app, `/api/invitations/by-token/${tokenOf(link)}`)).body).toMatchObject({ hasAccount: true });
    expect((await accept({ token: tokenOf(link) })).status).toBe(401);
    const ot = await login(app, world.emails.ot);
    expect((await accept({ token: tokenOf(link) }, { cookie: ot.cookie })).status).toBe(403);
    expect((await accept({ token: tokenOf(link), password: 'wrong password' })).body).toMatchObject({
      error: { code: 'INVALID_CREDENTIALS' },
    });
    const parent = await login(app, world.emails.parent);
    const ok = await accept({ token: tokenOf(link) }, { cookie: parent.cookie });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ studentId: ava, userId: parent.userId });
    expect(ok.headers.get('set-cookie')).toBeNull();
    const mine = (await api(app, '/api/students', { token: parent.token })).body as { students: { id: string }[] };
    expect(mine.students.map((s) => s.id).sort()).toEqual([ava, mateo].sort());
  });

  it('lets the OT invite, not a teacher (403); another district’s student is 404; the team panel shows who may do what', async () => {
    const ot = await login(app, world.emails.ot);
    const teacher = await login(app, world.emails.teacher);
    expect((await invite('aide@example.org', 'ota', ot)).status).toBe(201);
    const refused = await invite('friend@example.org', 'teacher', teacher);
    expect(refused.status).toBe(403);
    expect((await api(app, `/api/students/${mateo}/invitations`, { token: teacher.token })).status).toBe(403);
    const other = await otherDistrict(app);
    expect((await invite('x@example.org', 'parent', admin, other.studentId)).status).toBe(404);
    expect((await invite('x@example.org', 'parent', ot, other.studentId)).status).toBe(404);
    expect(await app.prisma.client.invitation.count({ where: { studentId: { in: [mateo, other.studentId] } } })).toBe(
      1,
    );

    const teacherPanel = (await api(app, `/api/students/${mateo}/team`, { token: teacher.token })).body as TeamPanel;
    expect(teacherPanel).toMatchObject({
      canInvite: false,
      canManage: false,
      invitations: [],
      student: { firstName: 'Mateo' },
    });
    expect(teacherPanel.members.map((m) => m.role).sort()).toEqual(['admin', 'ot', 'parent', 'teacher']);
    expect(teacherPanel.members.every((m) => m.email === null)).toBe(true);
    const otPanel = (await api(app, `/api/students/${mateo}/team`, { token: ot.token })).body as TeamPanel;
    expect(otPanel).toMatchObject({
      canInvite: true,
      canManage: false,
      invitations: [{ email: 'aide@example.org', role: 'ota', status: 'pending' }],
    });
    // The other district's administrator runs its team without being on it.
    const otto = await login(app, other.adminEmail);
    expect((await api(app, `/api/students/${other.studentId}/team`, { token: otto.token })).body).toMatchObject({
      canInvite: true,
      canManage: true,
      members: [],
    });
    expect((await api(app, `/api/students/${mateo}/team`, { token: otto.token })).status).toBe(404);
  });
});
