import type { Page } from 'playwright-core';
import { browserSuite, checkPage, eventually, openSection } from '../browser';

/**
 * The access log as a parent reads it, in a real browser: one line per person, action and day
 * ("… read the OT section 14 times on …") with its purpose, in English and in Spanish, never a raw
 * code; filtered by kind of access and by person; paged by the server.
 */

const suite = browserSuite();

const DAY_MS = 86_400_000;
/** Noon UTC, so the day is the same in any time zone the browser may run in. */
const noon = (day: string, minutes = 0): Date => new Date(Date.parse(`${day}T12:00:00Z`) + minutes * 60_000);

async function seedLog(): Promise<{ teacher: string; ot: string }> {
  const db = suite.app().prisma.client;
  const mateo = await db.student.findFirstOrThrow({ where: { firstName: 'Mateo' } });
  const section = await db.otSection.findFirstOrThrow({ where: { plan: { studentId: mateo.id } } });
  const teacher = await db.user.findUniqueOrThrow({ where: { email: 'teacher@demo.school' } });
  const ot = await db.user.findUniqueOrThrow({ where: { email: 'ot@demo.school' } });
  const base = { studentId: mateo.id, sectionId: section.id };
  // Fourteen reads on 2 Dec 2025, one read on each of 30 earlier days (a second page), and a meeting.
  const reads = Array.from({ length: 14 }, (_, i) => ({
    ...base,
    actorId: teacher.id,
    actorRole: 'teacher',
    action: 'section.read',
    createdAt: noon('2025-12-02', i),
  }));
  const earlier = Array.from({ length: 30 }, (_, i) => ({
    ...base,
    actorId: teacher.id,
    actorRole: 'teacher',
    action: 'section.read',
    createdAt: new Date(noon('2025-11-30').getTime() - i * DAY_MS),
  }));
  const meeting = {
    ...base,
    actorId: ot.id,
    actorRole: 'ot',
    action: 'meeting.joined',
    createdAt: noon('2025-12-02', 30),
  };
  await db.auditEvent.createMany({ data: [...reads, ...earlier, meeting] });
  return { teacher: teacher.id, ot: ot.id };
}

const rows = (page: Page) =>
  page
    .getByTestId('access-log-row')
    .evaluateAll((trs) => trs.map((tr) => ({ kind: tr.getAttribute('data-kind') ?? '', text: tr.textContent ?? '' })));

const tableText = async (page: Page): Promise<string> =>
  (await page.getByTestId('access-log-table').textContent()) ?? '';

describe('the access log a parent reads', () => {
  it('groups accesses by person and day in plain words with their purpose, in English and Spanish, filters and pages', async () => {
    const ids = await seedLog();
    const parent = await suite.newPage('parent-access-log');
    await openSection(parent, suite.app().baseUrl, 'parent@demo.school');
    await parent.getByTestId('access-log-link').click();
    await parent.getByTestId('access-log-table').waitFor();

    const english = await tableText(parent);
    expect(english).toMatch(/Tom Baker \(Teacher\) read the OT section 14 times on Dec 2, 2025/);
    expect(english).toContain('Preparing the plan');
    expect(english).toMatch(/joined the meeting once on Dec 2, 2025/);
    expect(english).toContain('The team meeting');
    // No raw code anywhere on the page.
    expect(await parent.locator('main').textContent()).not.toMatch(/\b(section|meeting|comments)\.[a-z_]+/);
    await checkPage(parent, 'access-log-parent-en');

    // Paging: the server has more than one page; the next page holds the older days.
    expect(await parent.getByTestId('access-log-page').textContent()).toMatch(/^Page 1 of 2$/);
    await parent.getByTestId('access-log-next').click();
    await eventually(
      'page 2',
      () => parent.getByTestId('access-log-page').textContent(),
      (t) => t === 'Page 2 of 2',
    );
    expect(await tableText(parent)).toMatch(/read the OT section once on Nov \d+, 2025/);
    await parent.getByTestId('access-log-prev').click();

    // Filters: a kind of access, then a person and a date range.
    await parent.getByTestId('access-log-kind').selectOption('meeting');
    await parent.getByTestId('access-log-apply').click();
    const meetings = await eventually(
      'only meetings',
      () => rows(parent),
      (list) => list.length > 0 && list.every((r) => r.kind === 'meeting'),
    );
    expect(meetings.map((r) => r.text)).toEqual([expect.stringContaining('joined the meeting once')]);
    await parent.getByTestId('access-log-kind').selectOption('');
    await parent.getByTestId('access-log-person').selectOption(ids.teacher);
    await parent.getByTestId('access-log-from').fill('2025-11-29');
    await parent.getByTestId('access-log-to').fill('2025-12-02');
    await parent.getByTestId('access-log-apply').click();
    const teacherRows = await eventually(
      'the teacher on three days',
      () => rows(parent),
      (list) => list.length === 3 && list.every((r) => r.text.includes('Tom Baker')),
    );
    expect(teacherRows[0]?.text).toContain('14 times');
    expect(await parent.getByTestId('access-log-page').count()).toBe(0);

    // In Spanish, the same rows in Spanish words.
    await parent.getByTestId('language-switch').selectOption('es');
    await eventually(
      'the log in Spanish',
      () => tableText(parent),
      (t) => t.includes('leyó la sección de terapia ocupacional 14 veces el 2 dic 2025'),
    );
    expect(await tableText(parent)).toContain('Preparar el plan');
    await checkPage(parent, 'access-log-parent-es');
    await parent.getByTestId('access-log-person').selectOption(ids.ot);
    await parent.getByTestId('access-log-apply').click();
    await eventually(
      'the OT in Spanish',
      () => tableText(parent),
      (t) => t.includes('se unió a la reunión una vez el 2 dic 2025') && t.includes('La reunión del equipo'),
    );
    expect(suite.pageErrors).toEqual([]);
  });
});
