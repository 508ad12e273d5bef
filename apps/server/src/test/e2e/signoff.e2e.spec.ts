import type { Page } from 'playwright-core';
import { browserSuite, checkPage, eventually, openSection, signIn, transitionOf } from '../browser';

/**
 * The workflow to approval in a real browser, one person per browser context: the OT shares the
 * draft with the family (who answer), moves it to the meeting and requests sign-off, signs; the parent consents in part (leaving one
 * service out); the administrator's signature approves. Everyone's page then reads approved and
 * locked (the OT's and the parent's through the socket events), and the approved PDF downloads.
 */

const suite = browserSuite();

/** Signs in through the login page and opens Mateo's OT section. */
async function openMateo(page: Page, email: string): Promise<void> {
  await openSection(page, suite.app().baseUrl, email);
  await page.getByTestId('workflow-bar').waitFor();
}

const statusOf = (page: Page): Promise<string | null> =>
  page.getByTestId('workflow-status').getAttribute('data-status');

async function move(page: Page, transition: string, to: string): Promise<void> {
  await page.getByTestId(`transition-${transition}`).click();
  await page.getByTestId('transition-confirm').click();
  await eventually(
    `the section in ${to}`,
    () => statusOf(page),
    (s) => s === to,
  );
}

async function sign(page: Page, typedName: string): Promise<void> {
  await page.getByTestId('sign-typed-name').fill(typedName);
  await page.getByTestId('sign-submit').click();
  await page.getByTestId('sign-form').waitFor({ state: 'detached' });
}

async function expectApprovedAndLocked(page: Page, who: string): Promise<void> {
  await eventually(
    `${who} sees approved`,
    () => statusOf(page),
    (s) => s === 'approved',
  );
  await page.getByTestId('locked-notice').waitFor();
  expect(await page.getByTestId('locked-text').textContent()).toMatch(/^Locked — approved on /);
  expect(await page.getByTestId('draft-banner').count()).toBe(0);
  // The editors are read-only: no structured "add" controls, no editable rich text.
  expect(await page.getByTestId('add-service').count()).toBe(0);
  expect(await page.locator('.ProseMirror[contenteditable="true"]').count()).toBe(0);
  const href = await page.getByTestId('approved-pdf-link').getAttribute('href');
  expect(href).toMatch(/^\/api\/sections\/[0-9a-f-]+\/versions\/\d+\.pdf$/);
  const pdf = await page.request.get(`${suite.app().baseUrl}${href ?? ''}`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
}

describe('sign-off in a real browser', () => {
  it('takes the section from draft through family review to approved: the OT, a parent consenting in part, then the administrator', async () => {
    const ot = await suite.newPage('ot');
    await openMateo(ot, 'ot@demo.school');
    expect(await statusOf(ot)).toBe('draft');
    await ot.getByTestId('draft-banner').waitFor();
    await checkPage(ot, 'signoff-ot-draft');

    // A service the parent will leave out of their consent.
    await ot.getByTestId('add-service').click();
    await ot.getByTestId('service-row').first().getByTestId('service-model').selectOption('direct_pull_out');
    await eventually(
      'saved',
      () => ot.getByTestId('connection-state').getAttribute('data-state'),
      (s) => s === 'saved',
    );

    // On paper the draft is marked too.
    await ot.emulateMedia({ media: 'print' });
    expect(await ot.locator('.draft-watermark').isVisible()).toBe(true);
    await ot.emulateMedia({ media: 'screen' });
    expect(await ot.locator('.draft-watermark').isVisible()).toBe(false);

    // Shared with the family first: they answer before the meeting.
    await ot.getByTestId('transition-share_with_family').click();
    await ot.getByTestId('transition-confirm').click();
    await ot.getByText('Choose a date.').waitFor();
    const respondBy = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await ot.getByTestId('transition-respond-by').fill(respondBy);
    await ot.getByTestId('transition-confirm').click();
    await eventually(
      'family review',
      () => statusOf(ot),
      (s) => s === 'family_review',
    );
    await ot.getByTestId('family-review-card').waitFor();

    const parent = await suite.newPage('parent');
    await openMateo(parent, 'parent@demo.school');
    await parent.getByTestId('family-response-note').fill('We agree with the plan; please add the cafeteria.');
    await checkPage(parent, 'signoff-parent-family-review');
    await parent.getByTestId('family-response-send').click();
    await eventually(
      'the OT sees the response',
      async () => (await ot.getByTestId('family-note').count()) > 0,
      (seen) => seen,
    );
    expect(await ot.getByTestId('family-note').textContent()).toContain('please add the cafeteria');

    await move(ot, 'start_meeting', 'meeting');
    await ot.getByTestId('transition-request_signoff').click();
    await ot.getByTestId('transition-form').waitFor();
    // Its people ask for reduced motion (browser.ts): the dialog is there at once, with no transition.
    expect(await transitionOf(ot.getByRole('dialog'))).toBe('0s');
    await checkPage(ot, 'signoff-ot-request-dialog');
    await ot.getByTestId('transition-confirm').click();
    // Compliance gates the request: the failing checks are listed, each asking for a reason.
    await ot.getByTestId('compliance-gate').waitFor();
    const reasons = ot.getByTestId('compliance-gate-reason');
    const codes = await reasons.evaluateAll((els) => els.map((el) => el.getAttribute('data-check')));
    expect(codes).toEqual(expect.arrayContaining(['areas_of_need_present', 'service_complete']));
    expect(await ot.getByTestId('compliance-gate').textContent()).toContain('No area of need is chosen.');
    await ot.getByTestId('transition-confirm').click();
    expect(await ot.getByText('Give a reason (at least 3 characters) or fix this check first.').count()).toBe(
      codes.length,
    );
    await checkPage(ot, 'signoff-ot-compliance-gate');
    for (let i = 0; i < codes.length; i++) await reasons.nth(i).fill(`Agreed at the meeting (${i + 1})`);
    await ot.getByTestId('transition-confirm').click();
    await eventually(
      'pending sign-off',
      () => statusOf(ot),
      (s) => s === 'pending_signoff',
    );
    await ot.getByTestId('signoff-version').waitFor();
    await ot.getByTestId('compliance-overrides').waitFor();
    expect(await ot.getByTestId('compliance-overrides').textContent()).toContain('Agreed at the meeting (1)');
    expect(await ot.getByTestId('signoff-missing').getAttribute('data-missing')).toBe('ot parent admin');

    await ot.getByTestId('signoff-sign-open').click();
    await sign(ot, 'Olivia Torres');
    await eventually(
      'the OT signed',
      () => ot.getByTestId('signoff-missing').getAttribute('data-missing'),
      (m) => m === 'parent admin',
    );
    expect(await ot.getByTestId('signoff-sign-open').count()).toBe(0);

    await parent.getByTestId('signoff-sign-open').click();
    await parent.getByRole('radio', { name: 'Consent in part' }).check();
    await parent.getByRole('checkbox', { name: /^Service 1: Direct \(pull-out\)/ }).check();
    await parent.getByTestId('sign-typed-name').fill('Paula Reyes');
    await checkPage(parent, 'signoff-parent-sign-dialog');
    await parent.getByTestId('sign-submit').click();
    await parent.getByTestId('sign-form').waitFor({ state: 'detached' });
    const parentSignature = parent.locator('[data-testid="signature"][data-role="parent"]');
    await parentSignature.waitFor();
    expect(await parentSignature.getAttribute('data-decision')).toBe('consent_in_part');
    expect(await parentSignature.getByTestId('signature-excluded').textContent()).toContain(
      'Service 1: Direct (pull-out)',
    );

    const admin = await suite.newPage('admin');
    await openMateo(admin, 'admin@demo.school');
    expect(await admin.getByTestId('signoff-missing').getAttribute('data-missing')).toBe('admin');
    await admin.getByTestId('signoff-sign-open').click();
    await sign(admin, 'ada mensah  (admin)');

    await expectApprovedAndLocked(admin, 'the administrator');
    await expectApprovedAndLocked(ot, 'the OT');
    await expectApprovedAndLocked(parent, 'the parent');
    await checkPage(admin, 'signoff-admin-approved');
    await checkPage(parent, 'signoff-parent-approved');
    expect(suite.pageErrors).toEqual([]);
  }, 240_000);

  it('shows the administrator a dashboard and a filterable access log; the parent revokes consent and sees who accessed the record; the administrator amends', async () => {
    const admin = await suite.newPage('admin-log');
    await signIn(admin, suite.app().baseUrl, 'admin@demo.school');
    await admin.getByTestId('dashboard-link').click();
    await admin.getByTestId('dashboard-reviews').waitFor();
    await checkPage(admin, 'signoff-admin-dashboard');

    await admin.getByRole('link', { name: 'My students' }).click();
    await admin.getByRole('link', { name: 'Open OT section for Mateo Reyes, IEP' }).click();
    await admin.getByTestId('access-log-link').click();
    await admin.getByTestId('access-log-table').waitFor();
    await admin.getByTestId('access-log-kind').selectOption('signoff');
    await admin.getByTestId('access-log-apply').click();
    const actions = await eventually(
      'only signatures listed',
      () => admin.getByTestId('access-log-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind'))),
      (list) => list.length > 0 && list.every((a) => a === 'signoff'),
    );
    // One line per signer (the OT, the parent, the administrator), each signing once today.
    expect(actions.length).toBe(3);
    expect(await admin.getByTestId('access-log-table').textContent()).toMatch(/signed the plan once on/);
    await checkPage(admin, 'signoff-admin-access-log');

    const parent = await suite.newPage('parent-log');
    await openMateo(parent, 'parent@demo.school');
    expect(await parent.getByTestId('dashboard-link').count()).toBe(0);
    // Consent is revocable in writing; the approved section stays as it was.
    await parent.getByTestId('signoff-revoke-open').click();
    await parent.getByTestId('revoke-reason').fill('We want to discuss the services again.');
    await checkPage(parent, 'signoff-parent-revoke-dialog');
    await parent.getByTestId('revoke-submit').click();
    await parent.getByTestId('revocation-list').waitFor();
    expect(await parent.getByTestId('revocation-list').textContent()).toContain(
      'We want to discuss the services again.',
    );
    expect(await parent.getByTestId('signoff-revoke-open').count()).toBe(0);
    expect(await statusOf(parent)).toBe('approved');
    await parent.getByTestId('access-log-link').click();
    await parent.getByTestId('access-log-table').waitFor();
    expect(await parent.getByTestId('access-log-table').textContent()).toContain('Olivia Torres');
    await checkPage(parent, 'signoff-parent-access-log');

    // An amendment is a new draft from the approved version; every saved version prints as a PDF.
    await admin.goBack();
    await admin.getByTestId('transition-amend').click();
    await admin.getByTestId('transition-confirm').click();
    await eventually(
      'an amendment draft',
      () => statusOf(admin),
      (s) => s === 'draft',
    );
    expect(await admin.getByTestId('workflow-amendment').textContent()).toMatch(/amendment of approved version \d+/);
    await admin.getByTestId('draft-banner').waitFor();
    await admin.getByTestId('versions-toggle').click();
    const pdfHref = await admin.getByTestId('version-pdf').first().getAttribute('href');
    const pdf = await admin.request.get(`${suite.app().baseUrl}${pdfHref ?? ''}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
    await checkPage(admin, 'signoff-admin-amendment');
    expect(suite.pageErrors).toEqual([]);
  });
});
