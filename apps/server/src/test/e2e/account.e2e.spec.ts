import { TEST_STORE } from '../factories';
import { browserSuite, checkPage, CLIENT_DIST, eventually } from '../browser';
import { startOidcProvider, type TestProvider } from '../oidc-provider';
import { mailsTo } from '../mailbox';
import { freePort } from '../server-process';
import { freshStore, startApp, type TestApp } from '../test-app';

/**
 * A person's account in a real browser: a forgotten password reset through the mailed link (read
 * from the person's mail), signing in with the new password, then the display name and the language
 * changed on the account page, the interface switching to Spanish at once.
 */

const suite = browserSuite();
const NEW_PASSWORD = 'Purple-Otter-Canoe-2026';

/** The link in the newest reset mail to the address, read as its recipient would (see test/mailbox.ts). */
async function mailedToken(email: string): Promise<string> {
  const mail = (await mailsTo(suite.app(), email)).pop();
  const token = mail?.text.match(/\/reset-password\/([\w-]+)/)?.[1];
  if (!token) throw new Error('no reset link in the mail');
  return token;
}

describe('my account in the browser', () => {
  it('resets a forgotten password with the mailed link, signs in with it, then renames and switches to Spanish', async () => {
    const page = await suite.newPage('teacher');
    const baseUrl = suite.app().baseUrl;

    // The district sign-in is not configured here: no button; a failed one explains itself.
    await page.goto(`${baseUrl}/login?error=OIDC_FAILED`);
    await page.getByText('We could not sign you in with your district account.', { exact: false }).waitFor();
    expect(await page.getByTestId('oidc-sign-in').count()).toBe(0);
    await page.getByTestId('forgot-password-link').click();
    await page.getByLabel('Email').fill('teacher@demo.school');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByTestId('reset-requested').waitFor();
    await checkPage(page, 'teacher-reset-requested');

    await page.goto(`${baseUrl}/reset-password/${await mailedToken('teacher@demo.school')}`);
    await page.getByLabel(/^New password \*?$/).fill('password123456');
    await page.getByLabel('New password again').fill('password123456');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('That password is on the list of common passwords; choose another.').waitFor();
    await checkPage(page, 'teacher-reset-common-password');
    await page.getByLabel(/^New password \*?$/).fill(NEW_PASSWORD);
    await page.getByLabel('New password again').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByTestId('reset-done').waitFor();

    await page.getByRole('link', { name: 'Back to sign in' }).click();
    await page.getByLabel('Email').fill('teacher@demo.school');
    await page.getByLabel('Password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('student-list').waitFor();

    await page.getByTestId('account-link').click();
    await page.getByRole('heading', { name: 'My account', level: 1 }).waitFor();
    await checkPage(page, 'teacher-account');
    await page.getByLabel('Display name').fill('Tomás Rivera');
    await page.getByLabel('Language', { exact: true }).last().selectOption('es');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Mi cuenta', level: 1 }).waitFor();
    await eventually(
      'the header in Spanish',
      async () => (await page.getByTestId('signed-in-user').textContent()) ?? '',
      (text) => text === 'Sesión iniciada como Tomás Rivera (Maestro o maestra)',
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await checkPage(page, 'teacher-account-es');
    const row = await suite.app().prisma.client.user.findUniqueOrThrow({ where: { email: 'teacher@demo.school' } });
    expect({ name: row.name, locale: row.locale }).toEqual({ name: 'Tomás Rivera', locale: 'es' });
    expect(suite.pageErrors).toEqual([]);
  });
});

describe('signing in with the district account in the browser', () => {
  let app: TestApp | undefined;
  let provider: TestProvider | undefined;
  beforeAll(async () => {
    const port = await freePort();
    provider = await startOidcProvider(port, [
      { sub: 'district-ot-7', email: 'ot@demo.school', email_verified: true, name: 'Olivia' },
    ]);
    app = await startApp(await freshStore(TEST_STORE), {
      port,
      clientDist: CLIENT_DIST,
      publicUrl: `http://127.0.0.1:${port}`,
      oidc: { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret },
    });
  });
  afterAll(async () => {
    await app?.stop();
    await provider?.stop();
  });

  it('offers the button, goes through the provider and lands signed in on the student list', async () => {
    if (!app) throw new Error('The app is not running');
    const page = await suite.newPage('ot-oidc');
    await page.goto(`${app.baseUrl}/login`);
    await page.getByTestId('oidc-sign-in').waitFor();
    await checkPage(page, 'ot-oidc-login');
    await page.getByTestId('oidc-sign-in').click();
    // The test provider's bare login form: who signs in there.
    await page.locator('input[name="account"]').fill('district-ot-7');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('student-list').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByTestId('signed-in-user').textContent()).toContain('Olivia Torres');
    expect(suite.pageErrors).toEqual([]);
  });
});
