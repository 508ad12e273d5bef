import { unzipSync } from 'fflate';
import * as Y from 'yjs';
import {
  addGoal,
  fragmentPlainText,
  fragmentToJson,
  readSuggestions,
  type NotificationList,
  type PresentLevelsDraft,
  type ProgressReportChangedEvent,
  type ProgressReportView,
  type ProgressScheduleView,
} from '@iep/shared';
import { appPerFile, newWorld, signInAll, withOta, type World } from '../../test/factories';
import { until } from '../../test/proposals-kit';
import { mailsTo } from '../../test/mailbox';
import {
  api,
  collabToken,
  connectProvider,
  sectionOf,
  storedOnServer,
  synced,
  type Session,
  type TestApp,
} from '../../test/test-app';
import { DocRegistry } from '../../collab/doc-registry';
import { pdfText } from '../export/pdf-text';

type Body = Record<string, unknown>;

describe('progress reports: drafted from the goal data, edited and issued to the family (issue 22)', () => {
  const running = appPerFile();
  let app: TestApp;
  let world: World;
  let ot: Session;
  let teacher: Session;
  let parent: Session;
  let otherParent: Session;
  let sectionId: string;
  let trialsGoal: string;
  let quietGoal: string;

  /** Mateo's approved plan (Sept 2026 to Aug 2027): a goal in trials with three points, and one without data. */
  beforeEach(async () => {
    app = running();
    world = await newWorld(app);
    ({ ot, teacher, parent } = await signInAll(app, world));
    sectionId = await sectionOf(app, ot, 'Mateo');
    otherParent = (await signInAll(app, await newWorld(app))).parent;
    const doc = new Y.Doc();
    const provider = connectProvider(app, sectionId, await collabToken(app, ot, sectionId), doc);
    await synced(provider);
    trialsGoal = addGoal(doc, {
      area: 'fine_motor',
      baseline: 'copies a sentence legibly in 1 of 5 trials',
      behavior: 'copies a 5-word sentence legibly',
      criterion: 'in 4 of 5 trials',
    });
    quietGoal = addGoal(doc, { area: 'self_care', behavior: 'packs the backpack', criterion: 'at level 4' });
    await storedOnServer(app, sectionId, doc);
    provider.destroy();
    await app.prisma.client.otSection.update({ where: { id: sectionId }, data: { status: 'approved' } });
    await app.prisma.client.plan.updateMany({
      where: { otSection: { id: sectionId } },
      data: { meetingDate: new Date('2026-09-01T00:00:00Z'), annualReviewDate: new Date('2027-08-31T00:00:00Z') },
    });
    for (const [date, correct] of [
      ['2026-09-10', 2],
      ['2026-10-08', 3],
      ['2026-11-05', 3],
    ] as const) {
      const res = await api(app, `/api/sections/${sectionId}/goal-data`, {
        method: 'POST',
        token: ot.token,
        body: { goalId: trialsGoal, date, value: { kind: 'trials', correct, total: 5 } },
      });
      expect(res.status).toBe(201);
    }
  });

  const post = (s: Session, path: string, body?: Body) => api(app, path, { method: 'POST', token: s.token, body });
  const draft = async (body: Body = { periodStart: '2026-09-01', periodEnd: '2026-11-30' }) =>
    post(ot, `/api/sections/${sectionId}/progress-reports`, body);
  const code = (res: { body: unknown }) => (res.body as { error?: { code: string } }).error?.code;
  const audits = (action: string) => app.prisma.client.auditEvent.count({ where: { sectionId, action } });
  const download = async (path: string, s: Session) => {
    const res = await fetch(`${app.baseUrl}${path}`, { headers: { authorization: `Bearer ${s.token}` } });
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
  };

  it('drafts each goal from its data in the family’s Spanish, lets the OT edit and issue it, and the parent acknowledge the PDF they get', async () => {
    await app.prisma.client.user.update({ where: { email: world.emails.parent }, data: { locale: 'es' } });
    const made = await draft();
    expect(made.status).toBe(201);
    const report = made.body as ProgressReportView;
    expect(report).toMatchObject({ status: 'draft', locale: 'es', periodStart: '2026-09-01', periodEnd: '2026-11-30' });
    const trials = report.goals.find((g) => g.goalId === trialsGoal);
    expect(trials).toMatchObject({ scale: 'percent', target: 80, code: 'progressing' });
    expect(trials?.points).toEqual([
      { date: '2026-09-10', value: 40 },
      { date: '2026-10-08', value: 60 },
      { date: '2026-11-05', value: 60 },
    ]);
    // The narrative says the numbers: how many, the first and latest, and the goal.
    expect(trials?.narrative).toContain('Se tomaron 3 mediciones');
    expect(trials?.narrative).toContain('40%');
    expect(trials?.narrative).toContain('60%');
    expect(trials?.narrative).toContain('La meta es 80%');
    const quiet = report.goals.find((g) => g.goalId === quietGoal);
    expect(quiet).toMatchObject({ code: 'not_begun', points: [] });
    expect(quiet?.narrative).toContain('No se registraron datos');

    // A draft is the OT's: the family and the teacher do not see it, let alone edit it.
    expect((await api(app, `/api/progress-reports/${report.id}`, { token: parent.token })).status).toBe(404);
    const edit = {
      goals: [{ goalId: trialsGoal, code: 'progressing', narrative: 'Mateo copia mejor: 60% en noviembre.' }],
    };
    expect(
      (await api(app, `/api/progress-reports/${report.id}`, { method: 'PATCH', token: teacher.token, body: edit }))
        .status,
    ).toBe(404);
    const edited = await api(app, `/api/progress-reports/${report.id}`, {
      method: 'PATCH',
      token: ot.token,
      body: edit,
    });
    expect(edited.status).toBe(200);
    expect((edited.body as ProgressReportView).goals.find((g) => g.goalId === trialsGoal)?.narrative).toBe(
      'Mateo copia mejor: 60% en noviembre.',
    );

    const issued = await post(ot, `/api/progress-reports/${report.id}/issue`);
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({ status: 'issued', issuedBy: { role: 'ot' }, receipts: [] });
    const [mail] = await mailsTo(app, world.emails.parent);
    expect(mail?.subject).toBe('Informe de progreso de Mateo Reyes');
    expect(mail?.text).toContain(`/sections/${sectionId}#progress-report-${report.id}`);

    // Issued, it is frozen.
    const late = await api(app, `/api/progress-reports/${report.id}`, { method: 'PATCH', token: ot.token, body: edit });
    expect(late.status).toBe(409);
    expect(code(late)).toBe('PROGRESS_REPORT_ISSUED');
    expect(code(await post(ot, `/api/progress-reports/${report.id}/issue`))).toBe('PROGRESS_REPORT_ISSUED');

    // The family reads it, prints it in Spanish with the data table, and acknowledges it once.
    const seen = await api(app, `/api/sections/${sectionId}/progress-reports`, { token: parent.token });
    expect((seen.body as { reports: ProgressReportView[] }).reports.map((r) => r.id)).toEqual([report.id]);
    const pdf = await download(`/api/progress-reports/${report.id}.pdf`, parent);
    expect(pdf.status).toBe(200);
    const text = pdfText(pdf.body);
    expect(text).toContain('Informe de progreso');
    expect(text).toContain('Progresando');
    expect(text).toContain('Mateo copia mejor: 60% en noviembre.');
    expect(text).toContain('Resultado');
    expect(text).toContain('10 de septiembre de 2026');
    expect(text).toContain('40%');
    expect(text).not.toContain('BORRADOR');

    const ack = await post(parent, `/api/progress-reports/${report.id}/acknowledge`);
    expect(ack.status).toBe(200);
    const first = (ack.body as ProgressReportView).receipts[0];
    expect(first?.name).toBeTruthy();
    const again = (await post(parent, `/api/progress-reports/${report.id}/acknowledge`)).body as ProgressReportView;
    expect(again.receipts).toEqual([first]);
    expect((await post(ot, `/api/progress-reports/${report.id}/acknowledge`)).status).toBe(403);
    // A parent of another student sees nothing of it.
    expect((await post(otherParent, `/api/progress-reports/${report.id}/acknowledge`)).status).toBe(404);
    expect((await download(`/api/progress-reports/${report.id}.pdf`, otherParent)).status).toBe(404);
    expect((await api(app, `/api/sections/${sectionId}/progress-reports`, { token: otherParent.token })).status).toBe(
      404,
    );

    // Kept in the family's record archive, as sent.
    const archive = await download(`/api/students/${world.students.Mateo.studentId}/record`, parent);
    expect(archive.status).toBe(200);
    const files = unzipSync(new Uint8Array(archive.body));
    expect(
      Object.keys(files)
        .filter((f) => f.includes('progress'))
        .sort(),
    ).toEqual(['plans/1-iep/progress-reports.json', 'plans/1-iep/progress-reports/1.pdf']);
    expect(pdfText(Buffer.from(files['plans/1-iep/progress-reports/1.pdf'] ?? new Uint8Array()))).toContain(
      'Mateo copia mejor: 60% en noviembre.',
    );

    for (const action of [
      'progress_report.drafted',
      'progress_report.updated',
      'progress_report.issued',
      'progress_report.acknowledged',
      'progress_report.exported',
    ])
      expect(await audits(action)).toBe(1);
    expect(await audits('progress_report.read')).toBeGreaterThan(0);
  });

  it('refuses a period that ends before it starts, a goal not in the report, and acknowledging a draft, with clear codes', async () => {
    const backwards = await draft({ periodStart: '2026-11-30', periodEnd: '2026-09-01' });
    expect(backwards.status).toBe(400);
    expect(code(backwards)).toBe('PROGRESS_PERIOD_INVALID');
    expect(await app.prisma.client.progressReport.count({ where: { sectionId } })).toBe(0);

    const report = (await draft()).body as ProgressReportView;
    const stranger = await api(app, `/api/progress-reports/${report.id}`, {
      method: 'PATCH',
      token: ot.token,
      body: { goals: [{ goalId: 'not-a-goal', code: 'achieved', narrative: 'x' }] },
    });
    expect(stranger.status).toBe(400);
    expect(code(stranger)).toBe('GOAL_NOT_IN_PLAN');
    const badCode = await api(app, `/api/progress-reports/${report.id}`, {
      method: 'PATCH',
      token: ot.token,
      body: { goals: [{ goalId: trialsGoal, code: 'great', narrative: 'x' }] },
    });
    expect(badCode.status).toBe(400);
    expect((await post(parent, `/api/progress-reports/${report.id}/acknowledge`)).status).toBe(404);
  });

  it('keeps the reporting schedule: a first due date, then every N weeks up to the annual review', async () => {
    expect((await api(app, `/api/sections/${sectionId}/progress-schedule`, { token: parent.token })).body).toEqual({
      schedule: null,
    });
    const set = await api(app, `/api/sections/${sectionId}/progress-schedule`, {
      method: 'PUT',
      token: ot.token,
      body: { firstDue: '2026-11-13', everyWeeks: 9 },
    });
    expect(set.status).toBe(200);
    const { schedule } = set.body as ProgressScheduleView;
    expect(schedule?.dueDates.slice(0, 3)).toEqual(['2026-11-13', '2027-01-15', '2027-03-19']);
    expect(schedule?.dueDates.every((d) => d <= '2027-08-31')).toBe(true);
    expect(
      (
        await api(app, `/api/sections/${sectionId}/progress-schedule`, {
          method: 'PUT',
          token: teacher.token,
          body: { firstDue: '2026-11-13', everyWeeks: 9 },
        })
      ).status,
    ).toBe(403);
    const late = await api(app, `/api/sections/${sectionId}/progress-schedule`, {
      method: 'PUT',
      token: ot.token,
      body: { firstDue: '2027-09-30', everyWeeks: 9 },
    });
    expect(code(late)).toBe('PROGRESS_PERIOD_INVALID');
    expect(await audits('progress_schedule.set')).toBe(1);
  });

  it('reminds the OT on the dashboard 7 days before a report is due, until one is issued', async () => {
    const inFiveDays = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    await app.prisma.client.plan.updateMany({
      where: { otSection: { id: sectionId } },
      data: { annualReviewDate: new Date(Date.now() + 200 * 86_400_000) },
    });
    const set = await api(app, `/api/sections/${sectionId}/progress-schedule`, {
      method: 'PUT',
      token: ot.token,
      body: { firstDue: inFiveDays, everyWeeks: 9 },
    });
    expect(set.status).toBe(200);
    const due = async () =>
      ((await api(app, '/api/dashboard', { token: ot.token })).body as { progressReportsDue: Body[] })
        .progressReportsDue;
    expect(await due()).toEqual([
      expect.objectContaining({ sectionId, dueDate: inFiveDays, daysLeft: 5, overdue: false }),
    ]);
    const report = (await draft()).body as ProgressReportView;
    expect(await due()).toHaveLength(1);
    expect((await post(ot, `/api/progress-reports/${report.id}/issue`)).status).toBe(200);
    expect(await due()).toEqual([]);
  });

  it('leaves an OTA’s point awaiting the co-signature out of the draft, and counts it once the OT co-signs', async () => {
    const ota = await withOta(app, world);
    const byOta = await post(ota, `/api/sections/${sectionId}/goal-data`, {
      goalId: trialsGoal,
      date: '2026-11-12',
      value: { kind: 'trials', correct: 5, total: 5 },
    });
    expect(byOta.body).toMatchObject({ cosignStatus: 'awaiting' });
    const pointsOf = (r: { body: unknown }) =>
      (r.body as ProgressReportView).goals.find((g) => g.goalId === trialsGoal)?.points.map((p) => p.date);
    expect(pointsOf(await draft())).toEqual(['2026-09-10', '2026-10-08', '2026-11-05']);
    const id = (byOta.body as { id: string }).id;
    expect((await post(ota, `/api/goal-data/${id}/cosign`, { version: 1 })).status).toBe(403);
    expect((await post(ot, `/api/goal-data/${id}/cosign`, { version: 1 })).status).toBe(200);
    expect(pointsOf(await draft())).toEqual(['2026-09-10', '2026-10-08', '2026-11-05', '2026-11-12']);
  });

  it('tells the family when a report is issued: a notification in the app, and the report list refreshes live in the section room', async () => {
    const { io } = await import('socket.io-client');
    const listen = async (s: Session) => {
      const socket = io(app.baseUrl, { auth: { token: s.token }, transports: ['websocket'], reconnection: false });
      await socket.timeout(3000).emitWithAck('section:join', { sectionId });
      const heard: ProgressReportChangedEvent[] = [];
      socket.on('progress-report:changed', (e: ProgressReportChangedEvent) => heard.push(e));
      return { socket, heard };
    };
    const [family, staff] = await Promise.all([listen(parent), listen(teacher)]);
    try {
      const report = (await draft()).body as ProgressReportView;
      // A draft is the OT's business: the staff room hears it, the family does not.
      await until(async () => staff.heard.some((e) => e.change === 'drafted'), 'the staff hear the draft');
      expect((await post(ot, `/api/progress-reports/${report.id}/issue`)).status).toBe(200);
      const issued = { sectionId, reportId: report.id, change: 'issued' };
      await until(async () => family.heard.some((e) => e.change === 'issued'), 'the family hear it issued');
      await until(async () => staff.heard.some((e) => e.change === 'issued'), 'the staff hear it issued');
      expect(family.heard).toEqual([issued]);
      const inbox = (await api(app, '/api/notifications', { token: parent.token })).body as NotificationList;
      expect(inbox.notifications).toEqual([
        expect.objectContaining({ kind: 'progress_report_issued', sectionId, detail: { progressReportId: report.id } }),
      ]);
      // The teacher reads the report but is not sent it.
      const teacherInbox = (await api(app, '/api/notifications', { token: teacher.token })).body as NotificationList;
      expect(teacherInbox.notifications.filter((n) => n.kind === 'progress_report_issued')).toEqual([]);
    } finally {
      family.socket.close();
      staff.socket.close();
    }
  });

  it('drafts the present levels from the year’s data as the OT’s suggestion, never straight into the text', async () => {
    const presentLevels = (s: Session, target = sectionId) => post(s, `/api/sections/${target}/present-levels/draft`);
    const registry = app.running.app.get(DocRegistry);
    const read = () =>
      registry.read(sectionId, (doc) => ({
        open: readSuggestions(doc).filter((x) => x.part === 'presentLevels'),
        text: fragmentPlainText(fragmentToJson(doc.getXmlFragment('presentLevels'))),
      }));
    // The approved plan is locked; the annual review opens it again as a draft (an amendment).
    expect([(await presentLevels(ot)).status, code(await presentLevels(ot))]).toEqual([409, 'SECTION_LOCKED']);
    await app.prisma.client.otSection.update({ where: { id: sectionId }, data: { status: 'draft' } });
    for (const refused of [teacher, parent]) expect((await presentLevels(refused)).status).toBe(403);
    const before = await read();

    const made = await presentLevels(ot);
    expect(made.status).toBe(201);
    const draft = made.body as PresentLevelsDraft;
    expect(draft.sourceSectionId).toBe(sectionId);
    expect(draft.paragraphs[0]).toContain('0 OT sessions were delivered');
    expect(draft.paragraphs[1]).toMatch(
      /^Goal 1: Copies a 5-word sentence legibly\. Between .*, 3 measurements were taken\./,
    );
    expect(draft.paragraphs[1]).toContain('60%');
    const after = await read();
    // A suggestion in the OT's name holding the whole draft; the accepted text is as it was.
    expect(after.open).toEqual([
      expect.objectContaining({ id: draft.suggestionId, role: 'ot', inserted: draft.paragraphs.join('') }),
    ]);
    expect(after.text).toContain(draft.paragraphs[1]);
    expect(before.open).toEqual([]);
    const me = (await api(app, '/api/auth/me', { token: ot.token })).body as { user: { id: string } };
    const accepted = await post(ot, `/api/sections/${sectionId}/suggestions/decide`, {
      decision: 'accept',
      authorId: me.user.id,
      suggestionId: draft.suggestionId,
    });
    expect(accepted.status).toBe(200);
    expect((await read()).open).toEqual([]);
    expect(await audits('present_levels.drafted')).toBe(1);

    // Ava's plan has no records of the year to draft from.
    const ava = await sectionOf(app, ot, 'Ava');
    expect([(await presentLevels(ot, ava)).status, code(await presentLevels(ot, ava))]).toEqual([
      409,
      'PRESENT_LEVELS_NO_PLAN',
    ]);
  });
});
