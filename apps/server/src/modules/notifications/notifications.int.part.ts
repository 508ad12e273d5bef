import type { NotificationList, OutboxMessage } from '@iep/shared';
import type { World } from '../../test/factories';
import { sectionPerTest, type SectionScene } from '../../test/section-scene';
import { api, type Session, type TestApp } from '../../test/test-app';
import { REASONS_FOR_EMPTY_SECTION } from '../../test/compliance-reasons';

describe('notifications beyond mentions', () => {
  const scene = sectionPerTest();
  let world: World;
  let app: TestApp;
  let ot: Session;
  let teacher: Session;
  let parent: Session;
  let admin: Session;
  let sectionId: string;
  let post: SectionScene['post'];
  beforeEach(() => {
    ({
      post,
      app,
      sectionId,
      world,
      as: { ot, teacher, parent, admin },
    } = scene());
  });

  const mine = async (s: Session) =>
    ((await api(app, '/api/notifications', { token: s.token })).body as NotificationList).notifications;
  /** The notices but the sign-off requests (signature-needed.int.part.ts is about those). */
  const mineBut = async (s: Session, kind: string) => (await mine(s)).filter((n) => n.kind !== kind);
  /** Mail is sent after the commit; waits until the outbox holds a message matching `match`. */
  const outboxMail = async (match: (m: OutboxMessage) => boolean): Promise<OutboxMessage[]> => {
    let found: OutboxMessage[] = [];
    for (let i = 0; i < 100 && found.length === 0; i++) {
      found = (
        (await api(app, '/api/outbox', { token: admin.token })).body as { messages: OutboxMessage[] }
      ).messages.filter(match);
      if (found.length === 0) await new Promise((r) => setTimeout(r, 50));
    }
    return found;
  };

  it('tells the parents when the draft is shared for review, with the respond-by date in the notice and the mail', async () => {
    const respondBy = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    expect((await post(ot, `/api/sections/${sectionId}/transition`, { to: 'family_review', respondBy })).status).toBe(
      200,
    );

    expect(await mine(parent)).toEqual([
      expect.objectContaining({
        kind: 'shared_for_review',
        sectionId,
        threadId: null,
        commentId: null,
        detail: { respondBy },
        actorName: 'Olivia Torres',
        studentName: 'Mateo Reyes',
      }),
    ]);
    expect(await mine(teacher)).toEqual([]);
    const mails = await outboxMail((m) => m.to === world.emails.parent);
    // The date in words in the reader's language (English here), never as a code.
    const inWords = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${respondBy}T12:00:00Z`),
    );
    expect(mails).toEqual([expect.objectContaining({ text: expect.stringContaining(`respond by ${inWords}.`) })]);
    expect(mails[0]?.text).toContain(`/sections/${sectionId}`);
  });

  it('tells the OT and the administrator, not the teacher, when a parent revokes consent, with the reason', async () => {
    await post(ot, `/api/sections/${sectionId}/transition`, { to: 'meeting' });
    await post(ot, `/api/sections/${sectionId}/transition`, {
      to: 'pending_signoff',
      overrides: REASONS_FOR_EMPTY_SECTION,
    });
    const state = (await api(app, `/api/sections/${sectionId}/signoffs`, { token: ot.token })).body as {
      version: { number: number };
    };
    const n = state.version.number;
    expect(
      (
        await post(ot, `/api/sections/${sectionId}/signoffs`, {
          versionNumber: n,
          typedName: 'Olivia Torres',
          decision: 'approve',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await post(parent, `/api/sections/${sectionId}/signoffs`, {
          versionNumber: n,
          typedName: 'Paula Reyes',
          decision: 'consent',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await post(parent, `/api/sections/${sectionId}/signoffs/revoke`, {
          reason: 'We want to talk about the services first',
        })
      ).status,
    ).toBe(200);

    for (const staff of [ot, admin]) {
      expect(await mineBut(staff, 'signature_needed')).toEqual([
        expect.objectContaining({
          kind: 'consent_revoked',
          detail: expect.objectContaining({ reason: 'We want to talk about the services first' }),
          actorName: 'Paula Reyes',
        }),
      ]);
    }
    expect(await mine(teacher)).toEqual([]);
    expect(
      await outboxMail((m) => m.to === world.emails.ot && m.text.includes('We want to talk about the services first')),
    ).toHaveLength(1);
  });

  it('tells the signers their signatures were voided when the meeting is reopened, with the reason', async () => {
    await post(ot, `/api/sections/${sectionId}/transition`, { to: 'meeting' });
    await post(ot, `/api/sections/${sectionId}/transition`, {
      to: 'pending_signoff',
      overrides: REASONS_FOR_EMPTY_SECTION,
    });
    const state = (await api(app, `/api/sections/${sectionId}/signoffs`, { token: ot.token })).body as {
      version: { number: number };
    };
    await post(parent, `/api/sections/${sectionId}/signoffs`, {
      versionNumber: state.version.number,
      typedName: 'Paula Reyes',
      decision: 'consent',
    });
    expect((await post(ot, `/api/sections/${sectionId}/transition`, { to: 'meeting' })).status).toBe(200);

    expect(await mineBut(parent, 'signature_needed')).toEqual([
      expect.objectContaining({
        kind: 'signatures_voided',
        detail: { reason: 'Reopened for changes by Olivia Torres', versionNumber: state.version.number },
      }),
    ]);
    expect(await mine(teacher)).toEqual([]);
  });

  it('sends everyone on the team, family included, the meeting summary when the meeting ends', async () => {
    const scheduled = await post(ot, `/api/sections/${sectionId}/meetings`, {
      scheduledFor: new Date(Date.now() + 3_600_000).toISOString(),
      invitedUserIds: [],
    });
    const meetingId = (scheduled.body as { id: string }).id;
    expect((await post(ot, `/api/meetings/${meetingId}/start`)).status).toBe(200);
    expect((await post(ot, `/api/meetings/${meetingId}/end`)).status).toBe(200);

    for (const member of [ot, teacher, parent, admin]) {
      expect(await mine(member)).toEqual([
        expect.objectContaining({
          kind: 'meeting_summary',
          // Codes and values (each reader's client and mail word them), never a text in one language.
          detail: expect.objectContaining({
            meetingId,
            digest: expect.objectContaining({ decisions: [], open: expect.any(Array), notes: '' }),
          }),
        }),
      ]);
    }
    // Besides the invitation (with its calendar file) sent when the meeting was scheduled.
    const mails = await outboxMail((m) => m.to === world.emails.parent && m.subject.startsWith('Meeting summary'));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toEqual(expect.stringContaining('Who attended:'));
    expect(mails[0]?.text).toEqual(expect.stringContaining('What is open:'));
  });
});
