import { ROLES, SECTION_STATUSES, type Role, type SectionStatus } from './roles';
import { availableTransitions, can, checkTransition } from './policy';
import { STATE_CAPABILITIES, TRANSITIONS } from './workflow';

const as = (role: Role) => ({ userId: 'u1', role });

/** The whole machine, written out: [from, to, roles that may move it]. Anything else is refused. */
const EXPECTED: [SectionStatus, SectionStatus, Role[]][] = [
  ['draft', 'family_review', ['ot', 'admin']],
  ['draft', 'meeting', ['ot', 'admin']],
  ['family_review', 'draft', ['ot', 'admin']],
  ['family_review', 'meeting', ['ot', 'admin']],
  ['meeting', 'draft', ['ot', 'admin']],
  ['meeting', 'pending_signoff', ['ot', 'admin']],
  ['pending_signoff', 'meeting', ['ot', 'admin']],
  ['approved', 'draft', ['ot', 'admin']],
];

describe('section workflow state machine', () => {
  const cases = SECTION_STATUSES.flatMap((from) =>
    SECTION_STATUSES.flatMap((to) => ROLES.map((role) => ({ from, to, role }))),
  );

  it.each(cases)('$role moving $from → $to is allowed exactly when the table says so', ({ from, to, role }) => {
    const row = EXPECTED.find(([f, t]) => f === from && t === to);
    const allowed = row !== undefined && row[2].includes(role);
    expect(checkTransition(as(role), from, to).ok).toBe(allowed);
  });

  it('says why a move is refused: no such move, the wrong role, or approval by signature only', () => {
    expect(checkTransition(as('ot'), 'draft', 'approved')).toEqual({ ok: false, reason: 'no_such_transition' });
    expect(checkTransition(as('teacher'), 'draft', 'meeting')).toEqual({ ok: false, reason: 'role_not_allowed' });
    expect(checkTransition(as('admin'), 'pending_signoff', 'approved')).toEqual({
      ok: false,
      reason: 'by_signature_only',
    });
  });

  it('offers as buttons only the moves the role may take from the current state', () => {
    expect(
      availableTransitions(as('ot'), 'meeting')
        .map((t) => t.to)
        .sort(),
    ).toEqual(['draft', 'pending_signoff']);
    expect(availableTransitions(as('parent'), 'draft')).toEqual([]);
    expect(availableTransitions(as('admin'), 'pending_signoff').map((t) => t.to)).toEqual(['meeting']);
  });

  it('has one rule per (from, to) pair so a move is never ambiguous', () => {
    const pairs = TRANSITIONS.map((t) => `${t.from}>${t.to}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('locks the approved section for every role and every part', () => {
    for (const role of ROLES) {
      expect(can({ userId: 'u', role }, 'section.edit', { status: 'approved' })).toBe(false);
      expect(can({ userId: 'u', role }, 'section.edit', { status: 'approved', part: 'parentConcerns' })).toBe(false);
    }
    expect(STATE_CAPABILITIES.approved).toEqual({ edit: [], comment: false, propose: false, sign: false });
  });

  it('lets only the OT and the administrator correct the content during sign-off', () => {
    const editors = ROLES.filter((role) => can({ userId: 'u', role }, 'section.edit', { status: 'pending_signoff' }));
    expect(editors.sort()).toEqual(['admin', 'ot']);
    expect(
      can({ userId: 'u', role: 'parent' }, 'section.edit', { status: 'pending_signoff', part: 'parentConcerns' }),
    ).toBe(false);
  });

  it('keeps parents to their own parts while the draft is open', () => {
    expect(
      can({ userId: 'u', role: 'parent' }, 'section.edit', { status: 'family_review', part: 'homeStrategies' }),
    ).toBe(true);
    expect(can({ userId: 'u', role: 'parent' }, 'section.edit', { status: 'family_review', part: 'goals' })).toBe(
      false,
    );
    expect(can({ userId: 'u', role: 'parent' }, 'section.edit', { status: 'family_review' })).toBe(false);
  });

  it('allows signing only while pending sign-off, and only to the signers', () => {
    for (const status of SECTION_STATUSES) {
      for (const role of ROLES) {
        const expected = status === 'pending_signoff' && ['ot', 'parent', 'admin'].includes(role);
        expect({ status, role, sign: can({ userId: 'u', role }, 'section.sign', { status }) }).toEqual({
          status,
          role,
          sign: expected,
        });
      }
    }
  });
});
