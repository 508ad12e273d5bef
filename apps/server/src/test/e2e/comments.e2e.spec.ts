import type { Page } from 'playwright-core';
import { browserSuite, checkPage, eventually, openSection as openSectionAt } from '../browser';
import { api, login } from '../test-app';

/**
 * Comment threads end to end: a parent selects the OT's words in "Present levels" (read-only for
 * them) and comments; the OT
 * sees the thread appear live (highlighted in the text) and replies; the parent sees the reply.
 */

const OT = 'ot@demo.school';
const PARENT = 'parent@demo.school';
const FINDING = 'Buttons take him ten minutes every morning.';
const COMMENT = 'Could we practise <b>buttons</b> at school too?';
const REPLY = 'Yes: I will add a buttoning goal and a home strategy.';
const TEST_MS = 120_000;

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
  it(
    'shows a parent’s comment live to the OT, highlighted in the text, and the OT’s reply live to the parent',
    async () => {
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
      await parent.getByTestId('notification-list').getByText('Olivia Torres (OT) mentioned you (Mateo Reyes)').click();
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
    },
    TEST_MS,
  );
});
