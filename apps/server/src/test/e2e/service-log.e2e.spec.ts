import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { login, sectionOf, type TestApp } from '../test-app';
import { approvedPlan, isoDaysFromNow } from '../service-log-kit';
import { browserSuite, checkPage, eventually, openSection, signIn } from '../browser';

/**
 * The service log in real browsers (issue 22): on Mateo's approved plan (OT 8 times a month for 30
 * minutes), the OT on a phone (390x844) logs a delivered session (note shared) and a missed one (note
 * kept to staff) with the keyboard, schedules the make-up with the keyboard, and the month's line
 * updates, on the OT's page and live on the teacher's open page; the family reads the month in
 * Spanish, naming the make-up day, with only the shared note.
 */

const suite = browserSuite();
const SHOTS = resolve(__dirname, '../../../test-results/screenshots');

/** The next Friday after today, as the browser's (and this process's) calendar has it. */
function nextFriday(): string {
  const d = new Date();
  d.setDate(d.getDate() + (((5 - d.getDay() + 6) % 7) + 1));
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** "Friday, December 4" as the client writes a day, in `language`. */
const dayIn = (day: string, language: string): string =>
  new Intl.DateTimeFormat(language, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

const hasFocus = (target: Locator): Promise<boolean> => target.evaluate((el) => el === el.ownerDocument.activeElement);

/** Presses Tab until `target` has the focus (a bounded walk: fails if it is not in the tab order). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('The element is not reachable with Tab');
}

/** Mateo's plan gets a goal and a monthly service, is approved, and runs from two months ago to next year. */
async function mateoRunningPlan(app: TestApp): Promise<{ sectionId: string; goalId: string }> {
  const ot = await login(app, 'ot@demo.school');
  const sectionId = await sectionOf(app, ot, 'Mateo');
  const { goalId } = await approvedPlan(app, ot, sectionId, [{ frequency: 8, period: 'month', minutes: 30 }], {
    start: isoDaysFromNow(-60),
    end: isoDaysFromNow(300),
  });
  return { sectionId, goalId };
}

describe('the service log in real browsers', () => {
  it('lets the OT log a delivered and a missed session from a phone, and the summary follows on every open page', async () => {
    const app = suite.app();
    const { sectionId, goalId } = await mateoRunningPlan(app);

    const teacher = await suite.newPage('teacher');
    await teacher.setViewportSize({ width: 720, height: 900 });
    await openSection(teacher, app.baseUrl, 'teacher@demo.school');
    const teacherMonth = teacher.getByTestId('service-month-summary');
    await teacherMonth.getByText('Sessions this month: 0 of 8', { exact: true }).waitFor();
    expect(await teacher.getByTestId('session-form').count()).toBe(0);

    const ot = await suite.newPage('ot');
    await ot.setViewportSize({ width: 390, height: 844 });
    await openSection(ot, app.baseUrl, 'ot@demo.school');
    const panel = ot.getByTestId('service-log-panel');
    const month = panel.getByTestId('service-month-summary');
    await month.getByText('Sessions this month: 0 of 8', { exact: true }).waitFor();
    // One monthly service: its row gives the minutes, not the month's sessions a second time.
    await panel.getByTestId('service-minutes').getByText('Minutes this month: 0 of 240.', { exact: true }).waitFor();

    // A delivered session, its note shared with the family, sent with the keyboard.
    await ot.getByTestId('session-start').fill('09:00');
    await ot.getByTestId('session-end').fill('09:30');
    await panel.getByRole('checkbox', { name: /copies a 5-word sentence legibly/ }).check();
    await ot.getByTestId('session-note').fill('Copied two sentences on the slant board.');
    await panel.getByRole('checkbox', { name: 'Share this note with the family and the teachers' }).check();
    await ot.getByTestId('session-submit').focus();
    await ot.keyboard.press('Enter');
    await month.getByText('Sessions this month: 1 of 8', { exact: true }).waitFor();
    await panel.getByText('Minutes this month: 30 of 240.').waitFor();

    // A missed one: the therapist was out, so the school owes a make-up; its note stays with the staff.
    await ot.getByTestId('session-start').fill('10:00');
    await ot.getByTestId('session-end').fill('10:30');
    await ot.getByTestId('session-status').selectOption('missed');
    await ot.getByTestId('session-reason').selectOption('provider_absent');
    await ot.getByTestId('session-note').fill('Therapist at the district training.');
    await ot.getByTestId('session-submit').click();
    await month
      .getByText('Sessions this month: 1 of 8 (1 missed, 1 make-up still to be scheduled)', { exact: true })
      .waitFor();
    const missed = panel.locator('[data-testid="service-entry"][data-status="missed"]');
    await missed.getByText('Make-up owed', { exact: true }).waitFor();
    await missed.getByText('Not shared: only the therapists and the administrator read it').waitFor();

    // The make-up's day, chosen with the keyboard alone: Tab to the date, type it, Tab to the button.
    const makeUp = nextFriday();
    const [y, m, d] = makeUp.split('-');
    const dateField = missed.getByTestId('make-up-date');
    await ot.getByTestId('session-submit').focus();
    await tabTo(ot, dateField);
    await ot.keyboard.type(`${m}${d}${y}`);
    expect(await dateField.inputValue()).toBe(makeUp);
    await tabTo(ot, missed.getByTestId('make-up-schedule'));
    await ot.keyboard.press('Enter');
    await missed.getByText(`Make-up on ${dayIn(makeUp, 'en')}`, { exact: true }).waitFor();
    // Still owed until it is delivered, and said in that one badge: never "owed" beside the day.
    expect(await missed.getByText('Make-up owed', { exact: true }).count()).toBe(0);
    await month
      .getByText(`Sessions this month: 1 of 8 (1 missed, make-up scheduled for ${dayIn(makeUp, 'en')})`, {
        exact: true,
      })
      .waitFor();
    await missed.getByRole('button', { name: 'Move the make-up' }).waitFor();

    // A session that ends before it starts is refused with a clear message, and nothing is added.
    await ot.getByTestId('session-start').fill('14:00');
    await ot.getByTestId('session-end').fill('13:00');
    await ot.getByTestId('session-submit').click();
    await ot.getByTestId('session-error').getByText('The session must end after it starts.').waitFor();
    expect(await panel.getByTestId('service-entry').count()).toBe(2);

    // A correction: the delivered session ran 15 minutes longer; the earlier version stays readable.
    const delivered = panel.locator('[data-testid="service-entry"][data-status="delivered"]');
    await delivered.getByTestId('service-entry-correct').click();
    const form = delivered.locator('form');
    await form.getByLabel('End').fill('09:45');
    await form.getByLabel('Why you are correcting it').fill('Wrote the wrong end time');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await panel.getByText('Minutes this month: 45 of 240.').waitFor();
    await delivered.getByText('Corrected (version 2): Wrote the wrong end time').waitFor();
    await delivered.getByRole('button', { name: 'Show earlier versions' }).click();
    await delivered.getByText('Version 1: 09:00–09:30, Delivered, by Olivia Torres (Occupational therapist)').waitFor();

    expect(await ot.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await checkPage(ot, 'ot-service-log-390');
    mkdirSync(SHOTS, { recursive: true });
    await panel.screenshot({ path: resolve(SHOTS, 'service-log-panel-ot-390.png') });
    await ot.setViewportSize({ width: 720, height: 900 });
    expect(await ot.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await checkPage(ot, 'ot-service-log-720');

    // The teacher's page heard both sessions and the make-up's day over the socket; teachers read shared notes only.
    await teacher.getByTestId('service-minutes').getByText('Minutes this month: 45 of 240.').waitFor();
    await teacherMonth.getByText(`(1 missed, make-up scheduled for ${dayIn(makeUp, 'en')})`).waitFor();
    await teacher.getByText('Copied two sentences on the slant board.').waitFor();
    expect(await teacher.getByText('Therapist at the district training.').count()).toBe(0);
    const stored = await eventually(
      'the entries in the store',
      () => app.prisma.client.serviceSession.findMany({ where: { current: true }, orderBy: { startMinute: 'asc' } }),
      (rows) => rows.length === 2,
    );
    expect(stored.map((r) => [r.status, r.minutes, r.missedReason, r.goalIds, r.noteShared])).toEqual([
      ['delivered', 45, null, [goalId], true],
      ['missed', 30, 'provider_absent', [], false],
    ]);
    const schedule = await app.prisma.client.makeUpSchedule.findUnique({
      where: { entryId: stored[1]?.entryId ?? '' },
    });
    expect(schedule?.date.toISOString().slice(0, 10)).toBe(makeUp);

    // The family reads the month in Spanish, naming the make-up's day, and only the shared note.
    await app.prisma.client.user.update({ where: { email: 'parent@demo.school' }, data: { locale: 'es' } });
    const parent = await suite.newPage('parent');
    await parent.setViewportSize({ width: 390, height: 844 });
    await signIn(parent, app.baseUrl, 'parent@demo.school');
    await parent.goto(`${app.baseUrl}/sections/${sectionId}`);
    const family = parent.getByTestId('service-log-panel');
    await family
      .getByTestId('service-month-summary')
      .getByText(`Sesiones este mes: 1 de 8 (1 perdida, reposición programada para el ${dayIn(makeUp, 'es')})`, {
        exact: true,
      })
      .waitFor();
    await family.getByText(`Reposición el ${dayIn(makeUp, 'es')}`, { exact: true }).waitFor();
    expect(await family.getByText('Sesión de reposición pendiente', { exact: true }).count()).toBe(0);
    await family.getByText('Copied two sentences on the slant board.').waitFor();
    expect(await family.getByText('Therapist at the district training.').count()).toBe(0);
    expect(await parent.getByTestId('session-form').count()).toBe(0);
    expect(await family.getByTestId('make-up-date').count()).toBe(0);
    expect(await parent.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await checkPage(parent, 'parent-service-log-es-390');
    await family.screenshot({ path: resolve(SHOTS, 'service-log-panel-parent-es-390.png') });
    await parent.setViewportSize({ width: 720, height: 900 });
    expect(await parent.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await checkPage(parent, 'parent-service-log-es-720');
    expect(suite.pageErrors).toEqual([]);
  });
});
