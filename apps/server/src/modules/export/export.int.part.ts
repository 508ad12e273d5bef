import type { World } from '../../test/factories';
import { sectionPerTest } from '../../test/section-scene';
import { api, login, sectionOf, type Session, type TestApp } from '../../test/test-app';
import { pdfPageCount, pdfText } from './pdf-text';

interface Summary {
  number: number;
  contentHash: string;
}

/** The api() helper reads bodies as UTF-8 text, which would mangle a PDF: this keeps the bytes. */
async function download(
  app: TestApp,
  path: string,
  session?: Session,
): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const res = await fetch(`${app.baseUrl}${path}`, {
    headers: session ? { authorization: `Bearer ${session.token}` } : {},
  });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

describe('version PDF export', () => {
  const scene = sectionPerTest();
  let world: World;
  let app: TestApp;
  let ot: Session;
  let sectionId: string;

  beforeEach(() => {
    ({
      app,
      world,
      sectionId,
      as: { ot },
    } = scene());
  });

  const save = async (id = sectionId): Promise<Summary> => {
    const res = await api(app, `/api/sections/${id}/versions`, {
      method: 'POST',
      token: ot.token,
      body: { name: 'Before the meeting' },
    });
    expect(res.status).toBe(201);
    return res.body as Summary;
  };

  it('downloads a saved draft as a watermarked PDF, logs the export, and leaves /versions/:n answering JSON', async () => {
    const saved = await save();
    const res = await download(app, `/api/sections/${sectionId}/versions/1.pdf`, ot);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="ot-section-mateo-reyes-v1.pdf"');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(res.body);
    expect(text.split('DRAFT — NOT FINAL').length - 1).toBe(pdfPageCount(res.body));
    expect(text).toContain('Mateo Reyes');
    expect(text).toContain('Olivia Torres');
    expect(text).toContain(saved.contentHash);
    expect(text).toContain('No meeting attendance recorded for this version.');

    const events = await app.prisma.client.auditEvent.findMany({ where: { action: 'section.exported', sectionId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: ot.userId,
      actorRole: 'ot',
      detail: { number: 1, format: 'pdf', contentHash: saved.contentHash },
    });

    const docs = (await api(app, '/api/docs-json')).body as {
      paths: Record<string, { get?: { responses: Record<string, { content?: object }> } }>;
    };
    expect(docs.paths['/api/sections/{sectionId}/versions/{n}.pdf']?.get?.responses['200']?.content).toHaveProperty([
      'application/pdf',
    ]);
    const json = await api(app, `/api/sections/${sectionId}/versions/1`, { token: ot.token });
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({ number: 1, contentHash: saved.contentHash });
  });

  it('prints the approved version without the draft marking, with its signatures, in the reader’s language', async () => {
    const saved = await save();
    await app.prisma.client.otSection.update({
      where: { id: sectionId },
      data: { status: 'approved', signoffVersion: 1 },
    });
    await app.prisma.client.signature.create({
      data: {
        sectionId,
        versionNumber: 1,
        userId: ot.userId,
        role: 'ot',
        typedName: 'Olivia R. Torres',
        decision: 'approve',
        contentHash: saved.contentHash,
      },
    });
    const text = pdfText((await download(app, `/api/sections/${sectionId}/versions/1.pdf`, ot)).body);
    expect(text).toContain('Final — approved by the team');
    expect(text).toContain('Olivia R. Torres');
    expect(text).not.toMatch(/draft/i);

    // An earlier or later version than the approved one is still a draft. Versions are saved only
    // where the section can still change: the later one is saved in an amendment's draft.
    await app.prisma.client.otSection.update({ where: { id: sectionId }, data: { status: 'draft' } });
    await save();
    await app.prisma.client.otSection.update({ where: { id: sectionId }, data: { status: 'approved' } });
    expect(pdfText((await download(app, `/api/sections/${sectionId}/versions/2.pdf`, ot)).body)).toContain(
      'DRAFT — NOT FINAL',
    );

    await app.prisma.client.user.update({ where: { id: ot.userId }, data: { locale: 'es' } });
    expect(pdfText((await download(app, `/api/sections/${sectionId}/versions/1.pdf`, ot)).body)).toContain(
      'Definitivo — aprobado por el equipo',
    );
  });

  it('prints the attendance of the meeting that ended before the version: who, how, and whether an interpreter was there', async () => {
    const meeting = (
      await api(app, `/api/sections/${sectionId}/meetings`, {
        method: 'POST',
        token: ot.token,
        body: { scheduledFor: new Date().toISOString() },
      })
    ).body as { id: string };
    await api(app, `/api/meetings/${meeting.id}/start`, { method: 'POST', token: ot.token });
    const parent = await login(app, world.emails.parent);
    const { io } = await import('socket.io-client');
    const socket = io(app.baseUrl, { auth: { token: parent.token }, transports: ['websocket'], reconnection: false });
    try {
      expect(
        await socket
          .timeout(3000)
          .emitWithAck('meeting:join', { meetingId: meeting.id, mode: 'phone', interpreter: true }),
      ).toMatchObject({ ok: true });
      await api(app, `/api/meetings/${meeting.id}/end`, { method: 'POST', token: ot.token });
    } finally {
      socket.close();
    }
    const versions = (await api(app, `/api/sections/${sectionId}/versions`, { token: ot.token })).body as {
      versions: { number: number; reason: string }[];
    };
    const ended = versions.versions.find((v) => v.reason === 'meeting_ended');
    const before = versions.versions.find((v) => v.reason === 'start_meeting');
    if (!ended || !before) throw new Error('no meeting versions');
    const text = pdfText((await download(app, `/api/sections/${sectionId}/versions/${ended.number}.pdf`, ot)).body);
    expect(text).toMatch(
      /Meeting attendance\s+Paula Reyes — Parent or guardian\s+Attended:\s+By phone[\s\S]*Interpreter:\s+Yes/,
    );
    expect(
      pdfText((await download(app, `/api/sections/${sectionId}/versions/${before.number}.pdf`, ot)).body),
    ).toContain('No meeting attendance recorded for this version.');
  });

  it('answers 404 to someone off the team and for an unknown version, 400 to a bad number, 401 without a session', async () => {
    const ava = await sectionOf(app, ot, 'Ava');
    await save(ava);
    const parent = await login(app, world.emails.parent);
    expect((await download(app, `/api/sections/${ava}/versions/1.pdf`, ot)).status).toBe(200);
    expect((await download(app, `/api/sections/${ava}/versions/1.pdf`, parent)).status).toBe(404);
    expect((await download(app, `/api/sections/${sectionId}/versions/7.pdf`, ot)).status).toBe(404);
    expect((await download(app, `/api/sections/${sectionId}/versions/zero.pdf`, ot)).status).toBe(400);
    expect((await download(app, `/api/sections/${sectionId}/versions/1.pdf`)).status).toBe(401);
    const exported = await app.prisma.client.auditEvent.findMany({
      where: { action: 'section.exported', sectionId: { in: [sectionId, ava] } },
      select: { actorId: true, sectionId: true },
    });
    expect(exported).toEqual([{ actorId: ot.userId, sectionId: ava }]);
  });

  it('prints every heading and fixed label as “English / Español” with ?lang=bilingual, the typed content as typed', async () => {
    await save();
    const res = await download(app, `/api/sections/${sectionId}/versions/1.pdf?lang=bilingual`, ot);
    expect(res.status).toBe(200);
    const text = pdfText(res.body);
    expect(text).toContain('Draft — not final / Borrador — no definitivo');
    expect(text).toContain('DRAFT — NOT FINAL / BORRADOR — NO DEFINITIVO');
    expect(text).toContain('Student / Estudiante');
    expect(text).toContain('Mateo Reyes');
    const es = pdfText((await download(app, `/api/sections/${sectionId}/versions/1.pdf?lang=es`, ot)).body);
    expect(es).toContain('Borrador — no definitivo');
    expect(es).not.toContain('Draft — not final');
    const exported = await app.prisma.client.auditEvent.findMany({
      where: { action: 'section.exported', sectionId },
      orderBy: { createdAt: 'asc' },
    });
    expect(exported.map((e) => e.detail)).toEqual([
      expect.objectContaining({ locale: 'en', bilingual: true }),
      expect.objectContaining({ locale: 'es', bilingual: false }),
    ]);
  });

  it('answers 400 VALIDATION_FAILED naming `lang` to any other language, and prints nothing', async () => {
    await save();
    for (const query of ['lang=fr', 'lang=', 'lang=BILINGUAL', 'lang=en&lang=es', 'lang=bilingual&extra=1']) {
      const res = await api(app, `/api/sections/${sectionId}/versions/1.pdf?${query}`, { token: ot.token });
      expect(res.status).toBe(400);
      const body = res.body as { error: { code: string; details: { fields: { field: string }[] } } };
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.error.details.fields.map((f) => f.field)).toEqual([query.includes('extra') ? '(body)' : 'lang']);
    }
    expect(await app.prisma.client.auditEvent.count({ where: { action: 'section.exported', sectionId } })).toBe(0);
  });
});
