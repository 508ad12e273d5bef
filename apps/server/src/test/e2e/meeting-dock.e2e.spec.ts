import type { Page } from 'playwright-core';
import { browserSuite, checkPage, eventually, openSection, saveScreenshot } from '../browser';

/**
 * The meeting beside a video call, measured in a real browser: the OT's and the parent's windows are
 * half a laptop screen (720x900), the teacher's a phone (390x844). On arrival the dock is on the
 * first screen in one line (two on the phone); follow mode puts the top of the discussed goal just
 * under the dock; the facilitator reaches the agenda's controls and "End" from anywhere on the page
 * without scrolling; the saving status stays in view; joins and moves are announced once.
 */

const suite = browserSuite();

async function openAt(who: string, email: string, width: number, height: number): Promise<Page> {
  const page = await suite.newPage(who);
  await page.setViewportSize({ width, height });
  await openSection(page, suite.app().baseUrl, email);
  await page.getByTestId('workflow-bar').waitFor();
  await page.getByTestId('goals-panel').waitFor();
  return page;
}

/** The window as a person sees it (not the full page), for the README and the record. */
function shot(page: Page, name: string): Promise<void> {
  return saveScreenshot(page, name, false);
}

async function box(page: Page, testId: string): Promise<{ y: number; bottom: number; height: number }> {
  const b = await page.getByTestId(testId).boundingBox();
  if (b === null) throw new Error(`${testId} is not displayed`);
  return { y: b.y, bottom: b.y + b.height, height: b.height };
}

async function join(page: Page, mode: 'video' | 'phone' | 'in_person'): Promise<void> {
  await page.getByTestId('meeting-join-open').click();
  await page.getByTestId(`meeting-mode-${mode}`).check();
  await page.getByTestId('meeting-join').click();
  await page.getByTestId('meeting-stop-following').waitFor();
}

/** Where the followed item's top lands below the dock's bottom (px), once the dock sits at the top of the window. */
async function landing(page: Page): Promise<{ what: string | null; dockTop: number; gap: number }> {
  const el = page.locator('[data-meeting-focus="true"]');
  if ((await el.count()) !== 1) return { what: null, dockTop: -1, gap: -1 };
  const item = await el.boundingBox();
  const dock = await box(page, 'meeting-dock');
  return {
    what: await el.getAttribute('id'),
    dockTop: Math.round(dock.y),
    gap: item === null ? -1 : Math.round(item.y - dock.bottom),
  };
}

describe('the meeting dock at half a screen and on a phone', () => {
  it('keeps the meeting in one line at the top, puts the discussed goal just under it, and the facilitator’s controls one click away', async () => {
    const ot = await openAt('ot', 'ot@demo.school', 720, 900);
    await ot.getByRole('button', { name: 'Add goal' }).click();
    await ot.getByTestId('goal-card').waitFor();
    const goalId = await ot.getByTestId('goal-card').first().getAttribute('data-goal-id');

    await ot.getByTestId('meeting-schedule-open').click();
    const soon = new Date(Date.now() + 3_600_000);
    await ot
      .getByTestId('meeting-when')
      .fill(new Date(soon.getTime() - soon.getTimezoneOffset() * 60_000).toISOString().slice(0, 16));
    await ot.getByTestId('meeting-video-url').fill('https://meet.example.org/mateo');
    await ot.getByTestId('meeting-schedule-submit').click();
    await ot.getByTestId('meeting-start').click();
    await ot.getByTestId('meeting-dock').waitFor();
    // The meetings card no longer says that nothing is scheduled while a meeting runs.
    expect(await ot.getByTestId('meetings-card').textContent()).toContain('The meeting is under way');
    expect(await ot.getByTestId('meetings-card').textContent()).not.toContain('No meeting is scheduled.');
    await join(ot, 'in_person');

    // The parent arrives during the meeting in half a laptop screen: the dock is on the first screen, one line.
    const parent = await openAt('parent', 'parent@demo.school', 720, 900);
    await parent.getByTestId('meeting-dock').waitFor();
    await shot(parent, 'meeting-dock-720-arrival');
    const arrival = await box(parent, 'meeting-dock');
    expect(arrival.bottom).toBeLessThan(400);
    expect(arrival.height).toBeLessThanOrEqual(60);
    expect(await parent.locator('main').textContent()).not.toContain('No meeting is scheduled.');
    await join(parent, 'phone');

    // The teacher on a phone: two lines at most, still on the first screen.
    const teacher = await openAt('teacher', 'teacher@demo.school', 390, 844);
    const phone = await box(teacher, 'meeting-dock');
    expect(phone.bottom).toBeLessThan(560);
    expect(phone.height).toBeLessThanOrEqual(100);
    await join(teacher, 'video');
    await eventually(
      'the parent hears the teacher join, once',
      () => parent.getByTestId('meeting-announcer').textContent(),
      (s) => s === 'Tom Baker joined the meeting.',
    );

    // The facilitator, scrolled far down the page, opens the drawer from the dock: its controls are in the window.
    await ot.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    expect((await box(ot, 'meeting-dock')).y).toBeLessThanOrEqual(1);
    await ot.getByTestId('meeting-drawer-toggle').click();
    for (const control of ['discuss-part-select', 'discuss-part', 'meeting-end', 'agenda-add-title']) {
      const b = await box(ot, control);
      expect({ control, inWindow: b.y >= 0 && b.bottom <= 900 }).toEqual({ control, inWindow: true });
    }
    await checkPage(ot, 'meeting-dock-720-ot-drawer');
    await shot(ot, 'meeting-dock-720-ot-drawer');
    await ot.getByTestId('discuss-part-select').selectOption({ label: 'Goal 1' });
    await ot.getByTestId('discuss-part').click();

    // Both followers land with the goal's top just under the dock, which sits at the top of the window.
    for (const [who, page] of [
      ['parent', parent],
      ['teacher', teacher],
    ] as const) {
      const seen = await eventually(
        `${who} follows to goal 1, just under the dock`,
        () => landing(page),
        (l) => l.what === `goals-${goalId}` && l.dockTop <= 1 && l.gap >= 0 && l.gap <= 24,
      );
      expect(seen.gap).toBeLessThanOrEqual(24);
      expect(await page.getByTestId('meeting-now-discussing').textContent()).toBe('Now discussing: Goal 1');
      // Far below the inline status, the saving status is still in the window.
      const status = await box(page, 'status-in-view');
      expect(status.y).toBeGreaterThan(0);
      expect(status.bottom).toBeLessThanOrEqual(page.viewportSize()?.height ?? 0);
    }
    await eventually(
      'the move announced once on the teacher’s phone',
      () => teacher.getByTestId('meeting-announcer').textContent(),
      (s) => s === 'Now discussing: Goal 1',
    );
    await checkPage(parent, 'meeting-dock-720-following');
    await shot(parent, 'meeting-dock-720-following');
    await shot(teacher, 'meeting-dock-390-following');

    // The phone's drawer: notes to type in, over the page; Escape gives the page back.
    await teacher.getByTestId('meeting-drawer-toggle').click();
    await teacher.getByTestId('meeting-tab-notes').click();
    await teacher.locator('[data-testid="meeting-notes"] .ProseMirror').click();
    await teacher.keyboard.type('Slant board in class.');
    await eventually(
      'the parent’s drawer has the teacher’s note',
      () => parent.getByTestId('meeting-notes').textContent(),
      (s) => (s ?? '').includes('Slant board in class.'),
    );
    await checkPage(teacher, 'meeting-dock-390-drawer');
    await shot(teacher, 'meeting-dock-390-drawer');
    await teacher.keyboard.press('Escape');
    await eventually(
      'the drawer closed',
      () => teacher.getByTestId('meeting-drawer').isVisible(),
      (v) => !v,
    );
    expect(suite.pageErrors).toEqual([]);
  });
});
