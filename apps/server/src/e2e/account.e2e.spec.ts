import { browserSuite, checkPage, eventually } from '../test/browser';

/**
 * A person's account in a real browser: a forgotten password reset through the mailed link (read
 * from the outbox), signing in with the new password, then the display name and the language
 * changed on the account page, the interface switching to Spanish at once.
 */

const suite = browserSuite();
const NEW_PASSWORD = 'Purple-Otter-Canoe-2026';

async function mailedToken(email: string): Promise<string> {
  const mail = await eventually(
    'the reset mail in the outbox',
    () => suite.app().prisma.client.mailOutbox.findFirst({ where: { to: email }, orderBy: { createdAt: 'desc' } }),
    (row) => row !== null,
  );
  const token = mail?.text.match(/\/reset-password\/([\w-]+)/)?.[1];
  if (!token) throw new Error('no reset link in the mail');
  return token;
}

describe('my account in the browser', () => {
  it('resets a forgotten password with the mailed link, signs in with it, then renames and switches to Spanish', async () => {
    const page = await suite.newPage('teacher');
    const baseUrl = suite.app().baseUrl;

    await page.goto(`${baseUrl}/login`);
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
    await eventually('the header in Spanish', async () => (await page.getByTestId('signed-in-user').textContent()) ?? '', (text) => text === 'Sesión iniciada como Tomás Rivera');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await checkPage(page, 'teacher-account-es');
    const row = await suite.app().prisma.client.user.findUniqueOrThrow({ where: { email: 'teacher@demo.school' } });
    expect({ name: row.name, locale: row.locale }).toEqual({ name: 'Tomás Rivera', locale: 'es' });
    expect(suite.pageErrors).toEqual([]);
  }, 120_000);
});
