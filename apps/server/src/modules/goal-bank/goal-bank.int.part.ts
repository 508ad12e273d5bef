import { TEST_STORE } from '../../test/factories';
import { api, freshStore, login, startApp, type TestApp } from '../../test/test-app';

interface Result {
  templates: { id: string; area: string; title: string; goal: { blanks: string[]; baseline: string } }[];
}

describe('the goal bank over HTTP', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startApp(await freshStore(TEST_STORE));
    token = (await login(app, 'teacher@demo.school')).token;
  });
  afterAll(() => app.stop());

  it('finds templates by keyword in Spanish without accents, filtered by area, with blanks marked', async () => {
    const res = await api(app, '/api/goal-bank?q=lapiz&area=fine_motor&locale=es', { token });
    expect(res.status).toBe(200);
    const body = res.body as Result;
    expect(body.templates.length).toBeGreaterThan(0);
    expect(body.templates.every((t) => t.area === 'fine_motor')).toBe(true);
    expect(body.templates.some((t) => t.goal.blanks.length > 0 && /\[\[\w+\]\]/.test(JSON.stringify(t.goal)))).toBe(
      true,
    );
  });

  it('lists every area when no filter is given, and refuses an unknown area or no session', async () => {
    const all = (await api(app, '/api/goal-bank', { token })).body as Result;
    expect(new Set(all.templates.map((t) => t.area)).size).toBe(9);
    expect(all.templates.length).toBeGreaterThanOrEqual(40);
    const bad = await api(app, '/api/goal-bank?area=cooking', { token });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'VALIDATION_FAILED', details: { fields: [{ field: 'area' }] } } });
    expect((await api(app, '/api/goal-bank')).status).toBe(401);
  });
});
