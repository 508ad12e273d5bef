import type { Page } from 'playwright-core';
import { browserSuite, checkPage, eventually, openSection as openSectionAt } from '../browser';

/**
 * Removing and restoring a structured record in real browsers (issue 19): the OT removes a
 * half-filled goal by keyboard on a phone-sized page, after one confirm step; the teacher's page sees
 * it go live; the goal waits in "Removed items" and comes back, text intact, when the OT restores it.
 */

const OT = 'ot@demo.school';
const TEACHER = 'teacher@demo.school';
const COMPLETE = 'copies a 5-word sentence legibly';
const HALF = 'in 4 of 5 trials';

const suite = browserSuite();

async function openSection(page: Page, email: string): Promise<void> {
  await openSectionAt(page, suite.app().baseUrl, email);
  await page.getByTestId('goals-panel').waitFor();
  await eventually(
    'the document saved',
    () => page.getByTestId('connection-state').getAttribute('data-state'),
    (s) => s === 'saved',
  );
}

const cards = (page: Page) => page.getByTestId('goal-card');
const countCards = (page: Page): Promise<number> => cards(page).count();
const focusedTestId = async (page: Page): Promise<string> =>
  (await page.locator(':focus').getAttribute('data-testid')) ?? '';

async function typeInto(page: Page, card: number, field: string, text: string): Promise<void> {
  await cards(page).nth(card).getByTestId(`goal-${field}`).click();
  await page.keyboard.type(text, { delay: 20 });
}

describe('removing and restoring a goal in real browsers', () => {
  it('lets the OT remove a half-filled goal by keyboard at 390 px after a confirm step; the teacher sees it go and come back on restore', async () => {
    const [ot, teacher] = await Promise.all([suite.newPage('ot'), suite.newPage('teacher')]);
    await ot.setViewportSize({ width: 390, height: 844 });
    await Promise.all([openSection(ot, OT), openSection(teacher, TEACHER)]);

    await ot.getByRole('button', { name: 'Add goal' }).click();
    await eventually(
      'one goal card',
      () => countCards(ot),
      (n) => n === 1,
    );
    await typeInto(ot, 0, 'behavior', COMPLETE);
    await ot.getByRole('button', { name: 'Add goal' }).click();
    await eventually(
      'two goal cards',
      () => countCards(ot),
      (n) => n === 2,
    );
    await typeInto(ot, 1, 'criterion', HALF);
    await eventually(
      'both goals on the teacher’s page',
      async () => [await countCards(teacher), await cards(teacher).nth(1).getByTestId('goal-criterion').inputValue()],
      ([n, text]) => n === 2 && text === HALF,
    );
    await teacher
      .getByTestId('compliance-panel')
      .getByText(/^Goal 2 is not yet measurable/)
      .waitFor();

    // Remove, then think better of it: Escape leaves the goal and puts focus back on Remove.
    const removeSecond = ot.getByRole('button', { name: 'Remove Goal 2' });
    await removeSecond.focus();
    await ot.keyboard.press('Enter');
    await eventually(
      'focus on the confirm button',
      () => focusedTestId(ot),
      (id) => id === 'goal-remove-confirm',
    );
    await ot.getByText('Remove Goal 2 from the plan? It stays in the history and can be restored.').waitFor();
    await checkPage(ot, 'ot-remove-confirm-390');
    await ot.keyboard.press('Escape');
    await eventually(
      'focus back on Remove',
      () => focusedTestId(ot),
      (id) => id === 'goal-remove',
    );
    expect(await countCards(ot)).toBe(2);

    // Remove for real, by keyboard: Enter on Remove, Enter on "Yes, remove".
    await ot.keyboard.press('Enter');
    await eventually(
      'focus on the confirm button',
      () => focusedTestId(ot),
      (id) => id === 'goal-remove-confirm',
    );
    await ot.keyboard.press('Enter');
    await eventually(
      'one goal on the OT’s page',
      () => countCards(ot),
      (n) => n === 1,
    );
    await eventually(
      'the teacher sees the goal go',
      () => countCards(teacher),
      (n) => n === 1,
    );
    expect(await cards(teacher).first().getByTestId('goal-behavior').inputValue()).toBe(COMPLETE);
    await eventually(
      'the removed goal’s check gone on the teacher’s page',
      () =>
        teacher
          .getByTestId('compliance-panel')
          .getByText(/^Goal 2 is /)
          .count(),
      (n) => n === 0,
    );

    const removedList = ot.getByTestId('removed-goals');
    await removedList.getByText('Removed items (1)').waitFor();
    const item = removedList.getByTestId('removed-item');
    expect(await item.textContent()).toContain(`Goal: ${HALF}`);
    expect(await item.textContent()).toContain('Removed by Olivia Torres');
    await teacher.getByTestId('removed-goals').getByText('Removed items (1)').waitFor();
    // Nothing wider than the phone: the page does not scroll sideways.
    expect(await ot.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await checkPage(ot, 'ot-removed-goals-390');

    // Restore by keyboard: the goal comes back where it was, its text intact, on both pages.
    await ot.getByRole('button', { name: `Restore Goal: ${HALF}` }).focus();
    await ot.keyboard.press('Enter');
    await eventually(
      'two goals again on the OT’s page',
      () => countCards(ot),
      (n) => n === 2,
    );
    await eventually(
      'the teacher sees the goal come back with its criterion',
      async () => [await countCards(teacher), await cards(teacher).nth(1).getByTestId('goal-criterion').inputValue()],
      ([n, text]) => n === 2 && text === HALF,
    );
    expect(await ot.getByTestId('removed-goals').count()).toBe(0);
    await eventually(
      'focus on the restored goal',
      async () => (await ot.locator(':focus').getAttribute('data-goal-id')) ?? '',
      (id) => id !== '',
    );
    expect(suite.pageErrors).toEqual([]);
  });
});
