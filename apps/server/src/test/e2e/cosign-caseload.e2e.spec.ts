import { login, sectionOf } from '../test-app';
import { browserSuite, checkPage, eventually, openSection, signIn } from '../browser';
import { approvedPlan } from '../service-log-kit';

/**
 * Co-signature and the caseload in real browsers (issue 22): on Mateo's approved plan (OT 8 times a
 * month for 30 minutes), the demo OTA logs a session from a phone; it waits for the co-signature and
 * does not count; the OT co-signs it with the keyboard on a laptop and the minutes follow; then the OT
 * opens the caseload from the dashboard and reads how far behind Mateo's service is, at both sizes.
 */

const suite = browserSuite();
const DAY = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

describe('co-signature and the caseload in real browsers', () => {
  it('counts the OTA’s session once the OT co-signs it, and shows the caseload most behind first', async () => {
    const app = suite.app();
    const ot = await login(app, 'ot@demo.school');
    const sectionId = await sectionOf(app, ot, 'Mateo');
    await approvedPlan(app, ot, sectionId, [{ frequency: 8, period: 'month', minutes: 30 }], {
      start: iso(Date.now() - 60 * DAY),
      end: iso(Date.now() + 300 * DAY),
    });

    const assistant = await suite.newPage('ota');
    await assistant.setViewportSize({ width: 390, height: 844 });
    await openSection(assistant, app.baseUrl, 'ota@demo.school');
    const otaPanel = assistant.getByTestId('service-log-panel');
    await assistant.getByTestId('session-start').fill('09:00');
    await assistant.getByTestId('session-end').fill('09:30');
    await assistant.getByTestId('session-submit').click();
    await otaPanel.getByTestId('service-entry-awaiting').getByText('Awaiting co-signature').waitFor();
    await otaPanel
      .getByText(/Minutes this month: 0 of 240\. \(30 minutes awaiting co-signature, not counted yet\.\)/)
      .waitFor();
    // Only the supervising OT co-signs: the assistant has no button.
    expect(await otaPanel.getByTestId('service-entry-cosign').count()).toBe(0);
    expect(await assistant.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await checkPage(assistant, 'ota-awaiting-cosign-390');

    const page = await suite.newPage('ot');
    await page.setViewportSize({ width: 720, height: 900 });
    await openSection(page, app.baseUrl, 'ot@demo.school');
    const panel = page.getByTestId('service-log-panel');
    const button = panel.getByRole('button', { name: /^Co-sign the session of .* by Omar Ortiz \(OT assistant\)$/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await panel
      .getByTestId('service-entry-cosigned')
      .getByText(/^Co-signed by Olivia Torres on /)
      .waitFor();
    await panel.getByText('Minutes this month: 30 of 240.').waitFor();
    expect(await panel.getByTestId('service-entry-awaiting').count()).toBe(0);
    // The family's consent to bill public benefits, recorded from the same panel (today's date).
    const consent = page.getByTestId('benefits-consent');
    await consent.getByRole('button', { name: 'Record the family’s consent' }).click();
    await consent.getByText(/^The family consented on .* \(recorded by Olivia Torres\)\.$/).waitFor();
    await consent.getByRole('button', { name: 'Record a revocation' }).waitFor();
    await checkPage(page, 'ot-cosigned-720');
    const row = await eventually(
      'the co-signature in the store',
      () => app.prisma.client.serviceSession.findFirst({ where: { sectionId, current: true } }),
      (r) => r?.cosignedAt !== null && r?.cosignedAt !== undefined,
    );
    expect(row?.cosignedByName).toBe('Olivia Torres');
    expect(await app.prisma.client.benefitsConsent.count({ where: { revokedOn: null } })).toBe(1);

    // The caseload, from the dashboard: Mateo's service is behind (the whole months since the plan started had none).
    await page.goto(`${app.baseUrl}/dashboard`);
    await page.getByTestId('dashboard-caseload-link').click();
    await page.getByRole('heading', { name: 'Caseload: minutes delivered' }).waitFor();
    const item = page.getByTestId('caseload-row').first();
    await item.getByText('Required: 240 minutes a month').waitFor();
    await item.getByText('This month so far: 30 minutes delivered').waitFor();
    await item
      .getByTestId('caseload-behind')
      .getByText(/^Behind by \d+ minutes since /)
      .waitFor();
    await checkPage(page, 'ot-caseload-720');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await checkPage(page, 'ot-caseload-390');

    // The district administrator reads the same figures in Spanish.
    await app.prisma.client.user.update({ where: { email: 'admin@demo.school' }, data: { locale: 'es' } });
    const admin = await suite.newPage('admin');
    await admin.setViewportSize({ width: 390, height: 844 });
    await signIn(admin, app.baseUrl, 'admin@demo.school');
    await admin.goto(`${app.baseUrl}/caseload`);
    const adminItem = admin.getByTestId('caseload-row').first();
    await adminItem.getByText('Exigido: 240 minutos por mes').waitFor();
    await adminItem.getByText(/^Atrasado \d+ minutos desde el /).waitFor();
    await checkPage(admin, 'admin-caseload-es-390');
    expect(suite.pageErrors).toEqual([]);
  });
});
