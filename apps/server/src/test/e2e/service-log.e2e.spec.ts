import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { login, sectionOf, type TestApp } from '../test-app';
import { approvedPlan, isoDaysFromNow } from '../service-log-kit';
import { browserSuite, checkPage, eventually, openSection, signIn } from '../browser';

/**
 * The service log in real browsers (issue 22): on Mateo's approved plan (OT 8 times a month for 30
 * minutes), the OT on a phone (390x844) logs a delivered session and a missed one with the keyboard,
 * and the minutes summary updates, on the OT's page and live on the teacher's open page.
 */

const suite = browserSuite();
const SHOTS = resolve(__dirname, '../../../test-results/screenshots');

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
    const teacherSummary = teacher.getByTestId('service-minutes');
    await teacherSummary.getByText('Sessions this month: 0 of 8').waitFor();
    expect(await teacher.getByTestId('session-form').count()).toBe(0);

    const ot = await suite.newPage('ot');
    await ot.setViewportSize({ width: 390, height: 844 });
    await openSection(ot, app.baseUrl, 'ot@demo.school');
    const panel = ot.getByTestId('service-log-panel');
    await panel.getByText('Sessions this month: 0 of 8 (0 missed, 0 make-up owed).').waitFor();

    // A delivered session, sent with the keyboard.
    await ot.getByTestId('session-start').fill('09:00');
    await ot.getByTestId('session-end').fill('09:30');
    await panel.getByRole('checkbox', { name: /copies a 5-word sentence legibly/ }).check();
    await ot.getByTestId('session-note').fill('Copied two sentences on the slant board.');
    await ot.getByTestId('session-submit').focus();
    await ot.keyboard.press('Enter');
    await panel.getByText('Sessions this month: 1 of 8 (0 missed, 0 make-up owed).').waitFor();
    await panel.getByText('Minutes: 30 of 240.').waitFor();

    // A missed one: the therapist was out, so the school owes a make-up.
    await ot.getByTestId('session-start').fill('10:00');
    await ot.getByTestId('session-end').fill('10:30');
    await ot.getByTestId('session-status').selectOption('missed');
    await ot.getByTestId('session-reason').selectOption('provider_absent');
    await ot.getByTestId('session-submit').click();
    await panel.getByText('Sessions this month: 1 of 8 (1 missed, 1 make-up owed).').waitFor();
    const missed = panel.locator('[data-testid="service-entry"][data-status="missed"]');
    await missed.getByText('Make-up owed', { exact: true }).waitFor();

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
    await panel.getByText('Minutes: 45 of 240.').waitFor();
    await delivered.getByText('Corrected (version 2): Wrote the wrong end time').waitFor();
    await delivered.getByRole('button', { name: 'Show earlier versions' }).click();
    await delivered.getByText('Version 1: 09:00–09:30, Delivered, by Olivia Torres (OT)').waitFor();

    expect(await ot.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await checkPage(ot, 'ot-service-log-390');

    // The teacher's page heard both sessions over the socket.
    await teacherSummary.getByText('Minutes: 45 of 240.').waitFor();
    await teacherSummary.getByText('(1 missed, 1 make-up owed).').waitFor();
    const stored = await eventually(
      'the entries in the store',
      () => app.prisma.client.serviceSession.findMany({ where: { current: true }, orderBy: { startMinute: 'asc' } }),
      (rows) => rows.length === 2,
    );
    expect(stored.map((r) => [r.status, r.minutes, r.missedReason, r.goalIds])).toEqual([
      ['delivered', 45, null, [goalId]],
      ['missed', 30, 'provider_absent', []],
    ]);

    // The family reads it in Spanish, without the staff-only note.
    await app.prisma.client.user.update({ where: { email: 'parent@demo.school' }, data: { locale: 'es' } });
    const parent = await suite.newPage('parent');
    await parent.setViewportSize({ width: 390, height: 844 });
    await signIn(parent, app.baseUrl, 'parent@demo.school');
    await parent.goto(`${app.baseUrl}/sections/${sectionId}`);
    const family = parent.getByTestId('service-log-panel');
    await family.getByText('Sesiones este mes: 1 de 8 (1 perdidas, 1 reposiciones pendientes).').waitFor();
    await family.getByText('Copied two sentences on the slant board.').waitFor();
    expect(await parent.getByTestId('session-form').count()).toBe(0);
    mkdirSync(SHOTS, { recursive: true });
    await panel.screenshot({ path: resolve(SHOTS, 'service-log-panel-ot-390.png') });
    await family.screenshot({ path: resolve(SHOTS, 'service-log-panel-parent-es-390.png') });
    expect(suite.pageErrors).toEqual([]);
  });
});
