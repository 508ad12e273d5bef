import * as Y from 'yjs';
import { addGoal } from '@iep/shared';
import { api, collabToken, connectProvider, login, sectionOf, storedOnServer, synced, type TestApp } from '../test-app';
import { browserSuite, checkPage, openSection, signIn } from '../browser';

/**
 * Progress reports in real browsers (issue 22): the OT on a phone drafts a report from the goal
 * data, edits the narrative and issues it after confirming; the family, in Spanish, reads it and
 * acknowledges receipt.
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

    const parent = await suite.newPage('parent');
    await parent.setViewportSize({ width: 720, height: 900 });
    await signIn(parent, app.baseUrl, 'parent@demo.school');
    await parent.goto(`${app.baseUrl}/sections/${sectionId}`);
    const family = parent.getByTestId('progress-reports-panel');
    await family.getByText('Mateo copia mejor: 60% esta semana.').waitFor();
    await family.getByTestId('progress-acknowledge').click();
    await family.getByText(/confirmó que lo recibió/).waitFor();
    await checkPage(parent, 'parent-progress-reports-720');
    expect(await app.prisma.client.progressReportReceipt.count()).toBe(1);
    expect(suite.pageErrors).toEqual([]);
  });
});
