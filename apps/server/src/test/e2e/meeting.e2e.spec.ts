import type { Page } from 'playwright-core';
import { RealtimeGateway } from '../../modules/rooms/rooms.gateway';
import { browserSuite, checkPage, eventually, openSection } from '../browser';

/**
 * Meeting mode in a real browser, one person per browser context: the OT schedules and starts a
 * meeting, the parent and the teacher join in one click, the OT moves "now discussing" and the
 * others' pages follow (the teacher stops following and catches up), notes typed by the parent
 * reach the teacher and the teacher's reach the parent, and after the end everyone reads the summary with the attendance.
 */

const suite = browserSuite();

async function openMateo(page: Page, email: string): Promise<void> {
  await openSection(page, suite.app().baseUrl, email);
  await page.getByTestId('workflow-bar').waitFor();
  // The live document is there: the structured panels render from it.
  await page.getByTestId('goals-panel').waitFor();
}

/** Which element carries the follow-mode highlight (its test id, or its agenda key), and whether it is on screen. */
async function highlighted(page: Page): Promise<{ what: string | null; onScreen: boolean }> {
  const el = page.locator('[data-meeting-focus="true"]');
  if ((await el.count()) !== 1) return { what: null, onScreen: false };
  const what = (await el.getAttribute('data-agenda-key')) ?? (await el.getAttribute('data-testid'));
  // boundingBox is relative to the viewport: on screen means some of it is inside.
  const box = await el.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  return { what, onScreen: box !== null && box.y < height && box.y + box.height > 0 };
}

/** Cuts one person's app socket at the transport (as a network blip does): the client reconnects by itself. */
function dropConnectionOf(userName: string): number {
  let dropped = 0;
  for (const socket of suite.app().running.app.get(RealtimeGateway).server.sockets.sockets.values()) {
    if (socket.data.auth.user.name === userName) {
      socket.conn.close();
      dropped += 1;
    }
  }
  return dropped;
}

async function join(page: Page, mode: 'video' | 'phone' | 'in_person', interpreter = false): Promise<void> {
  await page.getByTestId('meeting-dock').waitFor();
  await page.getByTestId('meeting-join-open').click();
  if (mode !== 'video') await page.getByTestId(`meeting-mode-${mode}`).check();
  if (interpreter) await page.getByTestId('meeting-interpreter').check();
  await page.getByTestId('meeting-join').click();
  await page.getByTestId('meeting-stop-following').waitFor();
}

describe('meeting mode in a real browser', () => {
  it('runs a meeting: schedule, start, one-click join, follow mode with stop and catch up, shared notes, summary with attendance', async () => {
    const ot = await suite.newPage('ot');
    await openMateo(ot, 'ot@demo.school');
    await ot.getByTestId('meeting-schedule-open').click();
    await ot.getByTestId('meeting-video-url').fill('http://insecure.example.org/x');
    await ot.getByTestId('meeting-schedule-submit').click();
    await ot.getByText('Choose a date and time.').waitFor();
    await ot.getByText('Use an https:// link.').waitFor();
    const soon = new Date(Date.now() + 3_600_000);
    const local = new Date(soon.getTime() - soon.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await ot.getByTestId('meeting-when').fill(local);
    await ot.getByTestId('meeting-video-url').fill('https://meet.example.org/mateo');
    await checkPage(ot, 'meeting-ot-schedule-form');
    await ot.getByTestId('meeting-schedule-submit').click();
    await ot.getByTestId('upcoming-meeting').waitFor();
    await checkPage(ot, 'meeting-ot-scheduled');

    await ot.getByTestId('meeting-start').click();
    await ot.getByTestId('meeting-dock').waitFor();
    // The agenda, the call's link and "End" are in the drawer beside the section.
    await ot.getByTestId('meeting-drawer-toggle').click();
    const video = ot.getByTestId('meeting-video-link');
    expect(await video.getAttribute('href')).toBe('https://meet.example.org/mateo');
    expect(await video.getAttribute('target')).toBe('_blank');
    expect(await video.getAttribute('rel')).toBe('noopener noreferrer');
    await join(ot, 'in_person');

    const parent = await suite.newPage('parent');
    await openMateo(parent, 'parent@demo.school');
    await parent.getByTestId('meeting-dock').waitFor();
    await checkPage(parent, 'meeting-parent-banner');
    await join(parent, 'phone', true);
    const teacher = await suite.newPage('teacher');
    await openMateo(teacher, 'teacher@demo.school');
    await join(teacher, 'video');
    await eventually(
      'three present on the OT’s page',
      () => ot.locator('[data-testid="meeting-participant"][data-state="present"]').count(),
      (n) => n === 3,
    );

    // The OT points at a part of the section: both followers scroll to it and see it highlighted.
    await ot.getByTestId('discuss-part-select').selectOption('homeStrategies');
    await ot.getByTestId('discuss-part').click();
    for (const [who, page] of [
      ['parent', parent],
      ['teacher', teacher],
    ] as const) {
      await eventually(
        `${who} follows to home strategies`,
        () => highlighted(page),
        (h) => h.what === 'editor-homeStrategies' && h.onScreen,
      );
      expect(await page.getByTestId('meeting-now-discussing').textContent()).toBe('Now discussing: Home strategies');
    }
    await checkPage(teacher, 'meeting-teacher-following');

    // The teacher stops following; the OT moves to an agenda item of their own.
    await teacher.getByTestId('meeting-stop-following').click();
    await ot.getByTestId('agenda-add-title').fill('Bus transition');
    await ot.getByTestId('agenda-add').click();
    const busRow = (page: Page) => page.locator('[data-testid="agenda-item"]', { hasText: 'Bus transition' });
    await busRow(ot).getByTestId('agenda-discuss').click();
    const busKey = await busRow(ot).getAttribute('data-agenda-key');
    await eventually(
      'the parent follows to the agenda row',
      () => highlighted(parent),
      (h) => h.what === busKey && h.onScreen,
    );
    await eventually(
      'the teacher reads what is discussed',
      () => teacher.getByTestId('meeting-now-discussing').textContent(),
      (s) => s === 'Now discussing: Bus transition',
    );
    // The teacher's view stays where it was until they catch up.
    await new Promise((done) => setTimeout(done, 700));
    expect((await highlighted(teacher)).what).toBe('editor-homeStrategies');
    await teacher.getByTestId('meeting-not-following').waitFor();
    await checkPage(teacher, 'meeting-teacher-not-following');
    await teacher.getByTestId('meeting-catch-up').click();
    await eventually(
      'the teacher catches up',
      () => highlighted(teacher),
      (h) => h.what === busKey && h.onScreen,
    );
    await teacher.getByTestId('meeting-stop-following').waitFor();

    // Shared notes, both ways. The parent writes in the drawer's notes tab while the teacher's drawer
    // shows the agenda (catching up opened it there): the teacher's notes, kept live behind their
    // tab, hold the parent's words as they arrive, and show them on opening the tab.
    const parentNote = 'Family asked about handwriting practice at home.';
    await parent.getByTestId('meeting-tab-notes').click();
    const parentNotes = parent.locator('[data-testid="meeting-notes"] .ProseMirror');
    expect(await parentNotes.getAttribute('contenteditable')).toBe('true');
    await parentNotes.click();
    await parent.keyboard.type(parentNote);
    expect(await teacher.getByTestId('meeting-tab-agenda').getAttribute('aria-selected')).toBe('true');
    await eventually(
      'the teacher’s notes hold the parent’s note behind the agenda tab',
      () => teacher.locator('[data-testid="meeting-notes"] .ProseMirror').textContent(),
      (s) => (s ?? '').includes(parentNote),
    );
    await teacher.getByTestId('meeting-tab-notes').click();
    await teacher.getByText(parentNote).waitFor();
    // The teacher adds a line below; the parent reads it live.
    const note = 'Teacher: a pencil grip is in use in class.';
    await teacher.locator('[data-testid="meeting-notes"] .ProseMirror').click();
    await teacher.keyboard.press('Control+End');
    await teacher.keyboard.press('Enter');
    await teacher.keyboard.type(note);
    await eventually(
      'the parent sees the teacher’s note',
      () => parent.getByTestId('meeting-notes').textContent(),
      (s) => (s ?? '').includes(note) && (s ?? '').includes(parentNote),
    );
    await checkPage(parent, 'meeting-parent-in-meeting');

    // A lost connection marks the parent dropped; their page joins again by itself on reconnect.
    expect(dropConnectionOf('Paula Reyes')).toBeGreaterThan(0);
    await eventually(
      'the drop recorded',
      () => suite.app().prisma.client.meetingAttendance.count({ where: { endReason: 'dropped', role: 'parent' } }),
      (n) => n === 1,
    );
    await eventually(
      'the parent present again without a click',
      () => ot.locator('[data-testid="meeting-participant"][data-state="present"]').count(),
      (n) => n === 3,
    );

    await ot.getByTestId('meeting-end').click();
    for (const [who, page] of [
      ['ot', ot],
      ['parent', parent],
      ['teacher', teacher],
    ] as const) {
      await eventually(
        `${who} sees the attendance`,
        () => page.getByTestId('attendance-row').count(),
        (n) => n === 3,
      );
      expect(await page.getByTestId('meeting-dock').count()).toBe(0);
      expect(await page.getByTestId('meeting-notes').textContent()).toContain(note);
      expect(await page.getByTestId('meeting-notes').textContent()).toContain(parentNote);
      expect(await page.locator('[data-testid="meeting-notes"] .ProseMirror').getAttribute('contenteditable')).toBe(
        'false',
      );
    }
    const parentLine = await parent.locator('[data-testid="attendance-row"][data-name="Paula Reyes"]').textContent();
    expect(parentLine).toContain('Phone');
    expect(parentLine).toContain('Yes');
    expect(
      await parent.locator('[data-testid="attendance-row"][data-name="Paula Reyes"] td').last().textContent(),
    ).toBe('1');
    await checkPage(parent, 'meeting-parent-summary');
    await checkPage(ot, 'meeting-ot-summary');
    expect(suite.pageErrors).toEqual([]);
  }, 420_000);

  it('excuses a member before the meeting only once the parent consented in writing and the member gave written input', async () => {
    const ot = await suite.newPage('ot-excusal');
    await openMateo(ot, 'ot@demo.school');
    await ot.getByTestId('meeting-schedule-open').click();
    const later = new Date(Date.now() + 86_400_000);
    await ot
      .getByTestId('meeting-when')
      .fill(new Date(later.getTime() - later.getTimezoneOffset() * 60_000).toISOString().slice(0, 16));
    await ot.getByTestId('meeting-schedule-submit').click();
    const upcoming = ot.getByTestId('upcoming-meeting');
    await upcoming.waitFor();
    await upcoming.getByTestId('excusal-member').selectOption({ label: 'Tom Baker (Teacher)' });
    await upcoming.getByTestId('excusal-request').click();
    const excusal = upcoming.getByTestId('excusal');
    await excusal.waitFor();
    expect(await excusal.getByTestId('excusal-status').textContent()).toBe(
      'Still missing: the parent’s written consent; the member’s written input.',
    );
    await excusal.getByTestId('excusal-confirm').click();
    await ot.getByTestId('meeting-error').waitFor();
    expect(await ot.getByTestId('meeting-error').textContent()).toContain(
      'This member cannot be excused yet. Still missing: the parent’s written consent; the member’s written input.',
    );
    await checkPage(ot, 'meeting-ot-excusal');

    const parent = await suite.newPage('parent-excusal');
    await openMateo(parent, 'parent@demo.school');
    await parent.getByTestId('excusal-agree').check();
    await parent.getByTestId('excusal-typed-name').fill('Paula Reyes');
    await checkPage(parent, 'meeting-parent-excusal-consent');
    await parent.getByTestId('excusal-consent').click();
    await eventually(
      'the OT sees the consent',
      () => excusal.getAttribute('data-missing'),
      (m) => m === 'written_input',
    );

    const teacher = await suite.newPage('teacher-excusal');
    await openMateo(teacher, 'teacher@demo.school');
    await teacher.getByTestId('excusal-input').fill('Mateo uses the slant board in class daily.');
    await checkPage(teacher, 'meeting-teacher-excusal-input');
    await teacher.getByTestId('excusal-input-send').click();
    await eventually(
      'the OT sees the input',
      () => excusal.getAttribute('data-missing'),
      (m) => m === '',
    );
    await excusal.getByTestId('excusal-confirm').click();
    await eventually(
      'confirmed',
      () => excusal.getByTestId('excusal-status').textContent(),
      (s) => s === 'Excused: confirmed.',
    );
    await eventually(
      'the parent sees it confirmed',
      () => parent.getByTestId('excusal-status').textContent(),
      (s) => s === 'Excused: confirmed.',
    );
    expect(suite.pageErrors).toEqual([]);
  }, 180_000);
});
