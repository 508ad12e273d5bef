import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { fragmentPlainText, fragmentToJson, SUGGESTION_INSERT } from '@iep/shared';
import { browserSuite, checkPage, eventually, moveCaret, openSection } from '../browser';
import { collabToken, connectProvider, login, synced } from '../test-app';

/**
 * Suggestion mode in real browsers, two people: the parent suggests in "Present levels" (a part they
 * may only suggest in), the OT sees it as it is typed and accepts or rejects each suggestion, and a
 * forged suggestion sent straight to the socket is refused. Screenshots at 720x900 and 390x844.
 */

const suite = browserSuite();

const presentLevels = (page: Page) => page.getByTestId('editor-presentLevels').locator('.ProseMirror');

/** The editor's words, without the other people's caret labels. */
async function editorText(page: Page): Promise<string> {
  let text = (await presentLevels(page).locator(':scope > *').allTextContents()).join('\n');
  for (const label of await presentLevels(page).locator('.collaboration-carets__caret').allTextContents())
    text = text.replace(label, '');
  return text.replace(/\u2060/g, '');
}

/** The words of the suggestions of one kind in the editor, without the caret labels inside them. */
async function marked(page: Page, kind: 'insert' | 'delete'): Promise<string> {
  let text = (await presentLevels(page).locator(`.suggestion--${kind}`).allTextContents()).join('');
  for (const label of await presentLevels(page).locator('.collaboration-carets__caret').allTextContents())
    text = text.replace(label, '');
  return text.replace(/\u2060/g, '');
}

async function openMateo(page: Page, email: string): Promise<void> {
  await openSection(page, suite.app().baseUrl, email);
  await presentLevels(page).waitFor();
}

async function shots(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [720, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await checkPage(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('suggestion mode in real browsers', () => {
  it('shows the parent’s suggestions to the OT as they are typed, and the OT’s decisions to the parent', async () => {
    const ot = await suite.newPage('ot');
    await openMateo(ot, 'ot@demo.school');
    await presentLevels(ot).click();
    await ot.keyboard.press('Control+End');
    await ot.keyboard.type('Uses a pencil for writing.', { delay: 20 });

    const parent = await suite.newPage('parent');
    await openMateo(parent, 'parent@demo.school');
    await eventually(
      'the parent to have the OT’s text',
      () => editorText(parent),
      (t) => t.includes('for writing.'),
    );
    expect(await parent.getByTestId('mode-presentLevels').textContent()).toBe('Suggesting');

    // An addition at the end, then a removal at the start: two suggestions.
    await presentLevels(parent).click();
    await parent.keyboard.press('Control+End');
    await parent.keyboard.type(' Needs a grip.', { delay: 30 });
    await moveCaret(parent, presentLevels(parent), 'Control+Home');
    for (let i = 0; i < 5; i++) await parent.keyboard.press('Delete');
    await eventually(
      'the parent’s own cards',
      () => parent.getByTestId('suggestion-card').count(),
      (n) => n === 2,
    );
    // Nothing was removed: the words stay, marked for deletion.
    expect(await editorText(parent)).toContain('Uses a pencil for writing. Needs a grip.');
    expect(await marked(parent, 'insert')).toBe(' Needs a grip.');
    // The last key's mark is drawn a moment after the cards count two: wait for it.
    await eventually(
      'all five characters marked for removal',
      () => marked(parent, 'delete'),
      (t) => t === 'Uses ',
    );

    await eventually(
      'the OT to see both suggestions, live',
      () => ot.getByTestId('suggestion-card').count(),
      (n) => n === 2,
    );
    expect(await marked(ot, 'insert')).toBe(' Needs a grip.');
    await shots(ot, 'suggestions-ot-open');
    await shots(parent, 'suggestions-parent-open');

    // The parent starts a thread on the removal from its card; the OT sees "1 comment" there and replies.
    await parent
      .getByTestId('suggestion-card')
      .filter({ hasText: 'Uses' })
      .getByRole('button', { name: /^Discuss this suggestion/ })
      .click();
    await parent.getByTestId('new-thread-input').fill('Please keep "Uses": the sentence needs it.');
    await parent.getByTestId('new-thread-input-submit').click();
    const otRemovalCard = ot.getByTestId('suggestion-card').filter({ hasText: 'Uses' });
    await eventually(
      'the OT to see the comment counted on the removal’s card',
      () => otRemovalCard.getByTestId('suggestion-comments').textContent(),
      (t) => t === '1 comment',
    );
    expect(
      await ot
        .getByTestId('suggestion-card')
        .filter({ hasText: 'Needs a grip.' })
        .getByTestId('suggestion-comments')
        .count(),
    ).toBe(0);
    await otRemovalCard.getByTestId('suggestion-comments').click();
    const otThread = ot.getByTestId('thread').filter({ hasText: 'the sentence needs it' });
    expect(await otThread.getByTestId('thread-suggestion-state').getAttribute('data-state')).toBe('open');
    await otThread.getByTestId('reply-input').fill('Agreed, I will reject it.');
    await otThread.getByTestId('reply-input-submit').click();
    await eventually(
      'the parent’s card to count both comments',
      () =>
        parent
          .getByTestId('suggestion-card')
          .filter({ hasText: 'Uses' })
          .getByTestId('suggestion-comments')
          .textContent(),
      (t) => t === '2 comments',
    );

    const addition = ot.getByTestId('suggestion-card').filter({ hasText: 'Needs a grip.' });
    await addition.getByRole('button', { name: /^Accept this suggestion/ }).click();
    const removal = ot.getByTestId('suggestion-card').filter({ hasText: 'Uses' });
    await removal.getByRole('button', { name: /^Reject this suggestion/ }).click();

    await eventually(
      'the parent to see both decided',
      () => parent.getByTestId('suggestion-card').count(),
      (n) => n === 0,
    );
    expect(await editorText(parent)).toContain('Uses a pencil for writing. Needs a grip.');
    expect(await presentLevels(parent).locator('ins, del').count()).toBe(0);
    // The thread stays readable in the sidebar and says what became of the suggestion, live.
    const parentThread = parent.getByTestId('thread').filter({ hasText: 'the sentence needs it' });
    await eventually(
      'the parent’s thread to say the suggestion was rejected',
      () => parentThread.getByTestId('thread-suggestion-state').textContent(),
      (t) => t === 'The suggestion was rejected.',
    );
    expect(await parentThread.getByTestId('comment-body').allTextContents()).toEqual([
      'Please keep "Uses": the sentence needs it.',
      'Agreed, I will reject it.',
    ]);
    await shots(parent, 'suggestions-parent-decided');
    expect(suite.pageErrors).toEqual([]);
  }, 240_000);

  it('refuses a forged suggestion on the socket and the OT’s page never shows it', async () => {
    const app = suite.app();
    const ot = await suite.newPage('ot');
    await openMateo(ot, 'ot@demo.school');
    const session = await login(app, 'parent@demo.school');
    const sectionId = new URL(ot.url()).pathname.split('/').pop() ?? '';
    const doc = new Y.Doc();
    const provider = connectProvider(app, sectionId, await collabToken(app, session, sectionId), doc);
    try {
      await synced(provider);
      const closed = new Promise<number>((resolve) => provider.on('connection-close', (e) => resolve(e?.code ?? 0)));
      const p = doc.getXmlFragment('presentLevels').get(0);
      const text = p instanceof Y.XmlElement ? p.get(0) : null;
      if (!(text instanceof Y.XmlText)) throw new Error('no text in present levels');
      // The parent's socket, a mark that names the OT.
      const otUser = await app.prisma.client.user.findFirstOrThrow({ where: { email: 'ot@demo.school' } });
      text.insert(0, 'FORGED ', {
        [SUGGESTION_INSERT]: {
          id: 'forged',
          authorId: otUser.id,
          authorName: otUser.name,
          role: 'ot',
          at: new Date().toISOString(),
        },
      });
      expect(await closed).toBe(4400);
      provider.disconnect();
      expect(fragmentPlainText(fragmentToJson(doc.getXmlFragment('presentLevels')))).toContain('FORGED');
    } finally {
      provider.destroy();
    }
    // The OT types after the refusal: their words arrive, the forged ones never do.
    await presentLevels(ot).click();
    await ot.keyboard.press('Control+End');
    await ot.keyboard.type(' Checked.', { delay: 20 });
    const fresh = await suite.newPage('teacher');
    await openMateo(fresh, 'teacher@demo.school');
    await eventually(
      'the teacher to have the OT’s words',
      () => editorText(fresh),
      (t) => t.includes('Checked.'),
    );
    expect(await editorText(fresh)).not.toContain('FORGED');
    expect(await editorText(ot)).not.toContain('FORGED');
    expect(await ot.getByTestId('suggestion-card').filter({ hasText: 'FORGED' }).count()).toBe(0);
  });
});
