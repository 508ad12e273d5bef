import type { Locator, Page } from 'playwright-core';
import * as Y from 'yjs';
import { addGoal, goalMap } from '@iep/shared';
import { browserSuite, checkPage, eventually, moveCaret, openSection } from '../browser';
import { collabToken, connectProvider, login, storedOnServer, synced } from '../test-app';

/**
 * Suggest mode inside a goal's description (a rich-text part nested in the goals), two people in real
 * browsers: the parent, who may not edit the goals, suggests there; the OT sees the cards say
 * "Goal N · description", accepts the addition and rejects the removal; the parent sees both decided.
 * Screenshots at 720x900 and 390x844.
 */

const suite = browserSuite();

/** The OT adds a goal described "Writes with a pencil." through their own document socket. */
async function goalFromOt(sectionId: string): Promise<string> {
  const app = suite.app();
  const session = await login(app, 'ot@demo.school');
  const doc = new Y.Doc();
  const provider = connectProvider(app, sectionId, await collabToken(app, session, sectionId), doc);
  try {
    await synced(provider);
    const goalId = addGoal(doc, { behavior: 'copies a 5-word sentence legibly', criterion: '4 of 5 trials' });
    const description = goalMap(doc, goalId)?.get('description');
    if (!(description instanceof Y.XmlFragment)) throw new Error('no description');
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText('Writes with a pencil.')]);
    description.insert(0, [p]);
    await storedOnServer(app, sectionId, doc);
    return goalId;
  } finally {
    provider.destroy();
  }
}

const descriptionOf = (page: Page, goalId: string): Locator => page.locator(`#goals-${goalId}-description`);

/** The description's words, and those of one kind of suggestion in it. */
const textOf = async (editor: Locator): Promise<string> =>
  (await editor.locator(':scope > *').allTextContents()).join('\n').replace(/\u2060/g, '');
const marked = async (editor: Locator, kind: 'insert' | 'delete'): Promise<string> =>
  (await editor.locator(`.suggestion--${kind}`).allTextContents()).join('').replace(/\u2060/g, '');

async function shots(page: Page, name: string, focus: Locator): Promise<void> {
  for (const [width, height] of [
    [720, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await focus.scrollIntoViewIfNeeded();
    await checkPage(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('suggestions in a goal’s description, in real browsers', () => {
  it('lets the parent suggest in a goal’s description and the OT accept and reject, live for both', async () => {
    const baseUrl = suite.app().baseUrl;
    const ot = await suite.newPage('ot');
    await openSection(ot, baseUrl, 'ot@demo.school');
    await ot.getByTestId('editor-presentLevels').waitFor();
    const sectionId = new URL(ot.url()).pathname.split('/').pop() ?? '';
    const goalId = await goalFromOt(sectionId);
    await descriptionOf(ot, goalId).waitFor();

    const parent = await suite.newPage('parent');
    await openSection(parent, baseUrl, 'parent@demo.school');
    const parentDescription = descriptionOf(parent, goalId);
    await eventually(
      'the parent to have the goal’s description',
      () => textOf(parentDescription),
      (t) => t === 'Writes with a pencil.',
    );
    // The goal's fields stay read-only for the parent; its description takes suggestions only.
    expect(await parent.getByTestId(`mode-goal-${goalId}`).textContent()).toBe('Suggesting');
    expect(await ot.getByTestId(`mode-goal-${goalId}`).getByRole('radio').count()).toBe(2);

    await parentDescription.click();
    await moveCaret(parent, parentDescription, 'End');
    await parent.keyboard.type(' Every day.', { delay: 30 });
    await moveCaret(parent, parentDescription, 'Home');
    for (let i = 0; i < 7; i++) await parent.keyboard.press('Delete');
    await eventually(
      'the parent’s two cards',
      () => parent.getByTestId('suggestion-card').count(),
      (n) => n === 2,
    );
    await eventually(
      'the removal marked, the words kept',
      () => marked(parentDescription, 'delete'),
      (t) => t === 'Writes ',
    );
    expect(await marked(parentDescription, 'insert')).toBe(' Every day.');

    const otCards = ot.getByTestId('suggestion-card');
    await eventually(
      'the OT to see both suggestions, live',
      () => otCards.count(),
      (n) => n === 2,
    );
    const places = await otCards.getByTestId('suggestion-place').allTextContents();
    expect(new Set(places).size).toBe(1);
    expect(places[0]).toMatch(/^Goal \d+ · description$/);
    expect(await marked(descriptionOf(ot, goalId), 'insert')).toBe(' Every day.');
    await shots(parent, 'goal-suggestions-parent-open', parentDescription);
    await shots(ot, 'goal-suggestions-ot-open', otCards.first());

    await otCards
      .filter({ hasText: 'Every day.' })
      .getByRole('button', { name: /^Accept this suggestion/ })
      .click();
    await otCards
      .filter({ hasText: 'Writes' })
      .getByRole('button', { name: /^Reject this suggestion/ })
      .click();
    await eventually(
      'the parent to see both decided',
      () => parent.getByTestId('suggestion-card').count(),
      (n) => n === 0,
    );
    await eventually(
      'the parent’s description to read the accepted text',
      () => textOf(parentDescription),
      (t) => t === 'Writes with a pencil. Every day.',
    );
    expect(await parentDescription.locator('ins, del').count()).toBe(0);
    await shots(ot, 'goal-suggestions-ot-decided', descriptionOf(ot, goalId));
    expect(suite.pageErrors).toEqual([]);
  }, 240_000);
});
