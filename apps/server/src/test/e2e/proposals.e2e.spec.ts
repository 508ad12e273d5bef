import type { Page } from 'playwright-core';
import { browserSuite, checkPage, eventually, openSection } from '../browser';

/**
 * Goal proposals in real browsers: the parent proposes a goal (the measurability check follows
 * their typing), the OT accepts it, and the goal appears, with where it came from, in the
 * teacher's open document.
 */

const suite = browserSuite();

async function openMateo(page: Page, email: string): Promise<void> {
  await openSection(page, suite.app().baseUrl, email);
  await page.getByTestId('proposals-panel').waitFor();
}

describe('goal proposals in real browsers', () => {
  it('shows a parent’s proposal, once the OT accepts it, as a goal in the teacher’s open document', async () => {
    const teacher = await suite.newPage('teacher');
    await openMateo(teacher, 'teacher@demo.school');
    expect(await teacher.getByTestId('goal-card').count()).toBe(0);

    const parent = await suite.newPage('parent');
    await openMateo(parent, 'parent@demo.school');
    await parent.getByTestId('propose-new').click();
    const form = parent.getByRole('dialog');
    await form.getByLabel('Area').click();
    await parent.getByRole('option', { name: 'Self-care' }).click();
    await form.getByLabel('Baseline').fill('Buttons a coat in 1 of 5 trials');
    await form.getByLabel('Condition').fill('given a coat with large buttons');
    await form.getByLabel('Behavior').fill('Mateo will button his coat by himself');
    await form.getByLabel('Criterion').fill('most days');
    const check = form.getByTestId('proposal-measurability');
    await eventually(
      'the measurability check to flag the criterion',
      () => check.textContent(),
      (text) => (text ?? '').includes('the criterion has no number'),
    );
    await form.getByLabel('Criterion').fill('in 4 of 5 trials');
    await form.getByLabel('Timeframe').fill('by the annual review');
    await form.getByLabel('How progress is measured').fill('observation at recess');
    await form.getByLabel('Rationale').fill('Winter recess: he waits for help with his coat.');
    await eventually(
      'the proposal to read as measurable',
      () => check.getAttribute('data-measurable'),
      (m) => m === 'true',
    );
    await checkPage(parent, 'parent-proposal-form');
    await form.getByTestId('proposal-submit').click();
    await form.waitFor({ state: 'hidden' });
    await parent.getByTestId('proposal-card').waitFor();

    const ot = await suite.newPage('ot');
    await openMateo(ot, 'ot@demo.school');
    const card = ot.getByTestId('proposal-card');
    await card.waitFor();
    expect(await card.textContent()).toContain('Mateo will button his coat by himself');
    await checkPage(ot, 'ot-proposals');
    await card.getByTestId('proposal-accept').click();
    await eventually(
      'the proposal accepted on the OT’s page',
      () => card.getAttribute('data-status'),
      (s) => s === 'accepted',
    );

    await eventually(
      'the goal in the teacher’s open document',
      () => teacher.getByTestId('goal-card').count(),
      (n) => n === 1,
    );
    const goal = teacher.getByTestId('goal-card').first();
    expect(await goal.getByTestId('goal-behavior').inputValue()).toBe('Mateo will button his coat by himself');
    expect(await goal.getByTestId('goal-provenance').textContent()).toContain(
      'Proposed by Paula Reyes (Parent) (Parent or guardian), accepted by Olivia Torres (OT)',
    );
    await eventually(
      'the teacher’s proposal list to follow',
      () => teacher.getByTestId('proposal-card').getAttribute('data-status'),
      (s) => s === 'accepted',
    );
    await eventually(
      'the parent’s page to show the decision',
      () => parent.getByTestId('proposal-card').getAttribute('data-status'),
      (s) => s === 'accepted',
    );
    await checkPage(teacher, 'teacher-accepted-goal');
    expect(suite.pageErrors).toEqual([]);
  }, 180_000);
});
