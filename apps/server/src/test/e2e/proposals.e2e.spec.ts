import type { Page } from 'playwright-core';
import { browserSuite, checkPage, eventually, openSection, transitionOf } from '../browser';

/**
 * Goal proposals in real browsers: the parent proposes a goal (the measurability check follows
 * their typing), the OT accepts it, and the goal appears, with where it came from, in the
 * teacher's open document. A parent is first asked plain questions ("What would you like Mateo
 * to be able to do?"), in English or Spanish; the OT turns the answers into a goal when accepting.
 * These people browse without asking for reduced motion: the form's dialog opens with its transition.
 */

const suite = browserSuite({ fullMotion: true });

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
    // The parent is asked in plain words first; this parent knows the goal fields and switches.
    const ownWords = parent.getByTestId('own-words-form');
    await ownWords.getByLabel('What would you like Mateo to be able to do?').waitFor();
    await parent.getByTestId('own-words-use-fields').click();
    const form = parent.getByRole('dialog');
    // Without reduced motion asked for, the dialog opens with its transition (0.2 s).
    expect(await transitionOf(form)).not.toBe('0s');
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
      'Proposed by Paula Reyes (Parent or guardian), accepted by Olivia Torres',
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

  it('lets a parent propose in plain words (English and Spanish) and the OT turn the words into a goal when accepting', async () => {
    const parent = await suite.newPage('parent-words');
    await openMateo(parent, 'parent@demo.school');
    await parent.getByTestId('language-switch').selectOption('es');
    await parent.getByTestId('propose-new').click();
    const form = parent.getByTestId('own-words-form');
    await form.getByLabel('¿Qué le gustaría que Mateo pudiera hacer?').waitFor();
    await checkPage(parent, 'parent-own-words-es');
    await parent.getByTestId('language-switch').selectOption('en');
    await form.getByLabel('What would you like Mateo to be able to do?').fill('Open his milk carton at lunch');
    await form.getByLabel('By when?').fill('Before the winter break');
    await form.getByLabel('How will we know Mateo can do it?').fill('He drinks his milk without asking for help');
    await checkPage(parent, 'parent-own-words-en');
    await parent.getByTestId('own-words-submit').click();
    await form.waitFor({ state: 'hidden' });
    const mine = parent.locator('[data-testid="proposal-card"][data-status="open"]');
    await mine.waitFor();
    expect(await mine.getByTestId('own-words-quote').textContent()).toContain('Open his milk carton at lunch');
    expect(await mine.getByTestId('proposal-status').textContent()).toBe('Waiting for the OT to write the goal');

    const ot = await suite.newPage('ot-words');
    await openMateo(ot, 'ot@demo.school');
    const card = ot.locator('[data-testid="proposal-card"][data-status="open"]');
    await card.waitFor();
    await card.getByTestId('proposal-accept').click();
    const translate = ot.getByTestId('proposal-form');
    await translate.getByTestId('own-words-quote').waitFor();
    // Pre-filled from the words: what → behaviour, when → timeframe, how we will know → criterion.
    expect(await translate.getByTestId('proposal-behavior').inputValue()).toBe('Open his milk carton at lunch');
    expect(await translate.getByTestId('proposal-timeframe').inputValue()).toBe('Before the winter break');
    await translate.getByLabel('Area').click();
    await ot.getByRole('option', { name: 'Self-care' }).click();
    await translate.getByTestId('proposal-baseline').fill('Opens a milk carton in 1 of 5 lunches');
    await translate.getByTestId('proposal-condition').fill('given a standard school milk carton');
    await translate.getByTestId('proposal-behavior').fill('Mateo will open his milk carton independently');
    await translate.getByTestId('proposal-criterion').fill('in 4 of 5 lunches');
    await translate.getByTestId('proposal-measurement').fill('lunch aide checklist');
    await checkPage(ot, 'ot-own-words-accept');
    await translate.getByTestId('proposal-submit').click();
    await translate.waitFor({ state: 'hidden' });
    await eventually(
      'the goal in the OT’s document',
      () =>
        ot
          .getByTestId('goal-behavior')
          .evaluateAll((fields) => fields.map((f) => (f as unknown as { value: string }).value)),
      (values) => values.includes('Mateo will open his milk carton independently'),
    );
    await eventually(
      'the parent’s proposal accepted, their words kept',
      () => parent.locator('[data-testid="proposal-card"][data-status="accepted"]').count(),
      (n) => n === 2,
    );
    expect(suite.pageErrors).toEqual([]);
  }, 180_000);
});
