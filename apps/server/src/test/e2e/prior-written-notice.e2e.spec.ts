import type { Page } from 'playwright-core';
import { completeFields, proposalApi } from '../proposals-kit';
import { inbox } from '../mailbox';
import { login, sectionOf } from '../test-app';
import { browserSuite, checkPage, eventually, openSection, signIn, saveScreenshot } from '../browser';

/**
 * Prior Written Notice in real browsers, on phones (390x844): the OT rejects a parent's proposal,
 * completes the draft notice it made and issues it; the Spanish-speaking parent follows the link in
 * the mail, reads the notice in Spanish and acknowledges receipt with the keyboard; the OT's open
 * page shows the receipt live.
 */

const suite = browserSuite();

/** The notices panel alone, as the person sees it on the phone, kept as a test artifact. */
function panelShot(page: Page, name: string): Promise<void> {
  return saveScreenshot(page.getByTestId('notices-panel'), name);
}

/** Nothing wider than the window: no sideways scrolling on a phone. */
async function fitsWidth(page: Page): Promise<boolean> {
  return (await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')) === true;
}

/** An attribute of the element that has keyboard focus (null when none). */
async function activeAttribute(page: Page, name: string): Promise<string | null> {
  const value: unknown = await page.evaluate(
    `document.activeElement && document.activeElement.getAttribute(${JSON.stringify(name)})`,
  );
  return typeof value === 'string' ? value : null;
}

describe('Prior Written Notice in real browsers', () => {
  it('is issued by the OT and acknowledged by the Spanish-speaking parent from the mailed link', async () => {
    const app = suite.app();
    await app.prisma.client.user.update({ where: { email: 'parent@demo.school' }, data: { locale: 'es' } });
    const [otApi, parentApi] = await Promise.all([login(app, 'ot@demo.school'), login(app, 'parent@demo.school')]);
    const sectionId = await sectionOf(app, otApi, 'Mateo');
    const proposals = proposalApi(app);
    const created = await proposals.create(parentApi, sectionId, {
      kind: 'new_goal',
      fields: completeFields,
      rationale: 'He needs more help',
    });
    const proposalId = (created.body as { id: string }).id;
    await proposals.reject(otApi, proposalId, { reason: 'The current goal already covers buttoning' });

    const ot = await suite.newPage('ot');
    await ot.setViewportSize({ width: 390, height: 844 });
    await openSection(ot, app.baseUrl, 'ot@demo.school');
    const panel = ot.getByTestId('notices-panel');
    const draft = panel.locator('[data-testid="notice-item"][data-status="draft"]');
    await draft.waitFor();
    expect(await draft.getByTestId('notice-reasons').inputValue()).toBe('The current goal already covers buttoning');
    await draft.getByLabel('Other factors (optional)').fill('The family asked for this at home too.');
    await panelShot(ot, 'notice-panel-ot-draft-390');
    await draft.getByTestId('notice-issue').click();
    await draft.getByTestId('notice-issue-confirm').click();
    const issued = panel.locator('[data-testid="notice-item"][data-status="issued"]');
    await issued.waitFor();
    expect(await issued.textContent()).toContain('The family has not confirmed receipt yet.');
    expect(await fitsWidth(ot)).toBe(true);
    await panel.scrollIntoViewIfNeeded();
    await checkPage(ot, 'ot-notice-issued-390');
    await panelShot(ot, 'notice-panel-ot-390');

    // The parent gets the mail in Spanish, with a link to the notice.
    const mail = await eventually(
      'the notice mail to the parent',
      async () =>
        (await inbox(app, 'parent@demo.school')).find((m) => m.subject.startsWith('Aviso Previo por Escrito')),
      (m) => m !== undefined,
    );
    const link = /https?:\/\/\S+#notice-[0-9a-f-]+/.exec(mail?.text ?? '')?.[0] ?? '';
    const target = new URL(link);
    const noticeId = target.hash.slice('#notice-'.length);

    const parent = await suite.newPage('parent');
    await parent.setViewportSize({ width: 390, height: 844 });
    await signIn(parent, app.baseUrl, 'parent@demo.school');
    await parent.goto(`${app.baseUrl}${target.pathname}${target.hash}`);
    const notice = parent.locator(`[data-notice-id="${noticeId}"]`);
    await notice.waitFor();
    await parent.getByRole('heading', { name: 'Aviso Previo por Escrito' }).waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('Lo que la escuela rechaza');
    expect(text).toContain('Sus derechos');
    expect(text).toContain('garantías procesales');
    // The link put keyboard focus on the notice; Tab reaches "I received this notice" and Enter presses it.
    await eventually(
      'focus on the linked notice',
      () => activeAttribute(parent, 'data-notice-id'),
      (id) => id === noticeId,
    );
    let focused: string | null = null;
    for (let i = 0; i < 6 && focused !== 'notice-acknowledge'; i++) {
      await parent.keyboard.press('Tab');
      focused = await activeAttribute(parent, 'data-testid');
    }
    expect(focused).toBe('notice-acknowledge');
    await parent.keyboard.press('Enter');
    await notice.getByTestId('notice-receipt').waitFor();
    expect(await notice.getByTestId('notice-receipt').textContent()).toContain('confirmó que lo recibió');
    expect(await notice.getByTestId('notice-acknowledge').count()).toBe(0);
    expect(await fitsWidth(parent)).toBe(true);
    await checkPage(parent, 'parent-notice-acknowledged-es-390');
    await panelShot(parent, 'notice-panel-parent-es-390');

    // The OT's open page hears of the receipt over the socket.
    await issued.getByTestId('notice-receipt').waitFor();
    const receipt = await app.prisma.client.noticeReceipt.findFirstOrThrow({ where: { noticeId } });
    expect(receipt.acknowledgedAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(suite.pageErrors).toEqual([]);
  });
});
