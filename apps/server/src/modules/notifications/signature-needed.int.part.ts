import { REASONS_FOR_EMPTY_SECTION } from '../../test/compliance-reasons';
import { mailsTo } from '../../test/mailbox';
import { appPerFile, newWorld, type World, TEST_STORE } from '../../test/factories';
import { api, login, sectionOf, type Session, type TestApp } from '../../test/test-app';

interface NotificationBody {
  notifications: { kind: string; detail: { versionNumber?: number } }[];
}

/**
 * Requesting sign-off tells each signer that their signature is needed, in the app and by mail,
 * and the mail reads as a family can use it: an absolute link to the sign-off panel, no codes.
 */
describe('your signature is needed', () => {
  const running = appPerFile(TEST_STORE, { publicUrl: 'https://iep.example.org' });
  let app: TestApp;
  let world: World;
  let ot: Session;

  beforeEach(async () => {
    app = running();
    world = await newWorld(app);
    ot = await login(app, world.emails.ot);
  });

  it('reaches the parent and the administrator (not the OT who asked, not the teacher) in the app and by mail', async () => {
    const sectionId = await sectionOf(app, ot, 'Mateo');
    for (const to of ['meeting', 'pending_signoff']) {
      // The demo section is empty: its failing checks get reasons (this suite is about the notice).
      const body = { to, overrides: REASONS_FOR_EMPTY_SECTION };
      const moved = await api(app, `/api/sections/${sectionId}/transition`, { method: 'POST', token: ot.token, body });
      expect(moved.status).toBe(200);
    }

    const parent = await login(app, world.emails.parent);
    const list = (await api(app, '/api/notifications', { token: parent.token })).body as NotificationBody;
    const needed = list.notifications.filter((n) => n.kind === 'signature_needed');
    expect(needed).toHaveLength(1);
    expect(needed[0]?.detail.versionNumber).toBe(2);

    const [mail] = (await mailsTo(app, world.emails.parent)).filter((m) => m.subject.startsWith('Your signature'));
    expect(mail?.subject).toBe('Your signature is needed (Mateo Reyes)');
    expect(mail?.text).toContain('asks for your signature on version 2 of Mateo Reyes');
    expect(mail?.text).toContain(`Open it in the IEP workspace: https://iep.example.org/sections/${sectionId}#signoff`);
    expect(mail?.text).not.toMatch(/\(parent\)|\[|\{/);

    expect((await mailsTo(app, world.emails.admin)).some((m) => m.subject.startsWith('Your signature'))).toBe(true);
    const others = [
      ...(await app.prisma.client.mailOutbox.findMany({ where: { subject: { startsWith: 'Your signature' } } })),
    ];
    expect(others.map((m) => m.to).sort()).toEqual([world.emails.admin, world.emails.parent].sort());
  });
});
