import { browserSuite, checkPage, eventually, signIn } from '../browser';

/**
 * People and plans in real browsers: the district administrator adds a student, a plan and its OT
 * section, invites a parent, and the parent opens the link in another browser, sets a password
 * (a common one is refused first, in words) and lands on the student.
 */

const suite = browserSuite();

describe('people and plans in real browsers', () => {
  it('takes a new student from the admin area to a parent who joined through an invitation', async () => {
    const base = suite.app().baseUrl;
    const admin = await suite.newPage('admin');
    await signIn(admin, base, 'admin@demo.school');
    await admin.getByTestId('admin-link').click();
    await admin.getByTestId('schools').waitFor();

    await admin.getByTestId('add-student').click();
    const form = admin.getByTestId('student-form');
    await form.getByTestId('save-student').click();
    await form.getByText('Fill this in.').first().waitFor();
    await form.getByLabel('First name').fill('Lena');
    await form.getByLabel('Last name').fill('Park');
    await form.getByLabel('Date of birth').fill('2015-06-01');
    await form.getByLabel('Grade').fill('4');
    await form.getByLabel("Family's preferred language").selectOption('es');
    await checkPage(admin, 'admin-student-form');
    await form.getByTestId('save-student').click();
    const lena = admin.getByTestId('admin-student').filter({ hasText: 'Lena Park' });
    await lena.waitFor();

    await lena.getByRole('button', { name: 'Add a plan for Lena Park' }).click();
    await lena.getByLabel('Meeting date').fill('2027-02-01');
    await lena.getByLabel('Annual review date').fill('2028-01-31');
    await lena.getByTestId('save-plan').click();
    await lena.getByRole('button', { name: 'Open an OT section for Lena Park, IEP' }).click();
    await eventually(
      'the OT section to be open',
      () => lena.getByTestId('ot-section-state').textContent(),
      (text) => (text ?? '').includes('Draft'),
    );
    await checkPage(admin, 'admin-area');

    await lena.getByRole('link', { name: 'Team of Lena Park' }).click();
    await admin.getByLabel('Email address').fill('rosa.park@example.org');
    await admin.getByLabel('Role on the team').selectOption('parent');
    await admin.getByTestId('send-invitation').click();
    const link = await eventually(
      'the invitation link',
      () =>
        admin
          .getByTestId('invite-link')
          .inputValue()
          .catch(() => ''),
      (value) => value.includes('/invite/'),
    );
    expect(await admin.getByTestId('invitation-row').getAttribute('data-status')).toBe('pending');
    await checkPage(admin, 'admin-team');

    // The district's outbox has the invitation, its one-time link hidden.
    await admin.getByRole('link', { name: 'Mail outbox' }).click();
    const mail = admin.getByRole('article').filter({ hasText: 'rosa.park@example.org' });
    await mail.getByTestId('outbox-hidden-link').waitFor();
    expect(await mail.getByTestId('outbox-hidden-link').textContent()).toBe('one-time link hidden');
    expect(await admin.locator('main').textContent()).not.toContain(link.split('/invite/')[1] ?? link);
    await checkPage(admin, 'admin-outbox');
    await admin.goBack();
    await admin.getByTestId('invitation-row').waitFor();

    const parent = await suite.newPage('new-parent');
    await parent.goto(link);
    await parent.getByTestId('invitation-summary').waitFor();
    expect(await parent.getByTestId('invitation-summary').textContent()).toBe(
      "Ada Mensah invites you to join Lena's team as Parent or guardian.",
    );
    await checkPage(parent, 'parent-invitation');
    await parent.getByLabel('Your name').fill('Rosa Park');
    await parent.getByLabel('New password').fill('qwertyuiop123');
    await parent.getByTestId('accept-invitation').click();
    await eventually(
      'the common password to be refused',
      () =>
        parent
          .getByTestId('accept-error')
          .textContent()
          .catch(() => ''),
      (text) => text === 'That password is too common; choose another.',
    );
    await parent.getByLabel('New password').fill('copper kettle on tuesday');
    await parent.getByTestId('accept-invitation').click();
    await parent.getByTestId('student-page').waitFor();
    expect(new URL(parent.url()).pathname).toMatch(/^\/students\/[0-9a-f-]{36}$/);
    await parent.getByRole('heading', { name: 'Lena Park', level: 1 }).waitFor();
    // Her role on the team, from the catalog: the name she chose carries none.
    await eventually(
      'the header to name her role',
      async () => (await parent.getByTestId('signed-in-user').textContent()) ?? '',
      (text) => text === 'Signed in as Rosa Park (Parent or guardian)',
    );
    await checkPage(parent, 'parent-landed');

    // The same link again, in a third browser: clearly used.
    const late = await suite.newPage('late');
    await late.goto(link);
    await eventually(
      'the used link to say so',
      () =>
        late
          .getByTestId('invitation-error')
          .textContent()
          .catch(() => ''),
      (text) => (text ?? '').startsWith('This invitation link was already used'),
    );

    await admin.reload();
    await eventually(
      'the invitation to read accepted',
      () => admin.getByTestId('invitation-row').getAttribute('data-status'),
      (s) => s === 'accepted',
    );
    await admin.getByTestId('team-member').filter({ hasText: 'Rosa Park' }).waitFor();
    expect(suite.pageErrors).toEqual([]);
  }, 180_000);
});
