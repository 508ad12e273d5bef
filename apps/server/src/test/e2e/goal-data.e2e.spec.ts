import type { Page } from 'playwright-core';
import { addGoal, dayNumber, trendLine } from '@iep/shared';
import { login, sectionOf, type TestApp } from '../test-app';
import { approvedWith, isoDaysFromNow } from '../service-log-kit';
import { browserSuite, checkPage, eventually, openSection, signIn, saveScreenshot } from '../browser';

/**
 * Goal data in real browsers (issue 22): on Mateo's approved plan, the OT records a goal's data over
 * several dates (from the goal, and after logging a session); the chart's points, criterion,
 * baseline and trend and the table match the stored entries; the family reads the same chart in
 * Spanish, live and read-only. An OTA's point then waits for the OT's co-signature: drawn hollow,
 * outside the trend and marked in the table, until the OT co-signs it with the keyboard.
 */

const suite = browserSuite();
const DAY = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Mateo's plan gets a goal measured in trials (baseline 1 of 5, criterion 4 of 5), is approved, and runs from two months ago. */
async function mateoRunningPlan(app: TestApp): Promise<{ sectionId: string; goalId: string }> {
  const ot = await login(app, 'ot@demo.school');
  const sectionId = await sectionOf(app, ot, 'Mateo');
  const goalId = await approvedWith(
    app,
    ot,
    sectionId,
    (doc) =>
      addGoal(doc, {
        area: 'fine_motor',
        baseline: 'copies a sentence legibly in 1 of 5 trials',
        behavior: 'copies a 5-word sentence legibly',
        criterion: 'in 4 of 5 trials',
      }),
    { start: isoDaysFromNow(-60), end: isoDaysFromNow(300) },
  );
  return { sectionId, goalId };
}

/** What the chart on a page draws: its points, and the values of its lines. */
async function drawn(page: Page) {
  const chart = page.getByTestId('goal-chart');
  const points = await chart
    .getByTestId('chart-point')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-date'), Number(e.getAttribute('data-value'))]));
  const pending = await chart.locator('[data-testid="chart-point"][data-pending]').count();
  const attr = (id: string, name: string) => chart.getByTestId(id).getAttribute(name);
  return {
    points,
    criterion: Number(await attr('chart-criterion', 'data-value')),
    baseline: Number(await attr('chart-baseline', 'data-value')),
    trend: [Number(await attr('chart-trend', 'data-from')), Number(await attr('chart-trend', 'data-to'))],
    pending,
  };
}

/**
 * Whether a phone or a narrow tablet reads the data table whole: every row's cells inside the
 * table's region and the window (drawn as cards there), nothing to scroll sideways to.
 */
function tableFits(page: Page): Promise<boolean> {
  return page
    .getByTestId('goal-data-table')
    .first()
    .evaluate((table) => {
      const region = table.closest('[role="region"]');
      if (region === null) return false;
      const right =
        Math.min(region.getBoundingClientRect().right, table.ownerDocument.documentElement.clientWidth) + 0.5;
      const cells = [...table.querySelectorAll('tbody td, tbody th')];
      return region.scrollWidth <= region.clientWidth && cells.every((c) => c.getBoundingClientRect().right <= right);
    });
}

describe('goal data in real browsers', () => {
  it('charts the OT’s data points with the baseline, the criterion and the trend, as a table too, for the OT and the family', async () => {
    const app = suite.app();
    const { sectionId, goalId } = await mateoRunningPlan(app);

    // The family has the section open (in Spanish, on a phone) while the OT records.
    await app.prisma.client.user.update({ where: { email: 'parent@demo.school' }, data: { locale: 'es' } });
    const parent = await suite.newPage('parent');
    await parent.setViewportSize({ width: 390, height: 844 });
    await signIn(parent, app.baseUrl, 'parent@demo.school');
    await parent.goto(`${app.baseUrl}/sections/${sectionId}`);
    const family = parent.getByTestId('goal-data-panel');
    await family.getByText('Todavía no hay datos para esta meta.').waitFor();

    const ot = await suite.newPage('ot');
    await ot.setViewportSize({ width: 720, height: 900 });
    await openSection(ot, app.baseUrl, 'ot@demo.school');
    const panel = ot.getByTestId('goal-data-panel');
    await panel.getByText('Measured as a percentage (correct trials out of all trials).').waitFor();

    // Three points from the goal's own form, over three weeks.
    const form = ot.getByTestId(`point-${goalId}-form`);
    for (const [daysAgo, correct] of [
      [30, 2],
      [20, 3],
      [10, 3],
    ] as const) {
      await panel.getByTestId('goal-data-add').click();
      await form.getByTestId(`point-${goalId}-date`).fill(isoDay(Date.now() - daysAgo * DAY));
      await form.getByTestId(`point-${goalId}-correct`).fill(String(correct));
      await form.getByTestId(`point-${goalId}-total`).fill('5');
      await form.getByTestId(`point-${goalId}-submit`).click();
      await form.waitFor({ state: 'detached' });
    }
    // More correct than trials is refused in the form, before anything is sent.
    await panel.getByTestId('goal-data-add').click();
    await form.getByTestId(`point-${goalId}-correct`).fill('6');
    await form.getByTestId(`point-${goalId}-total`).fill('5');
    await form.getByTestId(`point-${goalId}-submit`).click();
    await form.getByText('Correct trials: a whole number, no more than the trials in all.').waitFor();
    await form.getByRole('button', { name: 'Cancel' }).click();

    // A fourth from the session form: the session is logged, then its goal takes a point.
    const log = ot.getByTestId('service-log-panel');
    await ot.getByTestId('session-start').fill('09:00');
    await ot.getByTestId('session-end').fill('09:30');
    await log.getByRole('checkbox', { name: /copies a 5-word sentence legibly/ }).check();
    await ot.getByTestId('session-submit').click();
    await ot.getByTestId(`session-goal-add-${goalId}`).click();
    const sessionForm = log.locator(`form[data-testid^="point-${goalId}-"]`);
    await sessionForm.locator(`[data-testid$="-correct"]`).fill('4');
    await sessionForm.locator(`[data-testid$="-total"]`).fill('5');
    await sessionForm.locator(`[data-testid$="-submit"]`).click();
    await log.getByText('Data point saved.').waitFor();

    const stored = await eventually(
      'the four points in the store',
      () =>
        app.prisma.client.goalDataPoint.findMany({
          where: { goalId, current: true },
          orderBy: { date: 'asc' },
        }),
      (rows) => rows.length === 4,
    );
    expect(stored.map((r) => [r.correct, r.total, r.percentage])).toEqual([
      [2, 5, 40],
      [3, 5, 60],
      [3, 5, 60],
      [4, 5, 80],
    ]);
    expect(stored[3]?.sessionId).not.toBeNull();
    const entries = stored.map((r) => [r.date.toISOString().slice(0, 10), r.percentage ?? 0] as const);
    const fit = trendLine(entries.map(([date, value]) => ({ x: dayNumber(date), y: value })));
    const firstDay = dayNumber(entries[0]?.[0] ?? '');
    const lastDay = dayNumber(entries[3]?.[0] ?? '');
    const expected = {
      points: entries.map(([d, v]) => [d, v]),
      criterion: 80,
      baseline: 20,
      trend: [firstDay, lastDay].map((x) => Number(((fit?.intercept ?? 0) + (fit?.slope ?? 0) * x).toFixed(2))),
      pending: 0,
    };
    await eventually(
      'the OT’s chart',
      () => drawn(ot),
      (c) => c.points.length === 4,
    );
    expect(await drawn(ot)).toEqual(expected);

    // The table says the same, row for row.
    await panel.getByTestId('goal-data-table-toggle').click();
    const table = panel.getByTestId('goal-data-table');
    await table.locator('caption').getByText('Data for goal 1: copies a 5-word sentence legibly').waitFor();
    const rows = await table
      .getByTestId('goal-data-row')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-date'), Number(e.getAttribute('data-value'))]));
    expect(rows).toEqual(expected.points);
    await table.getByText('2 of 5 (40%)').waitFor();
    await table.getByText('4 of 5 (80%)').waitFor();
    // Who recorded each point, with their role from the catalog (names carry none), under its column's name.
    await table
      .getByTestId('goal-data-row')
      .first()
      .locator('[data-label="Recorded by"]')
      .getByText('Olivia Torres (Occupational therapist)', { exact: true })
      .waitFor();
    // The table's region is labelled and reachable with the keyboard.
    const region = panel.getByRole('region', { name: 'Data for goal 1: copies a 5-word sentence legibly' });
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await ot.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    expect(await tableFits(ot)).toBe(true);
    await checkPage(ot, 'ot-goal-data-720');
    await ot.setViewportSize({ width: 390, height: 844 });
    expect(await ot.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    expect(await tableFits(ot)).toBe(true);
    await checkPage(ot, 'ot-goal-data-390');

    // The family's open page heard every point; the same chart, in Spanish, and nothing to add with.
    await eventually(
      'the family’s chart',
      () => drawn(parent),
      (c) => c.points.length === 4,
    );
    expect(await drawn(parent)).toEqual(expected);
    await family.getByText('Meta (criterio): 80 %').waitFor();
    await family.getByRole('button', { name: 'Mostrar los datos en una tabla' }).click();
    await family.getByText('4 de 5 (80 %)').waitFor();
    await family.getByText('Olivia Torres (Terapeuta ocupacional)').first().waitFor();
    expect(await family.getByTestId('goal-data-add').count()).toBe(0);
    expect(await parent.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    expect(await tableFits(parent)).toBe(true);
    // The family's header names her role from the Spanish catalog, not from her account's name.
    await eventually(
      'the header to name the parent’s role in Spanish',
      async () => (await parent.getByTestId('signed-in-user').textContent()) ?? '',
      (text) => text === 'Sesión iniciada como Paula Reyes (Padre, madre o tutor)',
    );
    await checkPage(parent, 'parent-goal-data-es-390');
    await saveScreenshot(panel, 'goal-data-panel-ot-390');
    await saveScreenshot(family, 'goal-data-panel-parent-es-390');

    // The OTA records today's point from a phone: it waits for the supervising OT's co-signature.
    const ota = await suite.newPage('ota');
    await ota.setViewportSize({ width: 390, height: 844 });
    await openSection(ota, app.baseUrl, 'ota@demo.school');
    const otaPanel = ota.getByTestId('goal-data-panel');
    await otaPanel.getByTestId('goal-data-add').click();
    const otaForm = ota.getByTestId(`point-${goalId}-form`);
    await otaForm.getByTestId(`point-${goalId}-correct`).fill('5');
    await otaForm.getByTestId(`point-${goalId}-total`).fill('5');
    await otaForm.getByTestId(`point-${goalId}-submit`).click();
    await otaForm.waitFor({ state: 'detached' });
    // The OTA sees it hollow and has nothing to co-sign with.
    await eventually(
      'the OTA’s chart to draw the point as pending',
      () => drawn(ota),
      (c) => c.points.length === 5 && c.pending === 1,
    );
    await otaPanel.getByText('Awaiting co-signature (not in the trend yet)').waitFor();
    expect(await otaPanel.getByTestId('goal-data-pending').count()).toBe(0);
    expect(await ota.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await checkPage(ota, 'ota-goal-data-pending-390');

    // The OT's open page: drawn hollow, the trend as it was, marked in the table, listed to co-sign.
    const today = stored[3]?.date.toISOString().slice(0, 10) ?? '';
    const withPending = await eventually(
      'the OT’s chart to draw the OTA’s point',
      () => drawn(ot),
      (c) => c.points.length === 5,
    );
    expect(withPending).toEqual({ ...expected, points: [...expected.points, [today, 100]], pending: 1 });
    await table
      .getByTestId('goal-data-row')
      .filter({ hasText: '5 of 5 (100%)' })
      .getByText("awaiting the supervising OT's co-signature")
      .waitFor();
    const pendingList = panel.getByTestId('goal-data-pending');
    await pendingList.getByText(/: 5 of 5 \(100%\) \(recorded by Omar Ortiz \(OT assistant\)\)$/).waitFor();
    expect(await ot.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await checkPage(ot, 'ot-goal-data-pending-390');
    await ot.setViewportSize({ width: 720, height: 900 });
    expect(await ot.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await checkPage(ot, 'ot-goal-data-pending-720');

    // The OT co-signs with the keyboard: the point is filled and counts in the trend.
    await pendingList
      .getByRole('button', { name: /^Co-sign the data point of .* by Omar Ortiz \(OT assistant\)$/ })
      .focus();
    await ot.keyboard.press('Enter');
    await pendingList.waitFor({ state: 'detached' });
    const signed = await eventually(
      'the OT’s chart to count the co-signed point',
      () => drawn(ot),
      (c) => c.pending === 0,
    );
    expect(signed.points).toHaveLength(5);
    expect(signed.trend).not.toEqual(expected.trend);
    const row = await app.prisma.client.goalDataPoint.findFirst({ where: { goalId, current: true, percentage: 100 } });
    expect(row?.cosignedByName).toBe('Olivia Torres');
    await eventually(
      'the family’s chart to count the co-signed point',
      () => drawn(parent),
      (c) => c.points.length === 5 && c.pending === 0,
    );
    expect(suite.pageErrors).toEqual([]);
  });
});
