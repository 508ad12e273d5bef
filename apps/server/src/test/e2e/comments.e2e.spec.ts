import type { Page } from 'playwright-core';
import { browserSuite, checkPage, eventually, openSection as openSectionAt } from '../browser';
import { api, login } from '../test-app';

/**
 * Comment threads end to end: a parent selects the OT's words in "Present levels" (read-only for
 * them) and comments; the OT
 * sees the thread appear live (highlighted in the text) and replies; the parent sees the reply.
 * The OT @mentions the teacher by typing "@To" and picking him from the list: he is notified and
 * the notification opens that thread.
 */

const OT = 'ot@demo.school';
const PARENT = 'parent@demo.school';
const FINDING = 'Buttons take him ten minutes every morning.';
const COMMENT = 'Could we practise <b>buttons</b> at school too?';
const REPLY = 'Yes: I will add a buttoning goal and a home strategy.';

const suite = browserSuite();

const newPage = (who: string): Promise<Page> => suite.newPage(who);

async function openSection(page: Page, email: string): Promise<void> {
  await openSectionAt(page, suite.app().baseUrl, email);
  await page.waitForURL(/\/sections\/[0-9a-f-]+$/);
  await page.getByTestId('editor-parentConcerns').locator('.ProseMirror').waitFor();
  await page.getByTestId('thread-sidebar').waitFor();
}

function threadBodies(page: Page): Promise<string[]> {
  return page.getByTestId('thread-list').getByTestId('comment-body').allTextContents();
}

describe('comment threads in real browsers', () => {
  it('shows a parent’s comment live to the OT, highlighted in the text, and the OT’s reply live to the parent', async () => {
    const [ot, parent] = await Promise.all([newPage('ot'), newPage('parent')]);
    await Promise.all([openSection(ot, OT), openSection(parent, PARENT)]);

    // The OT writes a finding; the parent, who may only suggest in it, selects it and comments.
    await ot.getByTestId('editor-presentLevels').locator('.ProseMirror').click();
    await ot.keyboard.type(FINDING, { delay: 10 });
    const levels = parent.getByTestId('editor-presentLevels').locator('.ProseMirror');
    await eventually(
      'the finding on the parent’s page',
      () => levels.textContent(),
      (text) => (text ?? '').includes(FINDING),
    );
    // A staff part: the parent may only suggest in it (Suggest mode), and comment on it.
    expect(await parent.getByTestId('editor-presentLevels').getAttribute('data-mode')).toBe('suggest');
    await levels.locator('p').first().selectText();
    const commentButton = parent.getByTestId('comment-presentLevels');
    await eventually(
      'the Comment button to enable',
      () => commentButton.isEnabled(),
      (enabled) => enabled,
    );
    await commentButton.click();
    const newThread = parent.getByTestId('new-thread');
    await newThread.getByText(FINDING).waitFor();
    await parent.getByTestId('new-thread-input').fill(COMMENT);
    await parent.getByTestId('new-thread-input-submit').click();
    await eventually(
      'the parent’s thread in their own list',
      () => threadBodies(parent),
      (b) => b.includes(COMMENT),
    );

    // The OT sees it appear without reloading: markup shown as text, the words highlighted.
    await eventually(
      'the thread on the OT’s page',
      () => threadBodies(ot),
      (b) => b.includes(COMMENT),
    );
    expect(await ot.getByTestId('thread-list').locator('b').count()).toBe(0);
    const highlight = ot.getByTestId('editor-presentLevels').locator('.comment-highlight');
    await eventually(
      'the highlighted words on the OT’s page',
      () => highlight.allTextContents(),
      (t) => t.join('').replace(/\u2060/g, '') === FINDING,
    );
    expect(await parent.getByTestId('parent-input-state').allTextContents()).toEqual(['Open']);

    // The OT replies; the parent sees the reply and their input marked answered.
    const thread = ot.getByTestId('thread').filter({ hasText: COMMENT });
    await thread.getByTestId('reply-input').fill(REPLY);
    await thread.getByTestId('reply-input-submit').click();
    await eventually(
      'the reply on the parent’s page',
      () => threadBodies(parent),
      (b) => b.includes(REPLY),
    );
    await eventually(
      'the parent input answered',
      () => parent.getByTestId('parent-input-state').allTextContents(),
      (s) => s.join() === 'Answered',
    );

    // The OT @mentions the parent: the unread count appears in the parent's header without a reload.
    const otSession = await login(suite.app(), OT);
    const parentSession = await login(suite.app(), PARENT);
    const threadId = (await thread.getAttribute('data-thread-id')) ?? '';
    const mention = await api(suite.app(), `/api/threads/${threadId}/comments`, {
      method: 'POST',
      token: otSession.token,
      body: { body: 'See you on Tuesday.', mentions: [parentSession.userId] },
    });
    expect(mention.status).toBe(201);
    const unread = parent.getByTestId('unread-count');
    await eventually(
      'the unread count on the parent’s page',
      () => unread.textContent(),
      (text) => text === '1',
    );
    await parent.getByTestId('notifications-button').click();
    await parent.getByTestId('notification-list').getByText('Olivia Torres mentioned you (Mateo Reyes)').click();
    await eventually(
      'the count gone once read',
      () => unread.count(),
      (n) => n === 0,
    );
    // It opened the exact thread (in focus, on screen) and the list got out of the way.
    expect(new URL(parent.url()).hash).toBe(`#thread-${threadId}`);
    await parent.getByTestId('notification-list').waitFor({ state: 'hidden' });
    await eventually(
      'the mentioned thread in keyboard focus',
      () => parent.evaluate('document.activeElement && document.activeElement.getAttribute("data-thread-id")'),
      (id) => id === threadId,
    );

    await checkPage(ot, 'ot-comments');
    await checkPage(parent, 'parent-comments');
    expect(suite.pageErrors).toEqual([]);
  });

  it('offers team members after "@" and letters (arrows, Escape, Enter), stores the pick as a mention and notifies them, opening the thread', async () => {
    const [ot, teacher] = await Promise.all([newPage('ot-mention'), newPage('teacher-mention')]);
    await Promise.all([openSection(ot, OT), openSection(teacher, 'teacher@demo.school')]);

    const sentence = 'He tires after ten minutes of copying.';
    const levels = ot.getByTestId('editor-presentLevels').locator('.ProseMirror');
    await levels.click();
    await ot.keyboard.press('Control+End');
    await ot.keyboard.press('Enter');
    await ot.keyboard.type(sentence);
    await levels.locator('p').filter({ hasText: sentence }).selectText();
    const commentButton = ot.getByTestId('comment-presentLevels');
    await eventually(
      'the Comment button to enable',
      () => commentButton.isEnabled(),
      (enabled) => enabled,
    );
    await commentButton.click();
    const box = ot.getByTestId('new-thread-input');
    const list = ot.getByTestId('new-thread-input-mentions');
    await box.click();
    await box.pressSequentially('Could you try the slant board, @To');
    await list.waitFor();
    // A list box the text box points at: the highlighted option is its active descendant.
    expect(await list.getAttribute('role')).toBe('listbox');
    expect(await box.getAttribute('aria-controls')).toBe(await list.getAttribute('id'));
    expect(await box.getAttribute('aria-autocomplete')).toBe('list');
    const options = list.getByRole('option');
    expect(await options.allTextContents()).toContain('Tom Baker');
    expect(await options.allTextContents()).not.toContain('Olivia Torres');
    await checkPage(ot, 'ot-mention-list');
    // Escape closes the list and leaves the text; deleting the @ and typing it again reopens it.
    await box.press('Escape');
    await list.waitFor({ state: 'detached' });
    expect(await box.inputValue()).toBe('Could you try the slant board, @To');
    for (let i = 0; i < 3; i++) await box.press('Backspace');
    await box.pressSequentially('@To');
    await list.waitFor();
    // Arrows move the highlight (wrapping round); Enter picks the highlighted person.
    const activeName = async (): Promise<string> => {
      const id = (await box.getAttribute('aria-activedescendant')) ?? '';
      return (await ot.locator(`[id="${id}"]`).textContent()) ?? '';
    };
    for (let i = 0; i < 8 && (await activeName()) !== 'Tom Baker'; i++) await box.press('ArrowDown');
    expect(await activeName()).toBe('Tom Baker');
    expect(await list.locator('[aria-selected="true"]').textContent()).toBe('Tom Baker');
    await box.press('Enter');
    await list.waitFor({ state: 'detached' });
    await box.pressSequentially('in class this week?');
    const body = 'Could you try the slant board, @Tom Baker in class this week?';
    expect(await box.inputValue()).toBe(body);
    await ot.getByTestId('new-thread-input-submit').click();
    const thread = ot.getByTestId('thread').filter({ hasText: body });
    await thread.waitFor();
    // Stored as a mention the server understands: the thread says whom it mentions.
    await thread.getByText('Mentioned: Tom Baker').waitFor();
    const threadId = (await thread.getAttribute('data-thread-id')) ?? '';

    // Tom is notified live; the notification opens that very thread, in keyboard focus.
    await teacher.getByTestId('unread-count').waitFor();
    await teacher.getByTestId('notifications-button').click();
    await teacher
      .getByTestId('notification-list')
      .getByText('Olivia Torres mentioned you (Mateo Reyes)')
      .first()
      .click();
    await eventually(
      'the teacher at the mentioned thread',
      () => Promise.resolve(new URL(teacher.url()).hash),
      (hash) => hash === `#thread-${threadId}`,
    );
    await eventually(
      'the mentioned thread in keyboard focus',
      () => teacher.evaluate('document.activeElement && document.activeElement.getAttribute("data-thread-id")'),
      (id) => id === threadId,
    );
    expect(suite.pageErrors).toEqual([]);
  });
});
