import type { Locator, Page } from 'playwright-core';
import { addGoal, BILLING_COLUMNS } from '@iep/shared';
import { pdfText } from '../../modules/export/pdf-text';
import { newWorld } from '../factories';
import { login, sectionOf, type TestApp } from '../test-app';
import {
  addGridService,
  approvedPlan,
  approvedWith,
  isoDaysFromNow,
  lastMonth,
  logSession,
  parseCsv,
  sessionBody,
} from '../service-log-kit';
import { browserSuite, checkPage, download, eventually, openSection, signIn, saveScreenshot } from '../browser';

/**
 * The service log in real browsers (issue 22): on Mateo's approved plan (OT 8 times a month for 30
 * minutes), the OT on a phone (390x844) logs a delivered session (note shared) and a missed one (note
 * kept to staff) with the keyboard, schedules the make-up with the keyboard, and the month's line
 * updates, on the OT's page and live on the teacher's open page; the family reads the month in
 * Spanish, naming the make-up day, with only the shared note. Then, in a district of its own, the OT
 * logs a whole month (issue 22's done-when): the month's figures, the chart's table, the Spanish PDF
 * report the family downloads and the Medicaid CSV all match the entries.
 */

const suite = browserSuite();

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
    await saveScreenshot(panel, 'service-log-panel-ot-390');
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
    await saveScreenshot(family, 'service-log-panel-parent-es-390');
    await parent.setViewportSize({ width: 720, height: 900 });
    expect(await parent.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await checkPage(parent, 'parent-service-log-es-720');
    expect(suite.pageErrors).toEqual([]);
  });
});

/** A session of the month: `group` students, `makesUp` the missed one of that day, `correct` trials of 5. */
interface MonthEntry {
  day: string;
  start: string;
  end: string;
  missed?: 'student_absent' | 'provider_absent';
  group?: number;
  makesUp?: string;
  correct?: number;
}

const MONTH: MonthEntry[] = [
  { day: '02', start: '09:00', end: '09:30', correct: 2 },
  { day: '05', start: '09:00', end: '09:30', correct: 2 },
  { day: '09', start: '09:00', end: '09:30', missed: 'student_absent' },
  { day: '12', start: '13:00', end: '13:45', group: 3, correct: 3 },
  { day: '16', start: '09:00', end: '09:30', missed: 'provider_absent' },
  { day: '19', start: '09:00', end: '09:30', correct: 3 },
  { day: '23', start: '10:15', end: '10:45', correct: 4 },
  { day: '26', start: '09:00', end: '09:40', makesUp: '16', correct: 4 },
];
const minutesOf = (e: MonthEntry): number => {
  const at = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  return at(e.end) - at(e.start);
};
const GOAL = 'copies a 5-word sentence legibly';

describe('a month of the service log in real browsers', () => {
  it('lets the OT log a month whose figures, chart, Spanish PDF report and Medicaid CSV all match the entries', async () => {
    const app = suite.app();
    const world = await newWorld(app);
    const { month, first, last } = lastMonth();
    const dates = { start: isoDaysFromNow(-75), end: isoDaysFromNow(300) };
    await app.prisma.client.user.update({ where: { email: world.emails.parent }, data: { locale: 'es' } });
    const otSession = await login(app, world.emails.ot);
    const sectionId = await sectionOf(app, otSession, 'Mateo');
    const goalId = await approvedWith(
      app,
      otSession,
      sectionId,
      (doc) => {
        addGridService(doc, { frequency: 8, period: 'month', minutes: 30 });
        return addGoal(doc, { area: 'fine_motor', behavior: GOAL, criterion: 'in 4 of 5 trials' });
      },
      dates,
    );
    // Ava's family gave no consent: her delivered session of the month stays out of the export.
    const avaSection = await sectionOf(app, otSession, 'Ava');
    await approvedPlan(app, otSession, avaSection, [{ frequency: 4, period: 'month', minutes: 30 }], dates);
    expect((await logSession(app, otSession, avaSection, sessionBody({ date: `${month}-03` }))).status).toBe(201);

    const ot = await suite.newPage('ot');
    await ot.setViewportSize({ width: 720, height: 900 });
    await openSection(ot, app.baseUrl, world.emails.ot);
    const panel = ot.getByTestId('service-log-panel');
    const form = ot.getByTestId('session-form');
    // The family consented in writing on the month's first day.
    const consent = ot.getByTestId('benefits-consent');
    await consent.getByLabel('Date', { exact: true }).fill(first);
    await consent.getByRole('button', { name: 'Record the family’s consent' }).click();
    await consent.getByRole('button', { name: 'Record a revocation' }).waitFor();

    for (const [i, e] of MONTH.entries()) {
      await form.getByLabel('Date').fill(`${month}-${e.day}`);
      await form.getByLabel('Start').fill(e.start);
      await form.getByLabel('End').fill(e.end);
      if (e.missed) {
        await form.getByLabel('Session', { exact: true }).selectOption('missed');
        await form.getByLabel('Why it was missed').selectOption(e.missed);
      } else {
        await form.getByRole('checkbox', { name: `Goal 1: ${GOAL}` }).check();
        if (e.makesUp)
          await form
            .getByLabel('Makes up for', { exact: true })
            .selectOption({ label: `Missed session of ${month}-${e.makesUp} at 09:00` });
      }
      if (e.group) {
        await form.getByLabel('Individual or group').selectOption('group');
        await form.getByLabel('Students in the group').fill(String(e.group));
      }
      await form.getByLabel('Note', { exact: true }).fill(`Session ${i + 1}: slant board and copying.`);
      await form.getByLabel('Note', { exact: true }).press('Tab');
      await ot.keyboard.press('Tab');
      await ot.keyboard.press('Enter');
      await eventually(
        'the entry in the list',
        () => panel.getByTestId('service-entry').count(),
        (n) => n === i + 1,
      );
      if (e.correct === undefined) continue;
      // The data of the session just logged: the list can show the entry (a socket event refetches it)
      // before the form has heard back, while the previous session's data is still offered.
      const sessionData = panel.locator(`[data-testid="session-goal-data"][data-session-date="${month}-${e.day}"]`);
      await sessionData.getByTestId(`session-goal-add-${goalId}`).click();
      const point = sessionData.locator('form');
      await point.getByLabel('Correct trials').fill(String(e.correct));
      await point.getByLabel('Trials in all').fill('5');
      await point.getByLabel('Trials in all').press('Enter');
      await sessionData.getByText('Data point saved.').waitFor();
    }

    // The month's figures, from the entries: sessions and minutes delivered against the grid's 8 × 30.
    const delivered = MONTH.filter((e) => !e.missed);
    const minutes = delivered.reduce((n, e) => n + minutesOf(e), 0);
    const name = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric' }).format(new Date(`${first}T12:00`));
    await panel.getByRole('button', { name: 'Previous month' }).click();
    await panel.getByTestId('service-month-shown').getByText(`Showing ${name}`).waitFor();
    const missed = MONTH.length - delivered.length;
    await panel
      .getByTestId('service-month-summary')
      .getByText(`Sessions in ${name}: ${delivered.length} of 8 (${missed} missed)`, { exact: true })
      .waitFor();
    await panel.getByTestId('service-minutes').getByText(`Minutes in ${name}: ${minutes} of 240.`).waitFor();
    expect(await ot.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await checkPage(ot, 'ot-service-month-720');

    // The chart's table says the points entered, date for date.
    const points = delivered.map((e) => [`${month}-${e.day}`, ((e.correct ?? 0) / 5) * 100]);
    const data = ot.getByTestId('goal-data-panel');
    await data.getByTestId('goal-data-table-toggle').click();
    const rows = data.getByTestId('goal-data-table').getByTestId('goal-data-row');
    await eventually(
      'the table of the month’s points',
      () =>
        rows.evaluateAll((els) => els.map((r) => [r.getAttribute('data-date'), Number(r.getAttribute('data-value'))])),
      (r) => JSON.stringify(r) === JSON.stringify(points),
    );
    const drawn = await ot
      .getByTestId('goal-chart')
      .getByTestId('chart-point')
      .evaluateAll((els) => els.map((p) => [p.getAttribute('data-date'), Number(p.getAttribute('data-value'))]));
    expect(drawn).toEqual(points);

    // The month's progress report, drafted from the data and issued to the family.
    const reports = ot.getByTestId('progress-reports-panel');
    await reports.getByLabel('Period from').fill(first);
    await reports.getByLabel('Period to').fill(last);
    await reports.getByTestId('progress-draft').click();
    await reports.getByTestId('progress-issue').click();
    await reports.getByTestId('progress-issue-confirm').click();
    await reports.getByText('Not yet acknowledged by the family.').waitFor();

    // The Medicaid CSV of the month, downloaded from the caseload: exactly the delivered sessions.
    await ot.goto(`${app.baseUrl}/caseload`);
    const billing = ot.getByTestId('billing-export');
    await billing.getByLabel('From').fill(first);
    await billing.getByLabel('To').fill(last);
    await checkPage(ot, 'ot-billing-export-720');
    await ot.setViewportSize({ width: 390, height: 844 });
    expect(await ot.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await checkPage(ot, 'ot-billing-export-390');
    const [header, ...lines] = parseCsv(
      (await download(ot, billing.getByRole('link', { name: 'Download the CSV' }))).toString('utf8'),
    );
    expect(header).toEqual([...BILLING_COLUMNS]);
    // Each delivered session once, as entered: date, times, minutes, group size, provider, goal and note.
    const pick = ['session_date', 'start_time', 'end_time', 'minutes', 'grouping', 'group_size'] as const;
    const more = ['student_name', 'provider_name', 'provider_credential', 'goals', 'note'] as const;
    const cells = (l: string[], cs: readonly (typeof BILLING_COLUMNS)[number][]) =>
      cs.map((c) => l[BILLING_COLUMNS.indexOf(c)]);
    expect(lines.map((l) => [...cells(l, pick), ...cells(l, more)])).toEqual(
      delivered.map((e) => [
        ...[`${month}-${e.day}`, e.start, e.end, String(minutesOf(e))],
        ...(e.group ? ['group', String(e.group)] : ['individual', '']),
        ...['Mateo Reyes', 'Olivia Torres', 'OT', GOAL, `Session ${MONTH.indexOf(e) + 1}: slant board and copying.`],
      ]),
    );

    // The family, in Spanish, downloads the report as a PDF: the month's data, in its words.
    const parent = await suite.newPage('parent');
    await parent.setViewportSize({ width: 390, height: 844 });
    await signIn(parent, app.baseUrl, world.emails.parent);
    await parent.goto(`${app.baseUrl}/sections/${sectionId}`);
    const family = parent.getByTestId('service-log-panel');
    await family.getByRole('button', { name: 'Mes anterior' }).click();
    const es = new Intl.DateTimeFormat('es', { month: 'long', year: 'numeric' }).format(new Date(`${first}T12:00`));
    await family
      .getByText(`Sesiones en ${es}: ${delivered.length} de 8 (${missed} perdidas)`, { exact: true })
      .waitFor();
    await family.getByText(`Minutos en ${es}: ${minutes} de 240.`).waitFor();
    expect(await parent.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await checkPage(parent, 'parent-service-month-es-390');
    await parent.setViewportSize({ width: 720, height: 900 });
    await checkPage(parent, 'parent-service-month-es-720');
    const pdf = await download(
      parent,
      parent.getByTestId('progress-reports-panel').getByRole('link', { name: 'Descargar el PDF' }),
    );
    const text = pdfText(pdf);
    const flat = text.replace(/\s+/g, ' ');
    const day = (d: string) =>
      new Intl.DateTimeFormat('es-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
    expect(text).toContain('Informe de progreso');
    expect(flat).toContain(`Del ${day(first)} al ${day(last)}`);
    expect(flat).toContain(`Se tomaron ${points.length} mediciones entre el ${day(first)} y el ${day(last)}.`);
    // The data table, row by row: each date followed by its result.
    const lines2 = text.split('\n');
    const table = points.map(([d, v]) => [day(String(d)), `${String(v)}%`]);
    for (const [d, v] of table) expect(lines2[lines2.indexOf(d ?? '') + 1]).toBe(v);
    expect(text).not.toContain('BORRADOR');
    expect(suite.pageErrors).toEqual([]);
  });
});
