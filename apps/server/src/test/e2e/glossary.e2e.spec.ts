import type { Page } from 'playwright-core';
import { getGlossaryEntry } from '@iep/shared';
import { browserSuite, checkPage, eventually, openSection } from '../browser';

/**
 * Glossary terms explained where they appear, in a real browser: typed into the live editor, a term
 * is underlined with its explanation as a tooltip, and the line under the editor explains the term
 * at the cursor (for keyboard and screen-reader users), in the reader's language.
 */

const suite = browserSuite();

function explanation(locale: 'en' | 'es'): string {
  const entry = getGlossaryEntry('sensory-diet');
  if (!entry) throw new Error('no glossary entry "sensory-diet"');
  return entry[locale].explanation;
}

const presentLevels = (page: Page) => page.getByTestId('editor-presentLevels');

describe('glossary terms explained in the live editor', () => {
  it('underlines a typed term with its explanation and explains the term at the cursor, in English then Spanish', async () => {
    const page = await suite.newPage('ot');
    await openSection(page, suite.app().baseUrl, 'ot@demo.school');
    const editor = presentLevels(page).locator('.ProseMirror');
    await editor.waitFor();

    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('He follows a sensory diet', { delay: 10 });
    const term = presentLevels(page).locator('[data-glossary-term="sensory-diet"]').first();
    await term.waitFor();
    expect(await term.textContent()).toBe('sensory diet');
    expect(await term.getAttribute('title')).toBe(explanation('en'));

    // The cursor is at the end of the term just typed: the line under the editor explains it.
    const atCursor = presentLevels(page).locator('xpath=..').getByTestId('glossary-at-cursor');
    await eventually(
      'the explanation at the cursor',
      async () => (await atCursor.textContent()) ?? '',
      (text) => text.includes(explanation('en')),
    );
    expect(await atCursor.getAttribute('role')).toBe('status');
    expect(await atCursor.textContent()).toContain('What “sensory diet” means:');
    await checkPage(page, 'ot-glossary-at-cursor');

    // Moving the cursor away empties the line; moving back into the term with the keyboard fills it.
    await page.keyboard.type(' at school.', { delay: 10 });
    await eventually(
      'the line emptied',
      async () => (await atCursor.textContent()) ?? '',
      (text) => text === '',
    );
    for (let i = 0; i < ' at school.'.length + 3; i++) await page.keyboard.press('ArrowLeft');
    await eventually(
      'the explanation back',
      async () => (await atCursor.textContent()) ?? '',
      (text) => text.includes(explanation('en')),
    );

    // Switching the interface to Spanish explains the same (English) words in Spanish.
    await page.getByTestId('language-switch').selectOption('es');
    await eventually(
      'the Spanish tooltip',
      async () => (await term.getAttribute('title')) ?? '',
      (title) => title === explanation('es'),
    );
    await term.click();
    await eventually(
      'the Spanish line',
      async () => (await atCursor.textContent()) ?? '',
      (text) => text.includes('Qué significa “dieta sensorial”:') && text.includes(explanation('es')),
    );
    expect(suite.pageErrors).toEqual([]);
  });
});
