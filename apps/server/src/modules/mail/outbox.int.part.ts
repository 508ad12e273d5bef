import { appPerFile, newWorld, TEST_STORE, uniqueEmail, type World } from '../../test/factories';
import { MAIL_SECRET_MARKER, type CreatedInvitation, type OutboxMessage } from '@iep/shared';
import { mailsTo } from '../../test/mailbox';
import { otherDistrict, studentIdOf, tokenOf } from '../../test/people-kit';
import { SmtpReceiver } from '../../test/smtp-receiver';
import { api, freshStore, login, startApp, STORES, type Session, type TestApp } from '../../test/test-app';
import { MAIL_SECRET_SLOT } from './mail.service';

const TAKEOVER_PASSWORD = 'Stolen-Parent-Account-2026';

/**
 * Security finding 1 of issue 15: the outbox handed every queued mail, one-time links included, to
 * any administrator. Now links are the mail's secret (never in the readable text, erased once sent
 * or expired) and the outbox is a district's, read by that district's administrators only.
 */
describe.each(STORES)('the mail outbox on %s', (kind) => {
  // One app per store; each test's people, students and mail are of a district of its own.
  const running = appPerFile(kind, { publicUrl: 'https://iep.example.org' });
  let app: TestApp;
  let world: World;
  let admin: Session;
  let parentEmail: string;

  beforeEach(async () => {
    app = running();
    world = await newWorld(app);
    admin = await login(app, world.emails.admin);
    parentEmail = world.emails.parent;
  });
  const mateo = (): string => world.students.Mateo.studentId;

  const outbox = async (session: Session): Promise<OutboxMessage[]> => {
    const res = await api(app, '/api/outbox', { token: session.token });
    expect(res.status).toBe(200);
    return (res.body as { messages: OutboxMessage[] }).messages;
  };
  const invite = async (session: Session, studentId: string, email: string): Promise<CreatedInvitation> => {
    const res = await api(app, `/api/students/${studentId}/invitations`, {
      method: 'POST',
      token: session.token,
      body: { email, role: 'parent' },
    });
    expect(res.status).toBe(201);
    return res.body as CreatedInvitation;
  };

  it('never gives an administrator who asks for a parent’s reset the link, so they cannot sign in as the parent', async () => {
    expect(
      (
        await api(app, '/api/auth/password-reset', {
          method: 'POST',
          token: admin.token,
          body: { email: parentEmail },
        })
      ).status,
    ).toBe(202);
    // The parent's own mail has the link…
    const [mail] = await mailsTo(app, parentEmail);
    const token = mail?.text.match(/\/reset-password\/([\w-]{43})/)?.[1] ?? '';
    expect(token).not.toBe('');
    // …the outbox, read by the demo administrator (of the team and of the district), has nothing of it.
    const raw = await api(app, '/api/outbox', { token: admin.token });
    expect(raw.status).toBe(200);
    expect(JSON.stringify(raw.body)).not.toContain(token);
    expect(JSON.stringify(raw.body)).not.toMatch(/reset-password\/[\w-]/);
    // A password reset is a person's own business, not a district's: nobody reads it in the app.
    expect((raw.body as { messages: OutboxMessage[] }).messages.filter((m) => m.to === parentEmail)).toEqual([]);
    // Whatever the administrator took for a link from the outbox does not set the parent's password.
    for (const found of JSON.stringify(raw.body).match(/[A-Za-z0-9_-]{43}/g) ?? []) {
      await api(app, '/api/auth/password-reset/confirm', {
        method: 'POST',
        body: { token: found, newPassword: TAKEOVER_PASSWORD },
      });
    }
    expect(
      (
        await api(app, '/api/auth/login', {
          method: 'POST',
          body: { email: parentEmail, password: TAKEOVER_PASSWORD },
        })
      ).status,
    ).toBe(401);
    await login(app, parentEmail);
    // The stored text holds only the slot; the link is in the secret column alone.
    const row = await app.prisma.client.mailOutbox.findFirstOrThrow({ where: { to: parentEmail } });
    expect(row.text).not.toContain(token);
    expect(row.text).toContain(MAIL_SECRET_SLOT);
    expect(row.secret).toBe(`https://iep.example.org/reset-password/${token}`);
    expect(row.districtId).toBeNull();
    expect((row.secretExpiresAt?.getTime() ?? 0) - row.createdAt.getTime()).toBeLessThanOrEqual(60 * 60_000 + 1000);
  });

  it('shows an invitation mail with its link hidden; the invitee’s mail has the link', async () => {
    const aunt = uniqueEmail('aunt');
    const { link } = await invite(admin, mateo(), aunt);
    const [mail] = await mailsTo(app, aunt);
    expect(mail?.text).toContain(link);
    const messages = await outbox(admin);
    expect(JSON.stringify(messages)).not.toContain(tokenOf(link));
    const shown = messages.find((m) => m.to === aunt);
    expect(shown).toMatchObject({ status: 'queued', secret: 'held', subject: mail?.subject });
    expect(shown?.text).toBe(mail?.text.replace(link, MAIL_SECRET_MARKER));
    const row = await app.prisma.client.mailOutbox.findFirstOrThrow({ where: { to: aunt } });
    const invitation = await app.prisma.client.invitation.findFirstOrThrow({ where: { email: aunt } });
    expect(row.secretExpiresAt).toEqual(invitation.expiresAt);
  });

  it('shows each district administrator their own district’s mail and nobody else’s', async () => {
    const other = await otherDistrict(app);
    const otherAdmin = await login(app, other.adminEmail);
    const [near, far] = [uniqueEmail('near'), uniqueEmail('far')];
    await invite(admin, mateo(), near);
    await invite(otherAdmin, other.studentId, far);
    await mailsTo(app, far);
    expect((await outbox(admin)).map((m) => m.to)).toEqual([near]);
    expect((await outbox(otherAdmin)).map((m) => m.to)).toEqual([far]);
    const audit = await app.prisma.client.auditEvent.findMany({
      where: { action: 'mail.outbox_read', actorId: { in: [admin.userId, otherAdmin.userId] } },
      select: { actorRole: true },
    });
    expect(audit).toEqual([{ actorRole: 'district_admin' }, { actorRole: 'district_admin' }]);
  });

  it('refuses everyone who administers no district with 403, a student’s team administrator too', async () => {
    const teamAdminEmail = uniqueEmail('team-admin');
    const studentAdmin = await app.prisma.client.user.create({
      data: {
        email: teamAdminEmail,
        name: 'Team Admin',
        passwordHash: (await app.prisma.client.user.findUniqueOrThrow({ where: { email: world.emails.admin } }))
          .passwordHash,
      },
    });
    await app.prisma.client.teamMembership.create({
      data: { studentId: mateo(), userId: studentAdmin.id, role: 'admin' },
    });
    for (const email of [world.emails.teacher, world.emails.ot, parentEmail, teamAdminEmail]) {
      const res = await api(app, '/api/outbox', { token: (await login(app, email)).token });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
    expect((await api(app, '/api/outbox')).status).toBe(401);
  });

  it('erases a secret once its time is up', async () => {
    const late = uniqueEmail('late');
    const { link } = await invite(admin, mateo(), late);
    await mailsTo(app, late);
    await app.prisma.client.mailOutbox.updateMany({
      where: { to: late },
      data: { secretExpiresAt: new Date(Date.now() - 1000) },
    });
    const shown = (await outbox(admin)).find((m) => m.to === late);
    expect(shown).toMatchObject({ secret: 'erased', text: expect.stringContaining(MAIL_SECRET_MARKER) });
    const row = await app.prisma.client.mailOutbox.findFirstOrThrow({ where: { to: late } });
    expect(row.secret).toBeNull();
    expect(JSON.stringify(await app.prisma.client.mailOutbox.findMany())).not.toContain(tokenOf(link));
  });
});

describe('mail with secrets over SMTP', () => {
  let app: TestApp;
  let smtp: SmtpReceiver;

  beforeEach(async () => {
    smtp = await SmtpReceiver.start();
    app = await startApp(await freshStore(TEST_STORE), { publicUrl: 'https://iep.example.org', smtpUrl: smtp.url });
  });
  afterEach(async () => {
    await app.stop();
    await smtp.stop();
  });

  const sent = async (to: string) => {
    for (;;) {
      const row = await app.prisma.client.mailOutbox.findFirst({ where: { to } });
      if (row && row.status !== 'queued') return row;
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('delivers the reset link in the real mail, then keeps no copy of it', async () => {
    expect(
      (await api(app, '/api/auth/password-reset', { method: 'POST', body: { email: 'parent@demo.school' } })).status,
    ).toBe(202);
    const [mail] = await smtp.mailsTo('parent@demo.school');
    const link = mail?.text.match(/https:\/\/iep\.example\.org\/reset-password\/[\w-]{43}/)?.[0] ?? '';
    expect(link).not.toBe('');
    expect(mail?.text).not.toContain(MAIL_SECRET_SLOT);
    const row = await sent('parent@demo.school');
    expect(row).toMatchObject({ status: 'sent', secret: null });
    expect(JSON.stringify(await app.prisma.client.mailOutbox.findMany())).not.toContain(link);
    const token = link.split('/reset-password/')[1] ?? '';
    expect(
      (
        await api(app, '/api/auth/password-reset/confirm', {
          method: 'POST',
          body: { token, newPassword: TAKEOVER_PASSWORD },
        })
      ).status,
    ).toBe(204);
    await login(app, 'parent@demo.school', TAKEOVER_PASSWORD);
  });

  it('delivers the invitation link and shows the sent mail as erased', async () => {
    const admin = await login(app, 'admin@demo.school');
    const res = await api(app, `/api/students/${await studentIdOf(app, 'Mateo')}/invitations`, {
      method: 'POST',
      token: admin.token,
      body: { email: 'uncle@example.org', role: 'teacher' },
    });
    const { link, mailed } = res.body as CreatedInvitation;
    expect(mailed).toBe(true);
    const [mail] = await smtp.mailsTo('uncle@example.org');
    expect(mail?.text).toContain(link);
    await sent('uncle@example.org');
    const messages = (await api(app, '/api/outbox', { token: admin.token })).body as { messages: OutboxMessage[] };
    expect(messages.messages.find((m) => m.to === 'uncle@example.org')).toMatchObject({
      status: 'sent',
      secret: 'erased',
      text: expect.stringContaining(MAIL_SECRET_MARKER),
    });
    expect(JSON.stringify(messages)).not.toContain(tokenOf(link));
  });
});
