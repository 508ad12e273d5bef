import { can, SECTION_STATUSES, type Action, type Role, type SectionStatus } from '@iep/shared';
import { api, freshStore, login, sectionOf, startApp, type Session, type TestApp } from '../test/test-app';

/**
 * Every role x every action x every section state, with the one policy as the oracle: a real
 * route answers 2xx exactly when `can()` says yes, and refuses (403, or 409 for a locked state)
 * otherwise. The table is generated from the policy, not written by hand.
 */
const ROLES_SEEDED: Role[] = ['parent', 'teacher', 'ot', 'admin'];

interface Probe {
  action: Action;
  /** The resource `can` is asked about (a thread is asked with its visibility). */
  resource: (status: SectionStatus) => Parameters<typeof can>[2];
  call: (app: TestApp, who: Session, ids: { sectionId: string; studentId: string }) => Promise<number>;
}

/** Each invitation probe invites a new address (an open invitation would answer 409). */
let invited = 0;

const PROBES: Probe[] = [
  {
    action: 'version.create',
    resource: (status) => ({ status }),
    call: async (app, who, { sectionId }) => (await api(app, `/api/sections/${sectionId}/versions`, { method: 'POST', token: who.token, body: { name: 'matrix' } })).status,
  },
  {
    action: 'meeting.lead',
    resource: (status) => ({ status }),
    call: async (app, who, { sectionId }) =>
      (await api(app, `/api/sections/${sectionId}/meetings`, { method: 'POST', token: who.token, body: { scheduledFor: new Date().toISOString() } })).status,
  },
  {
    action: 'audit.view',
    resource: (status) => ({ status }),
    call: async (app, who, { studentId }) => (await api(app, `/api/students/${studentId}/access-log`, { token: who.token })).status,
  },
  {
    action: 'dashboard.view',
    resource: (status) => ({ status }),
    call: async (app, who) => (await api(app, '/api/dashboard', { token: who.token })).status,
  },
  {
    action: 'proposal.create',
    resource: (status) => ({ status }),
    call: async (app, who, { sectionId }) =>
      (await api(app, `/api/sections/${sectionId}/proposals`, { method: 'POST', token: who.token, body: { kind: 'new_goal', fields: { behavior: 'zips a coat' }, rationale: '' } })).status,
  },
  {
    action: 'thread.create',
    resource: (status) => ({ status, visibility: 'team' }),
    call: async (app, who, { sectionId }) =>
      (await api(app, `/api/sections/${sectionId}/threads`, { method: 'POST', token: who.token, body: { part: 'presentLevels', quote: '', visibility: 'team', body: 'A question', mentions: [] } })).status,
  },
  {
    action: 'thread.create',
    resource: (status) => ({ status, visibility: 'staff' }),
    call: async (app, who, { sectionId }) =>
      (await api(app, `/api/sections/${sectionId}/threads`, { method: 'POST', token: who.token, body: { part: 'presentLevels', quote: '', visibility: 'staff', body: 'Staff only', mentions: [] } })).status,
  },
  {
    action: 'team.invite',
    resource: (status) => ({ status }),
    call: async (app, who, { studentId }) =>
      (await api(app, `/api/students/${studentId}/invitations`, { method: 'POST', token: who.token, body: { email: `matrix-${++invited}@example.org`, role: 'teacher' } })).status,
  },
  {
    action: 'team.view',
    resource: (status) => ({ status }),
    call: async (app, who, { studentId }) => (await api(app, `/api/students/${studentId}/team`, { token: who.token })).status,
  },
];

describe('the authorization matrix, from the one policy, against the real routes', () => {
  jest.setTimeout(180_000);
  let app: TestApp;
  const sessions = new Map<Role, Session>();
  let ids: { sectionId: string; studentId: string };

  beforeAll(async () => {
    app = await startApp(await freshStore('pglite'));
    for (const role of ROLES_SEEDED) sessions.set(role, await login(app, `${role}@demo.school`));
    const ot = sessions.get('ot');
    if (!ot) throw new Error('no OT');
    const sectionId = await sectionOf(app, ot, 'Mateo');
    ids = { sectionId, studentId: ((await api(app, `/api/sections/${sectionId}`, { token: ot.token })).body as { studentId: string }).studentId };
  });
  afterAll(() => app.stop());

  it.each(SECTION_STATUSES)('in the %s state, every role gets from every route what the policy allows', async (status) => {
    await app.prisma.client.otSection.update({ where: { id: ids.sectionId }, data: { status } });
    const mismatches: string[] = [];
    let checked = 0;
    for (const probe of PROBES) {
      for (const role of ROLES_SEEDED) {
        const who = sessions.get(role);
        if (!who) continue;
        const allowed = can({ userId: who.userId, role }, probe.action, probe.resource(status));
        const code = await probe.call(app, who, ids);
        checked++;
        const ok = allowed ? code >= 200 && code < 300 : code === 403 || code === 409;
        if (!ok) mismatches.push(`${role} ${probe.action} ${JSON.stringify(probe.resource(status))}: policy ${allowed ? 'allows' : 'refuses'}, route answered ${code}`);
      }
    }
    expect(checked).toBe(PROBES.length * ROLES_SEEDED.length);
    expect(mismatches).toEqual([]);
  });
});
