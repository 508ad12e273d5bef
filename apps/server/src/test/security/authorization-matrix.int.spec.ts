import { TEST_STORE } from '../factories';
import { can, SECTION_STATUSES, type Action, type Role } from '@iep/shared';
import { freshStore, startApp, type TestApp } from '../test-app';
import type { Probe } from './authorization-probe-kit';
import { answered, PROBES } from './authorization-probes';
import { MATRIX_ROLES, MatrixWorld } from './authorization-world';

/**
 * Every role x every action of the policy x every section state, with the one policy as the
 * oracle: the real route or socket answers 2xx (or applies the write) exactly when `can()` says
 * yes, and refuses (403, or 409 for a state that does not allow it) otherwise.
 */
describe('the authorization matrix, from the one policy, against the real routes and sockets', () => {
  jest.setTimeout(600_000);
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp(await freshStore(TEST_STORE));
  });
  afterAll(() => app.stop());

  it('has at least one probe for every action of the policy', () => {
    for (const probes of Object.values(PROBES)) expect(probes.length).toBeGreaterThan(0);
  });

  it.each(SECTION_STATUSES)(
    'in the %s state, every role gets from every route and socket what the policy allows',
    async (state) => {
      // Each state on a world of its own: records the probes of one state made do not pile up under the next.
      const w = await MatrixWorld.start(app);
      const mismatches: string[] = [];
      let checked = 0;
      let allowedSeen = 0;
      for (const [action, probes] of Object.entries(PROBES) as [Action, readonly Probe[]][]) {
        for (const probe of probes) {
          for (const role of MATRIX_ROLES as readonly Role[]) {
            const who = w.as(role);
            await w.setStatus(state);
            const resource = probe.resource(state, w, who);
            const allowed = can(who.actor, action, resource);
            const code = await probe.call(w, who, state);
            checked++;
            if (allowed) allowedSeen++;
            if (!answered(probe, allowed, code, resource))
              mismatches.push(
                `${role} ${action} (${probe.what}): policy ${allowed ? 'allows' : 'refuses'}, answered ${code}`,
              );
          }
        }
      }
      const probeCount = Object.values(PROBES).reduce((n, probes) => n + probes.length, 0);
      expect(checked).toBe(probeCount * MATRIX_ROLES.length);
      // The matrix exercises both answers in every state: a table of refusals alone proves little.
      expect(allowedSeen).toBeGreaterThan(0);
      expect(allowedSeen).toBeLessThan(checked);
      expect(mismatches).toEqual([]);
    },
  );
});
