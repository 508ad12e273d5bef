import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { fragmentPlainText, type RichTextNode } from '@iep/shared';
import { browserSuite, checkPage, eventually, signIn as signInAt } from '../browser';
import { api, collabToken, connectProvider, login, sectionOf, synced } from '../test-app';

/**
 * The real thing end to end: the built client served by the real server (in-process, PGlite),
 * driven by Debian's Chromium, two people typing into one OT section at once.
 */

const OT = { email: 'ot@demo.school', name: 'Olivia Torres' };
const TEACHER = { email: 'teacher@demo.school', name: 'Tom Baker' };
const PARENT = { email: 'parent@demo.school', name: 'Paula Reyes' };
const OT_TEXT = 'OT observed tripod grasp. ';
const TEACHER_TEXT = 'Teacher notes slow copying. ';
const AVA_SECRET = 'Ava private OT note 7731';

// The embedded default (PGlite), as the app starts on a fresh clone, under a real browser.
const suite = browserSuite({ store: 'pglite' });
/** Set by the co-editing test: the section both typed into, and the text they ended with. */
let mateoSectionId = '';
let coEditedText = '';

const newPage = (who: string): Promise<Page> => suite.newPage(who);
const signIn = (page: Page, email: string, who?: string): Promise<void> =>
  signInAt(page, suite.app().baseUrl, email, who);

async function openSection(page: Page, student: string): Promise<string> {
  await page.getByRole('link', { name: `Open OT section for ${student}, IEP` }).click();
  await page.waitForURL(/\/sections\/[0-9a-f-]+$/);
  await presentLevels(page).waitFor();
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/** The ProseMirror contenteditable of the "Present levels" editor. */
function presentLevels(page: Page) {
  return page.getByTestId('editor-presentLevels').locator('.ProseMirror');
}

/**
 * The editor's text as `fragmentPlainText` gives it (paragraphs joined by newlines), without the
 * remote carets' name labels, which are widgets inside the text.
 */
async function editorText(page: Page): Promise<string> {
  let text = (await presentLevels(page).locator(':scope > *').allTextContents()).join('\n');
  for (const caret of await caretLabels(page)) text = text.replace(caret, '');
  return text.replace(/\u2060/g, '');
}

function caretLabels(page: Page): Promise<string[]> {
  return presentLevels(page).locator('.collaboration-carets__caret').allTextContents();
}

/** Types at the start or the end of the part (`Control+Home` / `Control+End`). */
async function typeInto(page: Page, text: string, at: 'Control+Home' | 'Control+End'): Promise<void> {
  await presentLevels(page).click();
  await page.keyboard.press(at);
  await page.keyboard.type(text, { delay: 35 });
}

function states(pages: Page[]): Promise<(string | null)[]> {
  return Promise.all(pages.map((page) => page.getByTestId('connection-state').getAttribute('data-state')));
}

describe('co-editing the OT section in real browsers', () => {
  it("keeps both people's concurrent typing, shows each one's caret and presence to the other, and ends saved", async () => {
    const [ot, teacher] = await Promise.all([newPage('ot'), newPage('teacher')]);
    await Promise.all([signIn(ot, OT.email, 'ot'), signIn(teacher, TEACHER.email, 'teacher')]);
    const [otSection, teacherSection] = await Promise.all([
      openSection(ot, 'Mateo Reyes'),
      openSection(teacher, 'Mateo Reyes'),
    ]);
    expect(teacherSection).toBe(otSection);
    mateoSectionId = otSection;

    for (const page of [ot, teacher]) {
      await eventually(
        'both names in the presence list',
        () => page.getByTestId('presence-user').allTextContents(),
        (names) => [OT.name, TEACHER.name].every((name) => names.some((entry) => entry.includes(name))),
      );
      expect((await page.locator('.presence-bar__avatar').allTextContents()).sort()).toEqual(['OT', 'TB']);
    }
    await eventually(
      'both pages connected and saved before typing',
      () => states([ot, teacher]),
      (s) => s.every((x) => x === 'saved'),
    );

    // Each in a line of their own: two people typing at one spot interleave once one of them starts
    // after the other's first letters arrive (a CRDT keeps both, not each phrase whole).
    await presentLevels(teacher).click();
    await teacher.keyboard.press('Control+End');
    await teacher.keyboard.press('Enter');
    await eventually(
      "the teacher's new line on the OT's page",
      () => presentLevels(ot).locator(':scope > p').count(),
      (lines) => lines >= 2,
    );
    await Promise.all([typeInto(ot, OT_TEXT, 'Control+Home'), typeInto(teacher, TEACHER_TEXT, 'Control+End')]);

    const [otText, teacherText] = await eventually(
      'the same text, with both phrases, in both editors',
      () => Promise.all([editorText(ot), editorText(teacher)]),
      ([a, b]) => a === b && a.includes(OT_TEXT.trim()) && a.includes(TEACHER_TEXT.trim()),
    );
    expect(otText).toBe(teacherText);
    coEditedText = otText;

    await eventually(
      "Tom Baker's caret on the OT's page",
      () => caretLabels(ot),
      (labels) => labels.some((l) => l.includes(TEACHER.name)),
    );
    await eventually(
      "Olivia Torres's caret on the teacher's page",
      () => caretLabels(teacher),
      (labels) => labels.some((l) => l.includes(OT.name)),
    );
    await eventually(
      'both pages saved after typing',
      () => states([ot, teacher]),
      (s) => s.every((x) => x === 'saved'),
    );

    await checkPage(ot, 'ot-section');
    await checkPage(teacher, 'teacher-section');
    expect(suite.pageErrors).toEqual([]);
  });

  it("shows a parent only their own child's section, read-only, and never another student's by URL", async () => {
    // Ava (no parent on her team) gets content a parent must never see, through the real collab socket.
    const staff = await login(suite.app(), OT.email);
    const avaSectionId = await sectionOf(suite.app(), staff, 'Ava');
    const doc = new Y.Doc();
    const provider = connectProvider(
      suite.app(),
      avaSectionId,
      await collabToken(suite.app(), staff, avaSectionId),
      doc,
    );
    try {
      await synced(provider);
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(AVA_SECRET)]);
      doc.getXmlFragment('presentLevels').insert(0, [paragraph]);
      await eventually(
        "Ava's section to hold the note",
        async () => {
          const res = await api(suite.app(), `/api/sections/${avaSectionId}`, { token: staff.token });
          return fragmentPlainText((res.body as { content: { presentLevels: RichTextNode } }).content.presentLevels);
        },
        (text) => text.includes(AVA_SECRET),
      );
    } finally {
      provider.destroy();
    }

    const parent = await newPage('parent');
    await signIn(parent, PARENT.email, 'parent');
    const cards = await parent.getByTestId('student-card').allTextContents();
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain('Mateo Reyes');
    expect(await parent.getByTestId('student-list').textContent()).not.toContain('Ava');

    await openSection(parent, 'Mateo Reyes');
    await parent.getByTestId('read-only-notice').waitFor();
    const editors = parent.locator('[data-testid^="editor-"] .ProseMirror');
    await eventually(
      'four editors',
      () => editors.count(),
      (n) => n === 4,
    );
    // A parent writes in their own concerns and the home strategies, and suggests in the other two
    // (suggestion mode: the editors are open, the server takes only suggestion marks there).
    const editable = await Promise.all([0, 1, 2, 3].map((i) => editors.nth(i).getAttribute('contenteditable')));
    expect(editable).toEqual(['true', 'true', 'true', 'true']);
    await parent.locator('[data-testid="editor-parentConcerns"] .ProseMirror').click();
    await parent.keyboard.type('He tires after ten minutes of writing.', { delay: 10 });
    await eventually(
      'the parent’s words stored',
      async () => {
        const res = await api(suite.app(), `/api/sections/${mateoSectionId}`, { token: staff.token });
        return fragmentPlainText((res.body as { content: { parentConcerns: RichTextNode } }).content.parentConcerns);
      },
      (text) => text.includes('He tires after ten minutes of writing.'),
    );
    await eventually(
      `${PARENT.name} in the presence list`,
      () => parent.getByTestId('presence-user').allTextContents(),
      (names) => names.some((n) => n.includes(PARENT.name)),
    );
    await checkPage(parent, 'parent-section');

    await parent.goto(`${suite.app().baseUrl}/sections/${avaSectionId}`);
    const error = parent.getByTestId('section-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/could not find this section|do not have access/);
    expect(await parent.locator('[data-testid^="editor-"]').count()).toBe(0);
    const body = (await parent.locator('body').textContent()) ?? '';
    expect(body).not.toContain(AVA_SECRET);
    expect(body).not.toContain('Ava');
    await checkPage(parent, 'parent-denied');
    expect(suite.pageErrors).toEqual([]);
  });

  it('keeps the text typed in the browsers across a server restart', async () => {
    expect(mateoSectionId).not.toBe(''); // from the co-editing test
    const app = await suite.restart();

    const staff = await login(app, OT.email);
    const res = await api(app, `/api/sections/${mateoSectionId}`, { token: staff.token });
    expect(res.status).toBe(200);
    const text = fragmentPlainText((res.body as { content: { presentLevels: RichTextNode } }).content.presentLevels);
    expect(text).toContain(OT_TEXT.trim());
    expect(text).toContain(TEACHER_TEXT.trim());
    expect(text).toBe(coEditedText);
  });
});
