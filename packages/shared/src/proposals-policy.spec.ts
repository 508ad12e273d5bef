import { can } from './policy';
import { ROLES, SECTION_STATUSES, type Role, type SectionStatus } from './roles';

const OPEN: readonly SectionStatus[] = ['draft', 'family_review', 'meeting'];

/** role × action × status: who may propose, weigh in and decide on goal proposals. */
const table: [Role, 'proposal.create' | 'proposal.endorse' | 'proposal.decide', SectionStatus, boolean][] = [];
for (const role of ROLES) {
  for (const status of SECTION_STATUSES) {
    table.push([role, 'proposal.create', status, OPEN.includes(status)]);
    table.push([role, 'proposal.endorse', status, status !== 'approved']);
    const lead = role === 'ot' || role === 'admin';
    table.push([role, 'proposal.decide', status, lead && status !== 'approved']);
  }
}

describe('the permission policy for goal proposals', () => {
  it.each(table)('%s may %s in a %s section: %s', (role, action, status, expected) => {
    expect(can({ userId: 'u1', role }, action, { status })).toBe(expected);
  });

  it('allows nothing on proposals to someone off the team, or without a section state', () => {
    for (const action of ['proposal.create', 'proposal.endorse', 'proposal.decide'] as const) {
      expect(can({ userId: 'u1', role: null }, action, { status: 'draft' })).toBe(false);
      expect(can({ userId: 'u1', role: 'ot' }, action)).toBe(false);
    }
  });
});
