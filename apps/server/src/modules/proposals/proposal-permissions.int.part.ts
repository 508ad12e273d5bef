import type { SectionStatus } from '@iep/shared';
import { asView, completeFields, proposalApi, type Reply } from '../../test/proposals-kit';
import { appPerFile, newWorld } from '../../test/factories';
import { api, login, sectionOf, type Session, type TestApp } from '../../test/test-app';
import { REASONS_FOR_EMPTY_SECTION } from '../../test/compliance-reasons';

type Person = 'parent' | 'teacher' | 'ot' | 'admin';
type Act = 'propose' | 'endorse' | 'comment' | 'decide';
const PEOPLE: Person[] = ['parent', 'teacher', 'ot', 'admin'];
const ACTS: Act[] = ['propose', 'endorse', 'comment', 'decide'];

/**
 * The expected answers, written out rather than derived from the policy: anyone proposes while the
 * section is open (draft, family review, meeting); anyone endorses and comments until it is
 * approved; the OT and the administrator decide until it is approved. Everything else: 403 for a
 * role that never may, 409 SECTION_LOCKED for a state that does not allow it.
 */
const OPEN: SectionStatus[] = ['draft', 'family_review', 'meeting'];
function expected(person: Person, act: Act, status: SectionStatus): 200 | 403 | 409 {
  const lead = person === 'ot' || person === 'admin';
  switch (act) {
    case 'propose':
      return OPEN.includes(status) ? 200 : 409;
    case 'endorse':
    case 'comment':
      return status === 'approved' ? 409 : 200;
    case 'decide':
      if (!lead) return 403;
      return status === 'approved' ? 409 : 200;
  }
}

const STATUSES: SectionStatus[] = ['draft', 'family_review', 'meeting', 'pending_signoff', 'approved'];
const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('who may do what with goal proposals, by section state', () => {
  const running = appPerFile();
  let app: TestApp;
  let people: Record<Person, Session>;
  let sectionId: string;

  async function moveTo(status: SectionStatus): Promise<void> {
    const move = (to: string, extra: Record<string, unknown> = {}) =>
      api(app, `/api/sections/${sectionId}/transition`, {
        method: 'POST',
        token: people.ot.token,
        body: { to, ...extra },
      });
    if (status === 'family_review') await move('family_review', { respondBy: inDays(7) });
    if (status === 'meeting' || status === 'pending_signoff' || status === 'approved') await move('meeting');
    if (status === 'pending_signoff' || status === 'approved')
      await move('pending_signoff', { overrides: REASONS_FOR_EMPTY_SECTION });
    if (status === 'approved') {
      const state = (await api(app, `/api/sections/${sectionId}/signoffs`, { token: people.ot.token })).body as {
        version: { number: number };
      };
      const sign = (who: Person, typedName: string, decision: string) =>
        api(app, `/api/sections/${sectionId}/signoffs`, {
          method: 'POST',
          token: people[who].token,
          body: { versionNumber: state.version.number, typedName, decision },
        });
      await sign('ot', 'Olivia Torres', 'approve');
      await sign('parent', 'Paula Reyes', 'consent');
      await sign('admin', 'Ada Mensah', 'approve');
    }
    const now = (await api(app, `/api/sections/${sectionId}`, { token: people.ot.token })).body as { status: string };
    expect(now.status).toBe(status);
  }

  it.each(STATUSES)('in the %s state, every role gets the answer the table gives', async (status) => {
    app = running();
    const world = await newWorld(app);
    const p = proposalApi(app);
    people = {
      parent: await login(app, world.emails.parent),
      teacher: await login(app, world.emails.teacher),
      ot: await login(app, world.emails.ot),
      admin: await login(app, world.emails.admin),
    };
    sectionId = await sectionOf(app, people.ot, 'Mateo');
    // Open proposals made while the section was a draft: one to endorse and discuss, one per decider.
    const make = async () =>
      asView(
        await p.create(people.teacher, sectionId, {
          kind: 'new_goal',
          fields: { ...completeFields, area: 'fine_motor' },
          rationale: 'r',
        }),
      ).id;
    const shared = await make();
    const toDecide: Record<Person, string> = {
      parent: await make(),
      teacher: await make(),
      ot: await make(),
      admin: await make(),
    };
    await moveTo(status);

    const act = (person: Person, what: Act): Promise<Reply> => {
      const s = people[person];
      switch (what) {
        case 'propose':
          return p.create(s, sectionId, { kind: 'new_goal', fields: completeFields, rationale: 'r' });
        case 'endorse':
          return p.endorse(s, shared, { stance: 'support', note: person });
        case 'comment':
          return p.comment(s, shared, { body: `from ${person}` });
        case 'decide':
          // Rejection, so each decider's answer leaves the others' proposals open.
          return p.reject(s, toDecide[person], { reason: 'not now' });
      }
    };
    const got: string[] = [];
    const want: string[] = [];
    for (const person of PEOPLE) {
      for (const what of ACTS) {
        const reply = await act(person, what);
        const status200 = reply.status === 201 ? 200 : reply.status;
        const code = (reply.body as { error?: { code?: string } }).error?.code ?? 'ok';
        got.push(`${person} ${what}: ${status200} ${code}`);
        const e = expected(person, what, status);
        want.push(`${person} ${what}: ${e} ${e === 200 ? 'ok' : e === 403 ? 'FORBIDDEN' : 'SECTION_LOCKED'}`);
      }
    }
    expect(got).toEqual(want);
  });
});
