import * as Y from 'yjs';
import { addGoal } from '@iep/shared';
import type { World } from '../../test/factories';
import { completeFields, proposalApi, serverHasGoal, until } from '../../test/proposals-kit';
import { sectionPerTest } from '../../test/section-scene';
import { api, collabToken, connectProvider, synced, type Session, type TestApp } from '../../test/test-app';

interface Refusal {
  error: {
    code: string;
    details: { checks: { key: string; code: string; target: string; details: Record<string, unknown> }[] };
  };
}

const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const reason = (key: string) => ({ key, reason: `Decided at the meeting (${key})` });

describe('compliance gates sign-off and approval', () => {
  const scene = sectionPerTest();
  let world: World;
  let app: TestApp;
  let ot: Session;
  let parent: Session;
  let admin: Session;
  let sectionId: string;

  beforeEach(() => {
    ({
      app,
      world,
      sectionId,
      as: { ot, parent, admin },
    } = scene());
  });

  const move = (session: Session, body: unknown) =>
    api(app, `/api/sections/${sectionId}/transition`, { method: 'POST', token: session.token, body });
  const failing = (body: unknown): string[] => (body as Refusal).error.details.checks.map((c) => c.code).sort();
  const keys = (body: unknown): string[] => (body as Refusal).error.details.checks.map((c) => c.key);
  const sign = (session: Session, body: Record<string, unknown>) =>
    api(app, `/api/sections/${sectionId}/signoffs`, { method: 'POST', token: session.token, body });

  it('refuses to request sign-off while checks fail (409 COMPLIANCE_FAILING listing them) and changes nothing', async () => {
    expect((await move(ot, { to: 'meeting' })).status).toBe(200);
    const refused = await move(ot, { to: 'pending_signoff' });
    expect(refused.status).toBe(409);
    expect((refused.body as Refusal).error.code).toBe('COMPLIANCE_FAILING');
    expect(failing(refused.body)).toEqual(
      expect.arrayContaining(['areas_of_need_present', 'parent_concerns_present', 'services_present']),
    );
    const row = await app.prisma.client.otSection.findUniqueOrThrow({
      where: { id: sectionId },
      select: { status: true },
    });
    expect(row.status).toBe('meeting');
    expect(await app.prisma.client.sectionVersion.count({ where: { sectionId, reason: 'request_signoff' } })).toBe(0);
    expect(await app.prisma.client.complianceOverride.count({ where: { sectionId } })).toBe(0);
  });

  it('goes ahead with a reason for every failing check: stored, audited and shown in the workflow; a missing one still refuses', async () => {
    await move(ot, { to: 'meeting' });
    const all = keys((await move(ot, { to: 'pending_signoff' })).body);
    const [first, ...rest] = all;
    const partial = await move(ot, { to: 'pending_signoff', overrides: rest.map(reason) });
    expect(partial.status).toBe(409);
    expect(keys(partial.body)).toEqual([first]);
    expect(await app.prisma.client.complianceOverride.count({ where: { sectionId } })).toBe(0);

    const ok = await move(ot, { to: 'pending_signoff', overrides: all.map(reason) });
    expect(ok.status).toBe(200);
    const stored = await app.prisma.client.complianceOverride.findMany({ where: { sectionId } });
    expect(stored.map((o) => o.checkKey).sort()).toEqual([...all].sort());
    const otName = (await app.prisma.client.user.findUniqueOrThrow({ where: { email: world.emails.ot } })).name;
    expect(stored.every((o) => o.role === 'ot' && o.byName === otName)).toBe(true);
    const audits = await app.prisma.client.auditEvent.findMany({
      where: { sectionId, action: 'section.compliance_overridden' },
    });
    expect(audits).toHaveLength(all.length);
    const view = (await api(app, `/api/sections/${sectionId}`, { token: parent.token })).body as {
      workflow: { overrides: { key: string; reason: string; byRole: string }[] };
    };
    expect(view.workflow.overrides.map((o) => o.key).sort()).toEqual([...all].sort());
    expect(view.workflow.overrides[0]).toMatchObject({ byRole: 'ot', reason: expect.stringContaining('Decided') });
  });

  it('flags a goal without how progress is measured and reported, open proposals and an unanswered family review past its date', async () => {
    await move(ot, { to: 'family_review', respondBy: inDays(0) });
    await app.prisma.client.otSection.update({
      where: { id: sectionId },
      data: { familyRespondBy: new Date(`${inDays(-2)}T00:00:00Z`) },
    });
    const proposal = await proposalApi(app).create(parent, sectionId, {
      kind: 'new_goal',
      fields: completeFields,
      rationale: 'r',
    });
    expect(proposal.status).toBe(201);
    const doc = new Y.Doc();
    const socket = connectProvider(app, sectionId, await collabToken(app, ot, sectionId), doc);
    try {
      await synced(socket);
      const goalId = addGoal(doc, { behavior: 'buttons his coat', measurement: 'observation' });
      await until(() => serverHasGoal(app, ot, sectionId, goalId), 'the goal on the server');
      expect((await move(ot, { to: 'meeting' })).status).toBe(200);
    } finally {
      socket.destroy();
    }
    const refused = await move(ot, { to: 'pending_signoff' });
    const checks = (refused.body as Refusal).error.details.checks;
    expect(checks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'goal_progress_reporting', details: { missing: ['reporting'] } }),
        expect.objectContaining({ code: 'proposals_resolved', details: { open: 1 } }),
        expect.objectContaining({ code: 'family_review_answered', details: { respondBy: inDays(-2) } }),
      ]),
    );
  });

  it('refuses the administrator’s approving signature for a check failing since the request, until the administrator gives a reason', async () => {
    await move(ot, { to: 'family_review', respondBy: inDays(0) });
    await move(ot, { to: 'meeting' });
    const all = keys((await move(ot, { to: 'pending_signoff' })).body);
    expect(all).not.toContain('family_review_answered:familyReview');
    expect((await move(ot, { to: 'pending_signoff', overrides: all.map(reason) })).status).toBe(200);
    // The day to answer passes while the plan waits for signatures.
    await app.prisma.client.otSection.update({
      where: { id: sectionId },
      data: { familyRespondBy: new Date(`${inDays(-1)}T00:00:00Z`) },
    });
    const row = await app.prisma.client.otSection.findUniqueOrThrow({
      where: { id: sectionId },
      select: { signoffVersion: true },
    });
    const versionNumber = row.signoffVersion ?? 0;
    expect((await sign(ot, { versionNumber, typedName: 'Olivia Torres', decision: 'approve' })).status).toBe(200);
    expect((await sign(parent, { versionNumber, typedName: 'Paula Reyes', decision: 'consent' })).status).toBe(200);
    const refused = await sign(admin, { versionNumber, typedName: 'Ada Mensah', decision: 'approve' });
    expect(refused.status).toBe(409);
    expect(keys(refused.body)).toEqual(['family_review_answered:familyReview']);
    expect(await app.prisma.client.signature.count({ where: { sectionId, role: 'admin' } })).toBe(0);

    const approved = await sign(admin, {
      versionNumber,
      typedName: 'Ada Mensah',
      decision: 'approve',
      overrides: [reason('family_review_answered:familyReview')],
    });
    expect(approved.status).toBe(200);
    const override = await app.prisma.client.complianceOverride.findFirstOrThrow({
      where: { sectionId, checkKey: 'family_review_answered:familyReview' },
    });
    expect(override.role).toBe('admin');
    const status = await app.prisma.client.otSection.findUniqueOrThrow({
      where: { id: sectionId },
      select: { status: true },
    });
    expect(status.status).toBe('approved');
  });
});
