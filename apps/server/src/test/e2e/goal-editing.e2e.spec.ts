import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { browserSuite, checkPage, eventually, signIn as signInAt } from '../browser';
import { api, collabToken, connectProvider, login, synced } from '../test-app';

/**
 * Structured goals end to end: the built client served by the real server, two people typing at
 * once into different fields of one goal, the live measurability badge, and a server restart.
 */

const OT = { email: 'ot@demo.school', name: 'Olivia Torres' };
const TEACHER = { email: 'teacher@demo.school', name: 'Tom Baker' };
const PARENT = { email: 'parent@demo.school', name: 'Paula Reyes' };
const CRITERION = 'in 4 of 5 trials';
const CONDITION = 'given a slant board';
const REST = {
  baseline: 'Copies 2 of 5 words legibly.',
  behavior: 'copies a 5-word sentence legibly',
  timeframe: 'by the annual review',
  measurement: 'work samples',
} as const;

const suite = browserSuite();
let sectionId = '';
let otPage: Page | undefined;

const newPage = (who: string): Promise<Page> => suite.newPage(who);
const signIn = (page: Page, email: string, who?: string): Promise<void> =>
  signInAt(page, suite.app().baseUrl, email, who);

async function openSection(page: Page, student: string): Promise<string> {
  await page.getByRole('link', { name: `Open OT section for ${student}, IEP` }).click();
  await page.waitForURL(/\/sections\/[0-9a-f-]+$/);
  await page.getByTestId('goals-panel').waitFor();
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

function field(page: Page, name: string) {
  return page.getByTestId('goal-card').first().getByTestId(`goal-${name}`);
}

function values(pages: Page[], name: string): Promise<string[]> {
  return Promise.all(pages.map((page) => field(page, name).inputValue()));
}

function badges(pages: Page[]): Promise<string[]> {
  return Promise.all(
    pages.map(async (page) => (await page.getByTestId('goal-measurability').first().textContent()) ?? ''),
  );
}

function states(pages: Page[]): Promise<(string | null)[]> {
  return Promise.all(pages.map((page) => page.getByTestId('connection-state').getAttribute('data-state')));
}

async function typeInto(page: Page, name: string, text: string): Promise<void> {
  await field(page, name).click();
  await page.keyboard.type(text, { delay: 35 });
}

describe('editing a structured goal together in real browsers', () => {
  it('keeps both people typing into different fields of one goal, and the badge follows the fields', async () => {
    const [ot, teacher] = await Promise.all([newPage('ot'), newPage('teacher')]);
    await Promise.all([signIn(ot, OT.email), signIn(teacher, TEACHER.email)]);
    const [otSection, teacherSection] = await Promise.all([
      openSection(ot, 'Mateo Reyes'),
      openSection(teacher, 'Mateo Reyes'),
    ]);
    expect(teacherSection).toBe(otSection);
    sectionId = otSection;
    await eventually(
      'both pages saved before adding',
      () => states([ot, teacher]),
      (s) => s.every((x) => x === 'saved'),
    );

    await ot.getByRole('button', { name: 'Add goal' }).click();
    for (const page of [ot, teacher])
      await eventually(
        'one goal card',
        () => page.getByTestId('goal-card').count(),
        (n) => n === 1,
      );
    expect(await badges([ot, teacher])).toEqual([
      expect.stringContaining('Not yet measurable'),
      expect.stringContaining('Not yet measurable'),
    ]);
    expect((await badges([ot]))[0]).toContain('no criterion');

    await Promise.all([typeInto(ot, 'criterion', CRITERION), typeInto(teacher, 'condition', CONDITION)]);

    await eventually(
      'both values on both pages',
      async () => [...(await values([ot, teacher], 'criterion')), ...(await values([ot, teacher], 'condition'))],
      (v) => v[0] === CRITERION && v[1] === CRITERION && v[2] === CONDITION && v[3] === CONDITION,
    );
    // Still not measurable (baseline, behaviour, ... are empty), but no longer for the criterion or the condition.
    const partly = await eventually(
      'the badge to drop the filled fields',
      () => badges([ot, teacher]),
      (b) =>
        b.every((x) => x.includes('Not yet measurable') && !x.includes('no criterion') && !x.includes('no condition')),
    );
    expect(partly[0]).toContain('no baseline');

    // Both type into the same field at once too: keystrokes racing at one spot may interleave (as in
    // any live editor), but both pages end with the same text and neither loses a letter.
    const letters = (text: string | undefined): string => [...(text ?? '')].sort().join('');
    await Promise.all([typeInto(ot, 'reporting', 'each term'), typeInto(teacher, 'reporting', 'with report cards')]);
    const [reportingOt, reportingTeacher] = await eventually(
      'the same reporting text on both pages',
      () => values([ot, teacher], 'reporting'),
      ([a, b]) => a === b && letters(a) === letters('each termwith report cards'),
    );
    expect(reportingOt).toBe(reportingTeacher);

    for (const [name, text] of Object.entries(REST)) await typeInto(ot, name, text);
    await eventually(
      'Measurable on both pages',
      () => badges([ot, teacher]),
      (b) => b.every((x) => x.includes('Measurable') && !x.includes('Not yet')),
    );
    const okItem = teacher.getByTestId('compliance-panel').getByText('Goal 1 is measurable.');
    await okItem.waitFor();
    await eventually(
      'both pages saved after typing',
      () => states([ot, teacher]),
      (s) => s.every((x) => x === 'saved'),
    );

    otPage = ot;
    await checkPage(ot, 'ot-goal');
    await checkPage(teacher, 'teacher-goal');
    expect(suite.pageErrors).toEqual([]);
  });

  it('adds a service with a live total, shows a bad stored value in words, moves goals by keyboard, and is read-only for a parent', async () => {
    const ot = otPage;
    if (!ot) throw new Error('The first test did not leave the OT page open');

    // Area through the Mantine Select, by keyboard-free clicks.
    await field(ot, 'area').click();
    await ot.getByRole('option', { name: 'Fine motor' }).click();
    await eventually(
      'the area to be set',
      () => field(ot, 'area').inputValue(),
      (v) => v === 'Fine motor',
    );

    await ot.getByRole('button', { name: 'Add service' }).click();
    const row = ot.getByTestId('service-row').first();
    await row.waitFor();
    await row.getByTestId('service-frequency').fill('2');
    await row.getByTestId('service-period').selectOption('week');
    await row.getByTestId('service-minutes').fill('29');
    await row.getByTestId('service-location').click();
    await ot.keyboard.type('classroom', { delay: 20 });
    await eventually(
      'the service total',
      async () => (await ot.getByTestId('services-total').textContent()) ?? '',
      (text) => text === 'In all: 58 minutes a week (about 251 minutes a month).',
    );
    await row.getByTestId('service-minutes').fill('');
    await eventually(
      'no total once minutes are emptied',
      async () => (await ot.getByTestId('services-total').textContent()) ?? '',
      (text) => text.startsWith('No service time yet'),
    );

    // Someone (another client) stores -30 minutes: the page says what is wrong, next to the field and in the checks.
    const staff = await login(suite.app(), OT.email);
    const doc = new Y.Doc();
    const provider = connectProvider(suite.app(), sectionId, await collabToken(suite.app(), staff, sectionId), doc);
    try {
      await synced(provider);
      const [serviceId] = [...doc.getMap<unknown>('services').keys()];
      const stored = serviceId === undefined ? undefined : doc.getMap<unknown>('services').get(serviceId);
      if (!(stored instanceof Y.Map)) throw new Error('The service row is not in the document');
      stored.set('minutes', -30);
      await row.getByText('Must be at least 1').waitFor();
      const check = ot
        .getByTestId('compliance-panel')
        .getByText(/A stored value in service 1 \(minutes\) is not valid: Must be at least 1/);
      await check.waitFor();
      expect(await row.getByTestId('service-minutes').inputValue()).toBe('-30');
      stored.set('minutes', 30);
      await eventually(
        'the issue to go away',
        () => row.getByText('Must be at least 1').count(),
        (n) => n === 0,
      );
    } finally {
      provider.destroy();
    }

    // The check's link focuses the first field to fix: the service provider (the start date is missing too).
    const fix = ot
      .getByTestId('compliance-panel')
      .getByRole('button', { name: 'Go to the field: Service 1 is missing: provider, start date.' });
    await fix.click();
    await eventually(
      'the provider focused',
      async () => (await ot.locator(':focus').getAttribute('data-testid')) ?? '',
      (id) => id === 'service-provider',
    );

    // A second goal, moved up with the keyboard.
    await ot.getByRole('button', { name: 'Add goal' }).click();
    await eventually(
      'two goal cards',
      () => ot.getByTestId('goal-card').count(),
      (n) => n === 2,
    );
    const second = ot.getByTestId('goal-card').nth(1);
    const secondId = await second.getAttribute('data-goal-id');
    await second.getByRole('button', { name: 'Move goal up' }).focus();
    await ot.keyboard.press('Enter');
    await eventually(
      'the new goal first',
      () => ot.getByTestId('goal-card').first().getAttribute('data-goal-id'),
      (id) => id === secondId,
    );
    await eventually(
      'focus kept on a move button',
      async () => (await ot.locator(':focus').getAttribute('aria-label')) ?? '',
      (label) => label === 'Move goal down',
    );
    await eventually(
      'both pages saved after moving',
      () => states([ot]),
      (s) => s.every((x) => x === 'saved'),
    );
    await checkPage(ot, 'ot-goal-services');

    // The parent reads everything live, and can change nothing.
    const parent = await newPage('parent');
    await signIn(parent, PARENT.email);
    await openSection(parent, 'Mateo Reyes');
    await parent.getByTestId('read-only-notice').waitFor();
    await eventually(
      'two goal cards for the parent',
      () => parent.getByTestId('goal-card').count(),
      (n) => n === 2,
    );
    expect(await parent.getByRole('button', { name: 'Add goal' }).count()).toBe(0);
    expect(await parent.getByRole('button', { name: 'Add service' }).count()).toBe(0);
    expect(await parent.getByRole('button', { name: /Move goal/ }).count()).toBe(0);
    const criterion = parent.getByTestId('goal-card').nth(1).getByTestId('goal-criterion');
    expect(await criterion.inputValue()).toBe(CRITERION);
    expect(await criterion.getAttribute('readonly')).not.toBeNull();
    expect(await parent.getByTestId('service-row').first().getByTestId('service-period').isDisabled()).toBe(true);
    await checkPage(parent, 'parent-goals');
    expect(suite.pageErrors).toEqual([]);
  });

  it('keeps the goal across a server restart', async () => {
    expect(sectionId).not.toBe('');
    const app = await suite.restart();

    const staff = await login(app, OT.email);
    const res = await api(app, `/api/sections/${sectionId}`, { token: staff.token });
    expect(res.status).toBe(200);
    const body = res.body as { structure?: { goals?: { criterion: string | null; condition: string | null }[] } };
    expect(body.structure?.goals?.map((g) => [g.criterion, g.condition])).toContainEqual([CRITERION, CONDITION]);

    await suite.relaunchBrowser();
    const page = await newPage('ot-after-restart');
    await signIn(page, OT.email);
    await openSection(page, 'Mateo Reyes');
    await eventually(
      'the goals after the restart',
      () => page.getByTestId('goal-card').count(),
      (n) => n === 2,
    );
    // The first goal (moved down to second place) still holds what both people typed.
    const first = page.getByTestId('goal-card').nth(1);
    expect(await first.getByTestId('goal-criterion').inputValue()).toBe(CRITERION);
    expect(await first.getByTestId('goal-condition').inputValue()).toBe(CONDITION);
    expect(await first.getByTestId('goal-baseline').inputValue()).toBe(REST.baseline);
    expect(await first.getByTestId('goal-measurability').textContent()).toContain('Measurable');
    expect(await page.getByTestId('service-row').first().getByTestId('service-minutes').inputValue()).toBe('30');
    await checkPage(page, 'ot-goal-after-restart');
    expect(suite.pageErrors).toEqual([]);
  });
});
