import { tinyPng } from '../../test/tiny-png';
import { appPerFile, newWorld, type World } from '../../test/factories';
import { api, login, sectionOf, type Session, type TestApp } from '../../test/test-app';
import { pdfText } from '../export/pdf-text';

async function download(app: TestApp, path: string, session: Session): Promise<{ status: number; body: Buffer }> {
  const res = await fetch(`${app.baseUrl}${path}`, { headers: { authorization: `Bearer ${session.token}` } });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
}

describe('district letterhead and the PDF’s language', () => {
  const running = appPerFile();
  let app: TestApp;
  let world: World;
  let admin: Session;

  beforeEach(async () => {
    app = running();
    world = await newWorld(app);
    admin = await login(app, world.emails.admin);
  });

  const letterhead = (body: unknown, session = admin) =>
    api(app, `/api/admin/districts/${world.districtId}/letterhead`, { method: 'PUT', token: session.token, body });

  it('lets the district administrator set name, address, time zone and a small PNG logo, audited, and prints them', async () => {
    const logo = tinyPng(40);
    const res = await letterhead({
      name: 'Riverside Unified School District',
      address: '200 Main Street\nRiverside, NY 10001',
      timeZone: 'America/Chicago',
      logo: { type: 'image/png', data: logo.toString('base64') },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      districtId: world.districtId,
      name: 'Riverside Unified School District',
      address: '200 Main Street\nRiverside, NY 10001',
      timeZone: 'America/Chicago',
      logo: { type: 'image/png', bytes: logo.length },
    });
    const stored = await app.prisma.client.district.findUniqueOrThrow({ where: { id: world.districtId } });
    expect(Buffer.from(stored.logo ?? new Uint8Array()).equals(logo)).toBe(true);
    const events = await app.prisma.client.auditEvent.findMany({ where: { action: 'district.letterhead_set' } });
    expect(events.filter((e) => e.actorId === admin.userId)).toHaveLength(1);

    // Leaving the logo out keeps it.
    const kept = await letterhead({ name: 'Riverside USD', address: '', timeZone: 'America/Chicago' });
    expect(kept.body).toMatchObject({ name: 'Riverside USD', logo: { type: 'image/png' } });
    const read = await api(app, `/api/admin/districts/${world.districtId}/letterhead`, { token: admin.token });
    expect(read.body).toMatchObject({ name: 'Riverside USD', timeZone: 'America/Chicago' });

    const ot = await login(app, world.emails.ot);
    const sectionId = await sectionOf(app, ot, 'Mateo');
    expect(
      (await api(app, `/api/sections/${sectionId}/versions`, { method: 'POST', token: ot.token, body: { name: 'v' } }))
        .status,
    ).toBe(201);
    const pdf = await download(app, `/api/sections/${sectionId}/versions/1.pdf`, ot);
    expect(pdf.status).toBe(200);
    const text = pdfText(pdf.body);
    expect(text).toContain('Riverside USD');
    expect(text).toContain('Times are shown in the America/Chicago time zone.');
    expect(text).toMatch(/\d{2}:\d{2} C[SD]T/);
  });

  it('refuses a logo that is too large, not an image, or of another type, a bad zone, and anyone but the district’s administrator', async () => {
    const base = { name: 'Riverside', address: '', timeZone: 'America/New_York' };
    const big = Buffer.alloc(101 * 1024, 1);
    expect((await letterhead({ ...base, logo: { type: 'image/png', data: big.toString('base64') } })).status).toBe(400);
    const notPng = Buffer.from('GIF89a not really');
    const wrong = await letterhead({ ...base, logo: { type: 'image/png', data: notPng.toString('base64') } });
    expect(wrong.status).toBe(400);
    expect((await letterhead({ ...base, logo: { type: 'image/gif', data: 'R0lGOA==' } })).status).toBe(400);
    // A PNG declared as JPEG is refused: the type must match the bytes.
    const png = tinyPng(8).toString('base64');
    expect((await letterhead({ ...base, logo: { type: 'image/jpeg', data: png } })).status).toBe(400);
    expect((await letterhead({ ...base, timeZone: 'Mars/Olympus' })).status).toBe(400);
    const ot = await login(app, world.emails.ot);
    expect((await letterhead(base, ot)).status).toBe(404);
    const stored = await app.prisma.client.district.findUniqueOrThrow({ where: { id: world.districtId } });
    expect(stored.logo).toBeNull();
    expect(stored.timeZone).toBe('America/New_York');
  });

  it('prints in the family’s language with ?lang=family, both languages with ?bilingual=1, and refuses an unknown language', async () => {
    const ot = await login(app, world.emails.ot);
    const sectionId = await sectionOf(app, ot, 'Mateo');
    await api(app, `/api/sections/${sectionId}/versions`, { method: 'POST', token: ot.token, body: { name: 'v' } });
    const student = await app.prisma.client.student.findUniqueOrThrow({
      where: { id: world.students.Mateo.studentId },
    });
    await app.prisma.client.student.update({ where: { id: student.id }, data: { preferredLanguage: 'es' } });

    const reader = pdfText((await download(app, `/api/sections/${sectionId}/versions/1.pdf`, ot)).body);
    expect(reader).toContain('DRAFT — NOT FINAL');
    const family = pdfText((await download(app, `/api/sections/${sectionId}/versions/1.pdf?lang=family`, ot)).body);
    expect(family).toContain('BORRADOR — NO DEFINITIVO');
    expect(family).not.toContain('Delivery model');
    const both = pdfText(
      (await download(app, `/api/sections/${sectionId}/versions/1.pdf?lang=family&bilingual=1`, ot)).body,
    );
    expect(both).toContain('Borrador — no definitivo / Draft — not final');
    expect((await download(app, `/api/sections/${sectionId}/versions/1.pdf?lang=fr`, ot)).status).toBe(400);
    const exported = await app.prisma.client.auditEvent.findMany({
      where: { action: 'section.exported', sectionId },
      orderBy: { createdAt: 'asc' },
    });
    expect(exported.map((e) => e.detail)).toEqual([
      expect.objectContaining({ locale: 'en', bilingual: false }),
      expect.objectContaining({ locale: 'es', bilingual: false }),
      expect.objectContaining({ locale: 'es', bilingual: true }),
    ]);
  });
});
