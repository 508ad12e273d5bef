import type { Page } from 'playwright-core';
import { browserSuite, checkPage, eventually, moveCaret, openSection } from '../browser';
import { formatGoalDate, fragmentPlainText, type RichTextNode } from '@iep/shared';
import { api, login } from '../test-app';

/**
 * The goal bank and the version history in a real browser: the OT inserts a template (the
 * student's name and the review date filled in, the other blanks highlighted and reached by Tab),
 * saves a named version, changes the goal and present levels, and compares the version with now:
 * the changes read in words (changed words marked, fields as "from → to"), never as JSON.
 */

const suite = browserSuite();

async function openMateo(page: Page): Promise<void> {
  await openSection(page, suite.app().baseUrl, 'ot@demo.school');
  await page.getByTestId('goals-panel').waitFor();
}

describe('the goal bank and version history in a real browser', () => {
  it('inserts a goal from the bank with its blanks marked, saves a version, and shows the change since', async () => {
    const page = await suite.newPage('ot');
    await openMateo(page);

    await page.getByTestId('goal-bank-open').click();
    await page.getByTestId('goal-bank-search').fill('scissors');
    const result = page.getByTestId('goal-bank-result').first();
    await result.waitFor();
    await checkPage(page, 'ot-goal-bank');
    await result.getByTestId('goal-bank-insert').click();
    await eventually(
      'one goal card',
      () => page.getByTestId('goal-card').count(),
      (n) => n === 1,
    );
    const card = page.getByTestId('goal-card').first();
    const baseline = card.getByTestId('goal-baseline');
    expect(await baseline.inputValue()).toMatch(/\[\[\w+\]\]/);
    expect(await card.textContent()).toContain('Not yet measurable');

    // The blanks the app knows are filled: the student's first name, the annual review date.
    const sectionId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const ot = await login(suite.app(), 'ot@demo.school');
    const section = (await api(suite.app(), `/api/sections/${sectionId}`, { token: ot.token })).body as {
      annualReviewDate: string;
    };
    expect(await baseline.inputValue()).toMatch(/^Mateo snips the edge/);
    expect(await card.getByTestId('goal-timeframe').inputValue()).toBe(
      `By the annual IEP review on ${formatGoalDate(section.annualReviewDate.slice(0, 10), 'en') ?? ''}`,
    );
    const allText = await card.evaluate((el) =>
      [...el.querySelectorAll('input, textarea')].map((f) => (f as unknown as { value: string }).value).join(' '),
    );
    expect(allText).not.toMatch(/\[\[(student|date)\]\]/);

    // The blanks left are highlighted; arriving by keyboard selects one, typing fills it, Tab goes on.
    const selected = (field: typeof baseline) =>
      field.evaluate((el) => {
        const f = el as unknown as { value: string; selectionStart: number; selectionEnd: number };
        return f.value.slice(f.selectionStart, f.selectionEnd);
      });
    expect(await baseline.getAttribute('data-has-blank')).toBe('true');
    await checkPage(page, 'ot-goal-bank-blanks');
    await baseline.focus();
    await eventually(
      'the baseline blank selected',
      () => selected(baseline),
      (s) => s === '[[baseline_trials]]',
    );
    await page.keyboard.type('1');
    await eventually(
      'the blank filled',
      () => baseline.inputValue(),
      (v) => v.includes('in only 1 of 5 trials'),
    );
    expect(await baseline.getAttribute('data-has-blank')).toBeNull();
    await page.keyboard.press('Tab');
    const condition = card.getByTestId('goal-condition');
    await eventually(
      'the condition blank selected by Tab',
      () => selected(condition),
      (s) => s === '[[tool]]',
    );

    // The goal's rich-text description is its own live editor, stored with the goal.
    await page.getByTestId('goal-card').first().getByTestId('goal-description').locator('.ProseMirror').click();
    await page.keyboard.type('Cutting practice also at home.', { delay: 5 });
    await eventually(
      'the description stored',
      async () => {
        const res = await api(suite.app(), `/api/sections/${sectionId}`, { token: ot.token });
        const goals = (res.body as { structure: { goals: { description: RichTextNode | null }[] } }).structure.goals;
        return goals[0]?.description ? fragmentPlainText(goals[0].description) : '';
      },
      (text) => text === 'Cutting practice also at home.',
    );

    await card.getByTestId('goal-timeframe').fill('12 weeks');
    const levels = page.getByTestId('editor-presentLevels').locator('.ProseMirror');
    await levels.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Holds scissors with help.', { delay: 5 });
    await eventually(
      'saved',
      () => page.getByTestId('connection-state').getAttribute('data-state'),
      (s) => s === 'saved',
    );

    await page.getByTestId('versions-toggle').click();
    await page.getByTestId('version-name').fill('Before the meeting');
    await page.getByTestId('version-save').click();
    await eventually(
      'one saved version',
      () => page.getByTestId('version-item').count(),
      (n) => n === 1,
    );

    const criterion = page.getByTestId('goal-card').first().getByTestId('goal-criterion');
    await criterion.fill('in 5 of 5 trials');
    await card.getByTestId('goal-timeframe').fill('16 weeks');
    await card.getByTestId('goal-description').locator('.ProseMirror').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Twice a week.', { delay: 5 });
    await levels.locator('p').filter({ hasText: 'Holds scissors with help.' }).click();
    await moveCaret(page, levels, 'End');
    for (let i = 0; i < 'with help.'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('on his own.', { delay: 5 });
    await eventually(
      'saved',
      () => page.getByTestId('connection-state').getAttribute('data-state'),
      (s) => s === 'saved',
    );

    await page.getByRole('button', { name: 'Compare with now: version 1, Before the meeting' }).click();
    const compare = page.getByTestId('version-compare');
    await compare.waitFor();
    // The criterion's changed word, struck and inserted (said as "removed" / "added" to screen readers).
    const criterionLine = compare.locator('[data-testid="diff-field"][data-field="criterion"]');
    await eventually(
      'the criterion change in words',
      () => criterionLine.locator('ins').allTextContents(),
      (ins) => ins.includes('added: 5 (end of change)'),
    );
    expect(await criterionLine.locator('del').allTextContents()).toContain('removed: 4 (end of change)');
    expect(await criterionLine.textContent()).toContain(' of 5 trials');
    // A short field: both values whole, the old one struck, the new one inserted.
    const timeframe = compare.locator('[data-testid="diff-field"][data-field="timeframe"]');
    expect(await timeframe.locator('del').textContent()).toBe('12 weeks');
    expect(await timeframe.locator('ins').textContent()).toBe('16 weeks');
    expect((await timeframe.innerText()).replace(/\s+/g, ' ')).toMatch(
      /^Goal: Timeframe: 12 weeks → (changed to )?16 weeks$/,
    );
    // The rich-text description in words: the added words marked, said as "added" to screen readers.
    const description = compare.locator('[data-testid="diff-field"][data-field="description"]');
    expect(await description.locator('ins').allTextContents()).toEqual(['added:  Twice a week. (end of change)']);
    expect(await description.textContent()).toContain('Cutting practice also at home.');
    // Present levels: the changed words of the edited paragraph, struck and inserted.
    const part = compare.locator('[data-testid="diff-fragment"][data-part="presentLevels"]');
    expect((await part.locator('del').allTextContents()).join('|')).toContain('with help');
    expect((await part.locator('ins').allTextContents()).join('|')).toContain('on his own');
    expect(await part.textContent()).toContain('Holds scissors');
    expect(await compare.textContent()).not.toMatch(/"type"|\{"|\[\[object/);
    await checkPage(page, 'ot-version-compare');
    expect(suite.pageErrors).toEqual([]);
  });
});
