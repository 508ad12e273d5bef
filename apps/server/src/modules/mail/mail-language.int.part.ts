import type { MeetingState, NotificationList } from '@iep/shared';
import { REASONS_FOR_EMPTY_SECTION } from '../../test/compliance-reasons';
import { newWorld, type World, TEST_STORE } from '../../test/factories';
import { SmtpReceiver, type ReceivedMail } from '../../test/smtp-receiver';
import { api, freshStore, login, sectionOf, startApp, type Session, type TestApp } from '../../test/test-app';

const PUBLIC_URL = 'https://iep.example.org';
/** A Tuesday in January: 15:30 UTC is 9:30 in the morning in Chicago (standard time). */
const AT = '2030-01-15T15:30:00.000Z';

/** Ids and codes a reader must never meet in a mail (the links, which carry ids, are taken out first). */
const CODES =
  /\((parent|teacher|ot|ota|admin)\)|_present|_measurable|_within_year|parentConcerns|\[|\{\{|[0-9a-f]{8}-[0-9a-f]{4}-/;
const withoutLinks = (text: string): string => text.replace(/https:\/\/\S+/g, '');

/**
 * Issue 19 item 7: mail reaches each reader in their own language (their account's), with dates and
 * times in words in the district's time zone, roles and checks in words, absolute links, and an HTML
 * part. Read from a real SMTP server, as the recipients' mail clients would.
 */
describe('mail in the reader’s language, read from the mailbox', () => {
  let smtp: SmtpReceiver;
  let app: TestApp;
  let world: World;
  let ot: Session;
  let parent: Session;
  let sectionId: string;

  beforeAll(async () => {
    smtp = await SmtpReceiver.start();
    app = await startApp(await freshStore(TEST_STORE), { publicUrl: PUBLIC_URL, smtpUrl: smtp.url });
    world = await newWorld(app);
    ot = await login(app, world.emails.ot);
    parent = await login(app, world.emails.parent);
    sectionId = await sectionOf(app, ot, 'Mateo');
    // The district prints times in Chicago's zone; the parent reads Spanish, the teacher English.
    const admin = await login(app, world.emails.admin);
    const zone = await api(app, `/api/admin/districts/${world.districtId}/letterhead`, {
      method: 'PUT',
      token: admin.token,
      body: { name: 'Riverside USD', address: '', timeZone: 'America/Chicago' },
    });
    expect(zone.status).toBe(200);
    const spanish = await api(app, '/api/me', { method: 'PATCH', token: parent.token, body: { locale: 'es' } });
    expect(spanish.status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await app.stop();
    await smtp.stop();
  }, 60_000);

  const post = (session: Session, path: string, body: unknown = {}) =>
    api(app, path, { method: 'POST', token: session.token, body });
  const mailTo = async (to: string, subject: RegExp): Promise<ReceivedMail> => {
    for (let count = 1; ; count++) {
      const found = (await smtp.mailsTo(to, count)).find((m) => subject.test(m.subject));
      if (found) return found;
    }
  };

  let meetingId = '';

  it('invites the Spanish-speaking parent in Spanish and the teacher in English, the time in words in Chicago', async () => {
    const scheduled = await post(ot, `/api/sections/${sectionId}/meetings`, { scheduledFor: AT, invitedUserIds: [] });
    expect(scheduled.status).toBe(201);
    meetingId = (scheduled.body as MeetingState).id;
    const link = `${PUBLIC_URL}/sections/${sectionId}#meeting-${meetingId}`;

    const es = await mailTo(world.emails.parent, /^Invitación/);
    expect(es.subject).toBe(
      'Invitación: reunión del IEP de Mateo, martes, 15 de enero de 2030, 9:30 hora estándar central',
    );
    expect(es.text).toContain('Olivia Torres le invita a la reunión del IEP de Mateo.');
    expect(es.text).toContain('Cuándo: martes, 15 de enero de 2030, 9:30 hora estándar central');
    expect(es.text).toContain(`Abra la reunión en el espacio IEP: ${link}`);
    expect(es.html).toContain('<html lang="es">');
    expect(es.html).toContain(`<a href="${link}">Abra la reunión en el espacio IEP</a>`);
    expect(es.attachments).toEqual(['meeting.ics']);
    expect(withoutLinks(es.text)).not.toMatch(CODES);

    const en = await mailTo(world.emails.teacher, /^Invitation/);
    expect(en.subject).toBe(
      'Invitation: IEP meeting for Mateo, Tuesday, January 15, 2030 at 9:30 AM Central Standard Time',
    );
    expect(en.text).toContain('When: Tuesday, January 15, 2030 at 9:30 AM Central Standard Time');
    expect(en.text).toContain(`Open the meeting in the IEP workspace: ${link}`);
    expect(en.html).toContain('<html lang="en">');
    expect(withoutLinks(en.text)).not.toMatch(CODES);
  });

  it('sends the meeting summary in each reader’s language, with the date in words and no codes', async () => {
    expect((await post(ot, `/api/meetings/${meetingId}/start`)).status).toBe(200);
    expect((await post(ot, `/api/meetings/${meetingId}/end`)).status).toBe(200);
    const link = `${PUBLIC_URL}/sections/${sectionId}#meeting-${meetingId}`;

    const es = await mailTo(world.emails.parent, /^Resumen de la reunión/);
    expect(es.subject).toBe('Resumen de la reunión (Mateo Reyes)');
    expect(es.text).toMatch(
      /La reunión del [a-záéíóúñ]+, \d{1,2} de [a-z]+ de \d{4}, \d{1,2}:\d{2} hora (estándar|de verano) central sobre la sección de terapia ocupacional de Mateo Reyes ha terminado\./,
    );
    for (const heading of ['Quiénes asistieron:', 'Qué se decidió:', 'Qué queda pendiente:', 'Notas de la reunión:'])
      expect(es.text).toContain(heading);
    // The empty section's failing checks are open items, in words.
    expect(es.text).toContain(
      '- Por completar: las inquietudes de la familia siguen vacías (en inquietudes de la familia)',
    );
    expect(es.text).toContain(`Ábralo en el espacio IEP: ${link}`);
    expect(es.html).toContain('<li>Por completar: las inquietudes de la familia siguen vacías');
    expect(withoutLinks(es.text)).not.toMatch(CODES);
    expect(es.text).not.toMatch(/Who attended|What is open/);

    const en = await mailTo(world.emails.teacher, /^Meeting summary/);
    expect(en.text).toMatch(
      /The meeting of [A-Z][a-z]+, [A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d{2}\s(AM|PM) Central (Standard|Daylight) Time about Mateo Reyes's OT section has ended\./,
    );
    expect(en.text).toContain('- To complete: the parent concerns are still empty (in parent concerns)');
    expect(withoutLinks(en.text)).not.toMatch(CODES);

    // In the app the notice keeps codes and values, which the parent's client words in Spanish.
    const list = (await api(app, '/api/notifications', { token: parent.token })).body as NotificationList;
    const notice = list.notifications.find((n) => n.kind === 'meeting_summary');
    expect(notice?.detail.summary).toBeUndefined();
    expect(notice?.detail.digest?.open).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'check', title: 'parent_concerns_present' })]),
    );
  });

  it('asks the parent for a signature in Spanish and the administrator in English, linking the sign-off panel', async () => {
    const moved = await post(ot, `/api/sections/${sectionId}/transition`, {
      to: 'pending_signoff',
      overrides: REASONS_FOR_EMPTY_SECTION,
    });
    expect(moved.status).toBe(200);
    const link = `${PUBLIC_URL}/sections/${sectionId}#signoff`;

    const es = await mailTo(world.emails.parent, /^Se necesita su firma/);
    expect(es.subject).toBe('Se necesita su firma (Mateo Reyes)');
    expect(es.text).toMatch(/le pide su firma en la versión \d+ de la sección de terapia ocupacional de Mateo Reyes\./);
    expect(es.text).toContain('fírmela en el panel de firmas');
    expect(es.text).toContain(`Ábralo en el espacio IEP: ${link}`);
    expect(es.html).toContain(`<a href="${link}">Ábralo en el espacio IEP</a>`);
    expect(withoutLinks(es.text)).not.toMatch(CODES);

    const en = await mailTo(world.emails.admin, /^Your signature is needed/);
    expect(en.subject).toBe('Your signature is needed (Mateo Reyes)');
    expect(en.text).toContain(`Open it in the IEP workspace: ${link}`);
    expect(withoutLinks(en.text)).not.toMatch(CODES);
  });
});
