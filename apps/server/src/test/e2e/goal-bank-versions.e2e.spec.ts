import type { Page } from 'playwright-core';
import { browserSuite, checkPage, eventually, openSection } from '../browser';
import { formatGoalDate, fragmentPlainText, type RichTextNode } from '@iep/shared';
import { api, login } from '../test-app';

/**
 * The goal bank and the version history in a real browser: the OT inserts a template (the
 * student's name and the review date filled in, the other blanks highlighted and reached by Tab), saves a named version, changes the goal, and compares the version with now.
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
    await eventually(
      'saved',
      () => page.getByTestId('connection-state').getAttribute('data-state'),
      (s) => s === 'saved',
    );

    await page.getByRole('button', { name: 'Compare with now: version 1, Before the meeting' }).click();
    const compare = page.getByTestId('version-compare');
    await compare.waitFor();
    await eventually(
      'the criterion change in words',
      async () => (await compare.textContent()) ?? '',
      (text) => text.includes('in 5 of 5 trials'),
    );
    await checkPage(page, 'ot-version-compare');
    expect(suite.pageErrors).toEqual([]);
  }, 120_000);
});
