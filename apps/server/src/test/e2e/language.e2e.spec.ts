import { browserSuite, checkPage, eventually, signIn } from '../browser';

/**
 * The account's language in a real browser: saved in Spanish, the next sign-in (on a device that
 * never chose a language) opens in Spanish; switching in the header saves the choice to the account,
 * so the sign-in after that opens in English.
 */

const suite = browserSuite();

const signedInText = async (page: Awaited<ReturnType<typeof suite.newPage>>): Promise<string> =>
  (await page.getByTestId('signed-in-user').textContent()) ?? '';

describe('the account’s language in the browser', () => {
  it('applies the saved language at sign-in and saves the header switch to the account', async () => {
    const app = suite.app();
    const email = 'parent@demo.school';
    await app.prisma.client.user.update({ where: { email }, data: { locale: 'es' } });

    const first = await suite.newPage('parent');
    await signIn(first, app.baseUrl, email);
    await eventually(
      'the header in Spanish',
      () => signedInText(first),
      (t) => t.startsWith('Sesión iniciada como'),
    );
    expect(await first.locator('html').getAttribute('lang')).toBe('es');
    await checkPage(first, 'parent-signed-in-es');

    await first.getByTestId('language-switch').selectOption('en');
    await eventually(
      'the header in English',
      () => signedInText(first),
      (t) => t.startsWith('Signed in as'),
    );
    await eventually(
      'the account saved in English',
      async () => (await app.prisma.client.user.findUniqueOrThrow({ where: { email } })).locale,
      (locale) => locale === 'en',
    );

    // Another device, which never chose: the account's language (now English) applies.
    await app.prisma.client.user.update({ where: { email }, data: { locale: 'es' } });
    const second = await suite.newPage('parent-again');
    await signIn(second, app.baseUrl, email);
    await eventually(
      'Spanish again',
      () => signedInText(second),
      (t) => t.startsWith('Sesión iniciada como'),
    );
    expect(suite.pageErrors).toEqual([]);
  });
});
