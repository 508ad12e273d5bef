import * as Y from 'yjs';
import { addGoal } from '@iep/shared';
import { api, collabToken, connectProvider, login, sectionOf, storedOnServer, synced, type TestApp } from '../test-app';
import { browserSuite, checkPage, eventually, openSection, signIn } from '../browser';

/**
 * Progress reports in real browsers (issue 22): the OT on a phone drafts a report from the goal
 * data, edits the narrative and issues it after confirming; the family, in Spanish, is notified,
 * follows the notification to the report and acknowledges receipt. At the annual review the OT
 * drafts the present levels from the year's data and accepts the suggestion.
 */

const suite = browserSuite();
const DAY = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Mateo's approved plan with a goal in trials and two data points in the last month. */
async function planWithData(app: TestApp): Promise<string> {
  const ot = await login(app, 'ot@demo.school');
  const sectionId = await sectionOf(app, ot, 'Mateo');
  const doc = new Y.Doc();
  const provider = connectProvider(app, sectionId, await collabToken(app, ot, sectionId), doc);
  await synced(provider);
  const goalId = addGoal(doc, {
    area: 'fine_motor',
    behavior: 'copies a 5-word sentence legibly',
    criterion: 'in 4 of 5 trials',
  });
  await storedOnServer(app, sectionId, doc);
  provider.destroy();
  await app.prisma.client.otSection.update({ where: { id: sectionId }, data: { status: 'approved' } });
  await app.prisma.client.plan.updateMany({
    where: { otSection: { id: sectionId } },
    data: { meetingDate: new Date(Date.now() - 60 * DAY), annualReviewDate: new Date(Date.now() + 300 * DAY) },
  });
  for (const [days, correct] of [
    [20, 2],
    [5, 3],
  ] as const) {
    const res = await api(app, `/api/sections/${sectionId}/goal-data`, {
      method: 'POST',
      token: ot.token,
      body: { goalId, date: isoDay(Date.now() - days * DAY), value: { kind: 'trials', correct, total: 5 } },
    });
    expect(res.status).toBe(201);
  }
  return sectionId;
}

describe('progress reports in real browsers', () => {
  it('lets the OT draft a report from the data, edit and issue it, and the family acknowledge it in Spanish', async () => {
    const app = suite.app();
    const sectionId = await planWithData(app);
    await app.prisma.client.user.update({ where: { email: 'parent@demo.school' }, data: { locale: 'es' } });

    const ot = await suite.newPage('ot');
    await ot.setViewportSize({ width: 390, height: 844 });
    await openSection(ot, app.baseUrl, 'ot@demo.school');
    const panel = ot.getByTestId('progress-reports-panel');
    await panel.getByLabel('Period from').fill(isoDay(Date.now() - 30 * DAY));
    await panel.getByTestId('progress-draft').click();
    const narrative = panel.getByLabel('What the data shows');
    await narrative.waitFor();
    expect(await narrative.inputValue()).toContain('Se tomaron 2 mediciones');
    await narrative.fill('Mateo copia mejor: 60% esta semana.');
    await panel.getByTestId('progress-issue').click();
    await panel.getByTestId('progress-issue-confirm').click();
    await panel.getByText('Not yet acknowledged by the family.').waitFor();
    await panel.getByText('Mateo copia mejor: 60% esta semana.').waitFor();
    expect(await ot.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await checkPage(ot, 'ot-progress-reports-390');

    // The family is told in the app, in Spanish, and the notification leads to the report itself.
    const parent = await suite.newPage('parent');
    await parent.setViewportSize({ width: 720, height: 900 });
    await signIn(parent, app.baseUrl, 'parent@demo.school');
    await parent.getByTestId('notifications-button').click();
    const notice = parent
      .getByTestId('notification-list')
      .locator('li[data-kind="progress_report_issued"]')
      .getByRole('button', {
        name: /envió un informe de progreso sobre las metas de terapia ocupacional de Mateo Reyes/,
      });
    await notice.getByText('Léalo y confirme que lo recibió.').waitFor();
    // The list fades in: checked once it is drawn in full.
    await eventually(
      'the notification list to finish fading in',
      () =>
        parent.evaluate<string>(
          "getComputedStyle(document.querySelector('[data-testid=notification-list]').parentElement).opacity",
        ),
      (opacity) => opacity === '1',
    );
    await checkPage(parent, 'parent-progress-notification-es-720');
    await notice.click();
    const report = await app.prisma.client.progressReport.findFirstOrThrow({ where: { sectionId } });
    await eventually(
      'the report to have the focus',
      () => parent.evaluate<string>("document.activeElement?.id ?? ''"),
      (id) => id === `progress-report-${report.id}`,
    );
    const family = parent.getByTestId('progress-reports-panel');
    await family.getByText('Mateo copia mejor: 60% esta semana.').waitFor();
    await family.getByTestId('progress-acknowledge').click();
    await family.getByText(/confirmó que lo recibió/).waitFor();
    await checkPage(parent, 'parent-progress-reports-720');
    await parent.setViewportSize({ width: 390, height: 844 });
    expect(await parent.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await checkPage(parent, 'parent-progress-reports-390');
    expect(await app.prisma.client.progressReportReceipt.count()).toBe(1);

    // The annual review opens the plan as a draft again: the OT drafts the present levels from the
    // year's data, as a suggestion, with the keyboard, and accepts it.
    await app.prisma.client.otSection.update({ where: { id: sectionId }, data: { status: 'draft' } });
    await ot.reload();
    const draft = ot.getByTestId('present-levels-draft');
    await draft.getByRole('button', { name: "Draft from the year's data" }).focus();
    await ot.keyboard.press('Enter');
    await draft
      .getByRole('status')
      .getByText('The draft was added to the present levels as your suggestion.')
      .waitFor();
    const card = ot.getByTestId('suggestion-card').filter({ hasText: 'From the service log and goal data' });
    // Each goal's paragraph reads as sentences: its number, its words capitalised, then the data.
    await card
      .getByText(/Goal 1: Copies a 5-word sentence legibly\. Between .+, \d+ measurements? (was|were) taken\. /)
      .waitFor();
    const levels = ot.getByTestId('editor-presentLevels').locator('.ProseMirror');
    await levels.locator('.suggestion--insert').first().waitFor();
    expect(await ot.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await checkPage(ot, 'ot-present-levels-draft-390');
    await ot.setViewportSize({ width: 720, height: 900 });
    expect(await ot.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await checkPage(ot, 'ot-present-levels-draft-720');
    await card.getByRole('button', { name: /^Accept this suggestion/ }).click();
    await card.waitFor({ state: 'detached' });
    await eventually(
      'the accepted draft in the present levels',
      async () => ({
        text: await levels.textContent(),
        marks: await levels.locator('.suggestion--insert').count(),
      }),
      (v) =>
        v.marks === 0 &&
        (v.text ?? '').includes('From the service log and goal data') &&
        (v.text ?? '').includes('Goal 1: Copies a 5-word sentence legibly. Between '),
    );
    expect(suite.pageErrors).toEqual([]);
  });
});
