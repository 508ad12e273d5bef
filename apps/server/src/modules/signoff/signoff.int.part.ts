import * as Y from 'yjs';
import { addGoal } from '@iep/shared';
import { serverHasGoal, until } from '../../test/proposals-kit';
import { sectionPerTest } from '../../test/section-scene';
import {
  afterEarlierFrames,
  api,
  collabToken,
  connectProvider,
  synced,
  type Session,
  type TestApp,
} from '../../test/test-app';
import { REASONS_FOR_EMPTY_SECTION } from '../../test/compliance-reasons';

interface SignoffBody {
  status: string;
  version: { number: number; contentHash: string } | null;
  signatures: {
    role: string;
    decision: string;
    versionNumber: number;
    voidedAt: string | null;
    voidReason: string | null;
    excludedItems: { ref: string }[];
  }[];
  revocations: { reason: string; signatureId: string }[];
  missing: string[];
}

describe('sign-off', () => {
  const scene = sectionPerTest();
  let app: TestApp;
  let ot: Session;
  let teacher: Session;
  let parent: Session;
  let admin: Session;
  let sectionId: string;

  beforeEach(async () => {
    ({
      app,
      sectionId,
      as: { ot, teacher, parent, admin },
    } = scene());
    await api(app, `/api/sections/${sectionId}/transition`, {
      method: 'POST',
      token: ot.token,
      body: { to: 'meeting' },
    });
    await api(app, `/api/sections/${sectionId}/transition`, {
      method: 'POST',
      token: ot.token,
      body: { to: 'pending_signoff', overrides: REASONS_FOR_EMPTY_SECTION },
    });
  });

  const sign = (session: Session, body: Record<string, unknown>) =>
    api(app, `/api/sections/${sectionId}/signoffs`, { method: 'POST', token: session.token, body });
  const state = async () =>
    (await api(app, `/api/sections/${sectionId}/signoffs`, { token: ot.token })).body as SignoffBody;
  const otSigns = (versionNumber: number) =>
    sign(ot, { versionNumber, typedName: 'Olivia Torres', decision: 'approve' });

  it('takes the OT, the parent’s partial consent and last the administrator, which approves and locks the section', async () => {
    const frozen = await state();
    expect(frozen).toMatchObject({
      status: 'pending_signoff',
      version: { number: 2 },
      missing: ['ot', 'parent', 'admin'],
    });
    const n = frozen.version?.number ?? 0;

    expect((await sign(admin, { versionNumber: n, typedName: 'Ada Mensah', decision: 'approve' })).body).toMatchObject({
      error: { code: 'SIGNATURE_OUT_OF_ORDER' },
    });
    expect((await sign(teacher, { versionNumber: n, typedName: 'Tom Baker', decision: 'approve' })).body).toMatchObject(
      { error: { code: 'NOT_A_SIGNER' } },
    );
    expect((await sign(ot, { versionNumber: n, typedName: 'Someone Else', decision: 'approve' })).body).toMatchObject({
      error: { code: 'SIGNATURE_NAME_MISMATCH' },
    });
    expect((await sign(parent, { versionNumber: n, typedName: 'Paula Reyes', decision: 'approve' })).status).toBe(400);
    expect(
      (await sign(parent, { versionNumber: n, typedName: 'Paula Reyes', decision: 'consent_in_part' })).body,
    ).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: { fields: [{ field: 'excludedItems' }] } },
    });

    expect((await otSigns(n)).status).toBe(200);
    expect((await otSigns(n)).body).toMatchObject({ error: { code: 'ALREADY_SIGNED' } });
    const partial = await sign(parent, {
      versionNumber: n,
      typedName: 'paula  reyes',
      decision: 'consent_in_part',
      excludedItems: [{ ref: 'services/s1', label: 'Push-in OT, 30 min weekly' }],
    });
    expect(partial.status).toBe(200);
    expect((partial.body as SignoffBody).missing).toEqual(['admin']);

    const approved = await sign(admin, { versionNumber: n, typedName: 'Ada Mensah', decision: 'approve' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', missing: [] });
    const signatures = (approved.body as SignoffBody).signatures;
    expect(signatures.map((s) => [s.role, s.decision])).toEqual([
      ['ot', 'approve'],
      ['parent', 'consent_in_part'],
      ['admin', 'approve'],
    ]);
    expect(signatures[1]?.excludedItems).toEqual([{ ref: 'services/s1', label: 'Push-in OT, 30 min weekly' }]);
    const hash = (approved.body as SignoffBody).version?.contentHash;
    const rows = await app.prisma.client.signature.findMany({ where: { sectionId } });
    expect(rows.every((r) => r.contentHash === hash)).toBe(true);

    const section = (await api(app, `/api/sections/${sectionId}`, { token: ot.token })).body as {
      status: string;
      permissions: { edit: boolean; editParts: string[] };
    };
    expect(section).toMatchObject({ status: 'approved', permissions: { edit: false, editParts: [] } });
    expect(
      (
        await api(app, `/api/sections/${sectionId}/transition`, {
          method: 'POST',
          token: ot.token,
          body: { to: 'meeting' },
        })
      ).body,
    ).toMatchObject({ error: { code: 'INVALID_TRANSITION' } });
    expect((await otSigns(n)).body).toMatchObject({ error: { code: 'SECTION_LOCKED' } });
    const audit = await app.prisma.client.auditEvent.findMany({
      where: { sectionId, action: { in: ['section.signed', 'section.transition'] } },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual([
      'section.transition',
      'section.transition',
      'section.signed',
      'section.signed',
      'section.signed',
      'section.transition',
    ]);
  });

  it('voids the signatures when the OT corrects the content, freezes the new content, and refuses the old version', async () => {
    const n = (await state()).version?.number ?? 0;
    expect((await otSigns(n)).status).toBe(200);
    expect((await sign(parent, { versionNumber: n, typedName: 'Paula Reyes', decision: 'consent' })).status).toBe(200);

    const doc = new Y.Doc();
    const socket = connectProvider(app, sectionId, await collabToken(app, ot, sectionId), doc);
    try {
      await synced(socket);
      addGoal(doc, { behavior: 'a late correction' });
      await until(async () => (await state()).version?.number !== n, 'the watcher freezing a new version', 8000);
      const after = await state();
      expect(after.version?.number).toBe(n + 1);
      expect(after.missing).toEqual(['ot', 'parent', 'admin']);
      const old = after.signatures.filter((s) => s.versionNumber === n);
      expect(old).toHaveLength(2);
      expect(
        old.every(
          (s) =>
            s.voidedAt !== null &&
            /changed after version 2 was frozen \(edited by Olivia Torres/.test(s.voidReason ?? ''),
        ),
      ).toBe(true);

      const stale = await sign(admin, { versionNumber: n, typedName: 'Ada Mensah', decision: 'approve' });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ error: { code: 'VERSION_NOT_CURRENT', details: { currentVersion: n + 1 } } });
      const frozen = await app.prisma.client.sectionVersion.findUnique({
        where: { sectionId_number: { sectionId, number: n + 1 } },
      });
      expect(JSON.stringify(frozen?.json)).toContain('a late correction');
    } finally {
      socket.destroy();
    }
  });

  it('refuses the approval when the content changed since the freeze, even before the watcher noticed', async () => {
    const n = (await state()).version?.number ?? 0;
    await otSigns(n);
    await sign(parent, { versionNumber: n, typedName: 'Paula Reyes', decision: 'consent' });
    const doc = new Y.Doc();
    const socket = connectProvider(app, sectionId, await collabToken(app, ot, sectionId), doc);
    try {
      await synced(socket);
      const goalId = addGoal(doc, { behavior: 'typed just before approval' });
      await until(() => serverHasGoal(app, ot, sectionId, goalId), 'the goal reaching the server');
      const res = await sign(admin, { versionNumber: n, typedName: 'Ada Mensah', decision: 'approve' });
      expect(res.status).toBe(409);
      expect((res.body as { error: { code: string } }).error.code).toMatch(/CONTENT_CHANGED|VERSION_NOT_CURRENT/);
      expect((await state()).status).toBe('pending_signoff');
    } finally {
      socket.destroy();
    }
  });

  it('closes the document to every open socket the moment the administrator approves', async () => {
    const n = (await state()).version?.number ?? 0;
    const otDoc = new Y.Doc();
    const otSocket = connectProvider(app, sectionId, await collabToken(app, ot, sectionId), otDoc);
    const adminDoc = new Y.Doc();
    const adminSocket = connectProvider(app, sectionId, await collabToken(app, admin, sectionId), adminDoc);
    try {
      await Promise.all([synced(otSocket), synced(adminSocket)]);
      await otSigns(n);
      await sign(parent, { versionNumber: n, typedName: 'Paula Reyes', decision: 'consent' });
      expect((await sign(admin, { versionNumber: n, typedName: 'Ada Mensah', decision: 'approve' })).status).toBe(200);
      addGoal(otDoc, { behavior: 'after approval' });
      // Sent after the goal on the same socket: once the administrator sees it, the goal was refused or relayed.
      await afterEarlierFrames(otSocket, adminSocket);
      expect(adminDoc.getMap('goals').size).toBe(0);
      expect((await state()).version?.number).toBe(n);
      const stored = await app.prisma.client.sectionVersion.count({ where: { sectionId } });
      expect(stored).toBe(n);
    } finally {
      otSocket.destroy();
      adminSocket.destroy();
    }
  });

  it('keeps a parent’s consent and its later revocation side by side, and only the consenting parent may revoke', async () => {
    const n = (await state()).version?.number ?? 0;
    await otSigns(n);
    await sign(parent, { versionNumber: n, typedName: 'Paula Reyes', decision: 'consent' });
    await sign(admin, { versionNumber: n, typedName: 'Ada Mensah', decision: 'approve' });

    expect(
      (
        await api(app, `/api/sections/${sectionId}/signoffs/revoke`, {
          method: 'POST',
          token: ot.token,
          body: { reason: 'x' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api(app, `/api/sections/${sectionId}/signoffs/revoke`, {
          method: 'POST',
          token: parent.token,
          body: { reason: '' },
        })
      ).status,
    ).toBe(400);
    const revoked = await api(app, `/api/sections/${sectionId}/signoffs/revoke`, {
      method: 'POST',
      token: parent.token,
      body: { reason: 'We moved to another district' },
    });
    expect(revoked.status).toBe(200);
    const body = revoked.body as SignoffBody;
    expect(body.revocations).toHaveLength(1);
    expect(body.signatures.find((s) => s.role === 'parent')).toMatchObject({ decision: 'consent', voidedAt: null });
    expect(
      (
        await api(app, `/api/sections/${sectionId}/signoffs/revoke`, {
          method: 'POST',
          token: parent.token,
          body: { reason: 'again' },
        })
      ).status,
    ).toBe(409);
  });

  it('amends an approved section into a new draft and leaves the approved version as it was', async () => {
    const n = (await state()).version?.number ?? 0;
    await otSigns(n);
    await sign(parent, { versionNumber: n, typedName: 'Paula Reyes', decision: 'consent' });
    await sign(admin, { versionNumber: n, typedName: 'Ada Mensah', decision: 'approve' });
    const before = await app.prisma.client.sectionVersion.findUnique({
      where: { sectionId_number: { sectionId, number: n } },
    });

    const amended = await api(app, `/api/sections/${sectionId}/transition`, {
      method: 'POST',
      token: ot.token,
      body: { to: 'draft' },
    });
    expect(amended.status).toBe(200);
    const section = (await api(app, `/api/sections/${sectionId}`, { token: ot.token })).body as {
      status: string;
      version: number;
      workflow: { amendmentOf: number | null };
    };
    expect(section).toMatchObject({ status: 'draft', version: 2, workflow: { amendmentOf: n } });
    const after = await app.prisma.client.sectionVersion.findUnique({
      where: { sectionId_number: { sectionId, number: n } },
    });
    expect(after?.contentHash).toBe(before?.contentHash);
    expect((await state()).signatures).toEqual([]);
  });
});
