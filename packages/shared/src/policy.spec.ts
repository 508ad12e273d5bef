import { can, sectionPermissions, type Action } from './policy';
import { ROLES, SECTION_STATUSES, type Role, type SectionStatus } from './roles';

const actor = (role: Role | null) => ({ userId: 'u1', role });

describe('the permission policy', () => {
  it('allows nothing to someone who is not on the student’s team', () => {
    const actions: Action[] = ['student.view', 'section.view', 'section.edit', 'version.create', 'audit.view'];
    for (const action of actions) for (const status of SECTION_STATUSES) expect(can(actor(null), action, { status })).toBe(false);
  });

  it('lets every team member view the student and the section in every state', () => {
    for (const role of ROLES) {
      expect(can(actor(role), 'student.view')).toBe(true);
      for (const status of SECTION_STATUSES) expect(can(actor(role), 'section.view', { status })).toBe(true);
    }
  });

  const editTable: [Role, SectionStatus, boolean][] = [];
  for (const role of ROLES) {
    for (const status of SECTION_STATUSES) {
      const staff = role !== 'parent';
      const open = status === 'draft' || status === 'family_review' || status === 'meeting';
      editTable.push([role, status, staff && open]);
    }
  }
  it.each(editTable)('%s editing a %s section: %s', (role, status, expected) => {
    expect(can(actor(role), 'section.edit', { status })).toBe(expected);
  });

  it('lets staff, not parents, save a named version', () => {
    expect(ROLES.filter((role) => can(actor(role), 'version.create'))).toEqual(['teacher', 'ot', 'ota', 'admin']);
  });

  it('refuses an edit when the section state is not given', () => {
    expect(can(actor('ot'), 'section.edit')).toBe(false);
  });

  it('reports view and edit together for the UI', () => {
    expect(sectionPermissions(actor('parent'), { status: 'draft' })).toEqual({ view: true, edit: false });
    expect(sectionPermissions(actor('ota'), { status: 'approved' })).toEqual({ view: true, edit: false });
    expect(sectionPermissions(actor('ot'), { status: 'meeting' })).toEqual({ view: true, edit: true });
  });
});
