import type { Browser } from 'playwright-core';
import { checkPage, injectAxe, launchChromium, newPageIn, rulesBelowSerious } from '../browser';

/** The harness every browser test leans on for accessibility must itself catch a violation. */
let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('checkPage', () => {
  it('fails on a serious violation (an unlabelled field, unreadable contrast) and names it', async () => {
    const page = await newPageIn(browser, 'harness', []);
    await page.setContent(
      '<html lang="en"><head><title>t</title></head><body><main><h1>Form</h1>' +
        '<input type="text"><p style="color:#bbb;background:#fff">faint text</p></main></body></html>',
    );
    const failure = await checkPage(page, 'harness-violations').then(
      () => 'passed',
      (err: Error) => err.message,
    );
    expect(failure).toContain('label');
    expect(failure).toContain('color-contrast');
  });

  it('passes a page without serious violations, also when checked twice (the engine injected once)', async () => {
    const page = await newPageIn(browser, 'harness', []);
    await page.setContent(
      '<html lang="en"><head><title>t</title></head><body><main><h1>Form</h1>' +
        '<label>Name <input type="text"></label></main></body></html>',
    );
    await checkPage(page, 'harness-clean');
    await checkPage(page, 'harness-clean-again');
  });

  it('leaves out only the rules that cannot report a serious or critical violation', async () => {
    const page = await newPageIn(browser, 'harness', []);
    await injectAxe(page);
    const off = Object.keys(await page.evaluate(rulesBelowSerious));
    expect(off).toEqual(expect.arrayContaining(['region', 'heading-order', 'landmark-one-main']));
    // empty-heading is a minor rule with serious checks, so it still runs.
    for (const kept of ['color-contrast', 'label', 'button-name', 'empty-heading', 'meta-viewport'])
      expect(off).not.toContain(kept);
  });

  it('passes a page whose only violations are moderate (content outside every landmark)', async () => {
    const page = await newPageIn(browser, 'harness', []);
    await page.setContent(
      '<html lang="en"><head><title>t</title></head><body><h1>Form</h1><p>Loose text</p></body></html>',
    );
    await checkPage(page, 'harness-moderate-only');
  });
});
