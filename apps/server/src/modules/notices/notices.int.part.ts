import { unzipSync, strFromU8 } from 'fflate';
import type { NoticeChangedEvent, NoticeList, NoticeView } from '@iep/shared';
import { completeFields, proposalApi, until } from '../../test/proposals-kit';
import { newWorld, type World } from '../../test/factories';
import { REASONS_FOR_EMPTY_SECTION } from '../../test/compliance-reasons';
import { mailsTo } from '../../test/mailbox';
import { sectionPerTest } from '../../test/section-scene';
import { api, login, type Session, type TestApp } from '../../test/test-app';
import { pdfText } from '../export/pdf-text';

type Client = Awaited<ReturnType<typeof connectIo>>;

async function connectIo(app: TestApp, session: Session) {
  const { io } = await import('socket.io-client');
  return io(app.baseUrl, { auth: { token: session.token }, transports: ['websocket'], reconnection: false });
}

describe('Prior Written Notice (34 CFR 300.503)', () => {
  const scene = sectionPerTest();
  let world: World;
  let app: TestApp;
  let ot: Session;
  let teacher: Session;
  let parent: Session;
  let admin: Session;
  let sectionId: string;
  const sockets: Client[] = [];

  beforeEach(() => {
    ({
      app,
      world,
      sectionId,
      as: { ot, teacher, parent, admin },
    } = scene());
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });

  const post = (s: Session, path: string, body?: unknown) => api(app, path, { method: 'POST', token: s.token, body });
  const list = async (s: Session) =>
    ((await api(app, `/api/sections/${sectionId}/notices`, { token: s.token })).body as NoticeList).notices;
  const audits = async (action: string) => app.prisma.client.auditEvent.count({ where: { sectionId, action } });
  const complete = {
    reasons: 'Mateo meets his goals with the current minutes.',
    dataUsed: 'OT evaluation of October 2026',
  };

  async function rejectedProposal(): Promise<{ id: string; notice: NoticeView }> {
    const p = proposalApi(app);
    const created = await p.create(parent, sectionId, {
      kind: 'new_goal',
      fields: completeFields,
      rationale: 'More help',
    });
    const id = (created.body as { id: string }).id;
    expect((await p.reject(ot, id, { reason: 'The current goal already covers buttoning' })).status).toBe(200);
    const notice = (await list(ot)).find((n) => n.sourceId === id);
    if (!notice) throw new Error('no notice drafted for the rejection');
    return { id, notice };
  }

  it('drafts a notice when a proposal is rejected, pre-filled with the refusal, the option and the data used', async () => {
    const { notice } = await rejectedProposal();
    expect(notice).toMatchObject({
      status: 'draft',
      trigger: 'proposal_rejected',
      action: 'refuses',
      reasons: 'The current goal already covers buttoning',
      options: [
        {
          option: `Add the goal "${completeFields.behavior}"`,
          whyRejected: 'The current goal already covers buttoning',
        },
      ],
      missing: [],
    });
    expect(notice.description).toContain(completeFields.behavior);
    expect(notice.dataUsed).toContain('present levels');
    // Drafts are staff business: the teacher sees it, the family does not.
    expect((await list(teacher)).map((n) => n.id)).toContain(notice.id);
    expect(await list(parent)).toEqual([]);
    expect((await api(app, `/api/notices/${notice.id}`, { token: parent.token })).status).toBe(404);
    expect(await audits('notice.drafted')).toBe(1);
  });

  it('drafts a notice at the end of a meeting with the proposals rejected in it as the options considered', async () => {
    const meeting = (
      await post(ot, `/api/sections/${sectionId}/meetings`, {
        scheduledFor: new Date(Date.now() + 60_000).toISOString(),
      })
    ).body as { id: string };
    expect((await post(ot, `/api/meetings/${meeting.id}/start`)).status).toBe(200);
    const { id: proposalId } = await rejectedProposal();
    expect((await post(ot, `/api/meetings/${meeting.id}/end`)).status).toBe(200);
    const drafted = (await list(ot)).find((n) => n.trigger === 'meeting_ended');
    expect(drafted).toMatchObject({
      status: 'draft',
      sourceId: meeting.id,
      action: 'proposes',
      options: [
        {
          option: `Add the goal "${completeFields.behavior}"`,
          whyRejected: 'The current goal already covers buttoning',
        },
      ],
    });
    expect((await list(ot)).filter((n) => n.sourceId === proposalId)).toHaveLength(1);
  });

  it('drafts a notice when the family consents in part at sign-off, naming what they refused', async () => {
    await post(ot, `/api/sections/${sectionId}/transition`, { to: 'meeting' });
    await post(ot, `/api/sections/${sectionId}/transition`, {
      to: 'pending_signoff',
      overrides: REASONS_FOR_EMPTY_SECTION,
    });
    const n = (
      (await api(app, `/api/sections/${sectionId}/signoffs`, { token: ot.token })).body as {
        version: { number: number };
      }
    ).version.number;
    const signed = await post(parent, `/api/sections/${sectionId}/signoffs`, {
      versionNumber: n,
      typedName: 'Paula Reyes',
      decision: 'consent_in_part',
      excludedItems: [{ ref: 'services/s1', label: 'Push-in OT, 30 min weekly' }],
      reason: 'We want pull-out sessions',
    });
    expect(signed.status).toBe(200);
    const [notice] = await list(admin);
    expect(notice).toMatchObject({
      trigger: 'consent_in_part',
      status: 'draft',
      otherFactors: "The family's reason: We want pull-out sessions",
    });
    expect(notice?.description).toContain('Push-in OT, 30 min weekly');
  });

  it('lets the OT edit and issue a notice in the family’s language, mailed with a link, which the parent acknowledges', async () => {
    await app.prisma.client.user.update({ where: { email: world.emails.parent }, data: { locale: 'es' } });
    const { notice } = await rejectedProposal();
    const parentSocket = await connectIo(app, parent);
    sockets.push(parentSocket);
    await parentSocket.timeout(3000).emitWithAck('section:join', { sectionId });
    const heard: NoticeChangedEvent[] = [];
    parentSocket.on('notice:changed', (e) => heard.push(e));

    const edited = await api(app, `/api/notices/${notice.id}`, {
      method: 'PATCH',
      token: ot.token,
      body: { otherFactors: 'Mateo’s teacher reports progress in class.' },
    });
    expect(edited.status).toBe(200);
    expect(await audits('notice.updated')).toBe(1);

    // The teacher reads drafts but neither edits nor issues them.
    expect(
      (await api(app, `/api/notices/${notice.id}`, { method: 'PATCH', token: teacher.token, body: { reasons: 'x' } }))
        .status,
    ).toBe(403);
    expect((await post(teacher, `/api/notices/${notice.id}/issue`)).status).toBe(403);

    const issued = await post(ot, `/api/notices/${notice.id}/issue`);
    expect(issued.status).toBe(200);
    const view = issued.body as NoticeView;
    expect(view).toMatchObject({ status: 'issued', locale: 'es', issuedBy: { role: 'ot' }, receipts: [] });
    expect(view.safeguards).toContain('garantías procesales');

    const [mail] = await mailsTo(app, world.emails.parent);
    expect(mail?.subject).toBe('Aviso Previo por Escrito sobre Mateo Reyes');
    expect(mail?.text).toContain(`/sections/${sectionId}#notice-${notice.id}`);

    // The family now sees it, hears of it live, and acknowledges receipt (once: the first time stays).
    expect((await list(parent)).map((n) => n.id)).toEqual([notice.id]);
    const ack = await post(parent, `/api/notices/${notice.id}/acknowledge`);
    expect(ack.status).toBe(200);
    const receipt = (ack.body as NoticeView).receipts[0];
    expect(receipt).toMatchObject({ name: 'Paula Reyes' });
    const again = (await post(parent, `/api/notices/${notice.id}/acknowledge`)).body as NoticeView;
    expect(again.receipts).toEqual([receipt]);
    expect(await audits('notice.acknowledged')).toBe(1);
    expect((await post(ot, `/api/notices/${notice.id}/acknowledge`)).status).toBe(403);
    await until(async () => Promise.resolve(heard.some((e) => e.change === 'acknowledged')), 'the receipt, live');
    expect(heard.map((e) => e.change)).toEqual(['issued', 'acknowledged']);

    // The PDF prints in Spanish, for staff and family alike, and each read is audited.
    const pdf = await fetch(`${app.baseUrl}/api/notices/${notice.id}.pdf`, {
      headers: { authorization: `Bearer ${parent.token}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    expect(await audits('notice.exported')).toBe(1);
    expect(await audits('notice.read')).toBeGreaterThan(0);

    // Issued means immutable: no edit, no second issue.
    const refused = await api(app, `/api/notices/${notice.id}`, {
      method: 'PATCH',
      token: ot.token,
      body: { reasons: 'Changed' },
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'NOTICE_ISSUED' } });
    expect((await post(admin, `/api/notices/${notice.id}/issue`)).body).toMatchObject({
      error: { code: 'NOTICE_ISSUED' },
    });
  });

  it('puts each issued notice, and no draft, in the family’s record archive', async () => {
    const { notice } = await rejectedProposal();
    await rejectedProposal();
    expect((await post(ot, `/api/notices/${notice.id}/issue`)).status).toBe(200);
    const res = await fetch(`${app.baseUrl}/api/students/${world.students.Mateo.studentId}/record`, {
      headers: { authorization: `Bearer ${parent.token}` },
    });
    expect(res.status).toBe(200);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const names = Object.keys(files).filter((f) => f.includes('notice'));
    expect(names.sort()).toEqual(['plans/1-iep/notices.json', 'plans/1-iep/notices/1.pdf']);
    const data = JSON.parse(strFromU8(files['plans/1-iep/notices.json'] ?? new Uint8Array())) as NoticeView[];
    expect(data.map((n) => n.id)).toEqual([notice.id]);
    const printed = pdfText(Buffer.from(files['plans/1-iep/notices/1.pdf'] ?? new Uint8Array()));
    expect(printed).toContain('Prior Written Notice');
    expect(printed).toContain('Your rights (procedural safeguards)');
  });

  it('refuses bad input: a blank required field on issue, odd fields, a parent of another student', async () => {
    const created = await post(ot, `/api/sections/${sectionId}/notices`, {
      description: 'More OT minutes',
      dataUsed: '',
    });
    expect(created.status).toBe(201);
    const draft = created.body as NoticeView;
    expect(draft.missing).toEqual(['reasons', 'options', 'dataUsed']);
    const incomplete = await post(ot, `/api/notices/${draft.id}/issue`);
    expect(incomplete.status).toBe(400);
    expect(incomplete.body).toMatchObject({
      error: {
        code: 'NOTICE_INCOMPLETE',
        details: { fields: [{ field: 'reasons' }, { field: 'options' }, { field: 'dataUsed' }] },
      },
    });
    const patch = (body: unknown) => api(app, `/api/notices/${draft.id}`, { method: 'PATCH', token: ot.token, body });
    expect((await patch({})).status).toBe(400);
    expect((await patch({ action: 'maybe' })).status).toBe(400);
    expect((await patch({ reasons: 'x'.repeat(4001) })).status).toBe(400);
    expect((await patch({ options: [{ option: '', whyRejected: 'x' }] })).status).toBe(400);
    expect((await patch({ surprise: true })).status).toBe(400);
    expect((await api(app, '/api/notices/not-a-uuid', { token: ot.token })).status).toBe(400);
    // An option without its reason still cannot be issued.
    await patch({ ...complete, options: [{ option: '60 minutes weekly', whyRejected: '' }] });
    expect((await post(ot, `/api/notices/${draft.id}/issue`)).body).toMatchObject({
      error: { code: 'NOTICE_INCOMPLETE', details: { fields: [{ field: 'options' }] } },
    });
    await patch({ options: [{ option: '60 minutes weekly', whyRejected: 'Not needed for the goals' }] });
    expect((await post(ot, `/api/notices/${draft.id}/issue`)).status).toBe(200);
    // Acknowledging a draft that a parent may not see is not found; a parent of another student sees nothing.
    const other = await newWorld(app);
    const stranger = await login(app, other.emails.parent);
    expect((await api(app, `/api/notices/${draft.id}`, { token: stranger.token })).status).toBe(404);
    expect((await post(stranger, `/api/notices/${draft.id}/acknowledge`)).status).toBe(404);
    expect((await api(app, `/api/notices/${draft.id}.pdf`, { token: stranger.token })).status).toBe(404);
    expect((await api(app, `/api/sections/${sectionId}/notices`, { token: stranger.token })).status).toBe(404);
    expect((await post(parent, `/api/sections/${sectionId}/notices`, {})).status).toBe(403);
  });
});
