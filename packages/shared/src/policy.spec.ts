import { can, sectionPermissions, type Action } from './policy';
import { ROLES, SECTION_STATUSES, type Role, type SectionStatus } from './roles';
import { blankNoticeFields, missingNoticeFields } from './notices';

const actor = (role: Role | null) => ({ userId: 'u1', role });

describe('the permission policy', () => {
  it('allows nothing to someone who is not on the student’s team', () => {
    const actions: Action[] = ['student.view', 'section.view', 'section.edit', 'version.create', 'audit.view'];
    for (const action of actions)
      for (const status of SECTION_STATUSES) expect(can(actor(null), action, { status })).toBe(false);
  });

  it('lets every team member view the student and the section in every state', () => {
    for (const role of ROLES) {
      expect(can(actor(role), 'student.view')).toBe(true);
      for (const status of SECTION_STATUSES) expect(can(actor(role), 'section.view', { status })).toBe(true);
    }
  });

  it('lets a parent edit only parent concerns and home strategies, and only while the section is open', () => {
    expect(can(actor('parent'), 'section.edit', { status: 'draft', part: 'parentConcerns' })).toBe(true);
    expect(can(actor('parent'), 'section.edit', { status: 'family_review', part: 'homeStrategies' })).toBe(true);
    expect(can(actor('parent'), 'section.edit', { status: 'draft', part: 'presentLevels' })).toBe(false);
    expect(can(actor('parent'), 'section.edit', { status: 'draft', part: 'goals' })).toBe(false);
    expect(can(actor('parent'), 'section.edit', { status: 'approved', part: 'parentConcerns' })).toBe(false);
    expect(can(actor('teacher'), 'section.edit', { status: 'meeting', part: 'goals' })).toBe(true);
  });

  const editTable: [Role, SectionStatus, boolean][] = [];
  for (const role of ROLES) {
    for (const status of SECTION_STATUSES) {
      const staff = role !== 'parent';
      const open = status === 'draft' || status === 'family_review' || status === 'meeting';
      // During sign-off only the OT and the administrator may still correct (and so void signatures).
      const correcting = status === 'pending_signoff' && (role === 'ot' || role === 'admin');
      editTable.push([role, status, (staff && open) || correcting]);
    }
  }
  it.each(editTable)('%s editing a %s section: %s', (role, status, expected) => {
    expect(can(actor(role), 'section.edit', { status })).toBe(expected);
  });

  it('lets staff, not parents, save a named version, only where they may still change the section', () => {
    expect(ROLES.filter((role) => can(actor(role), 'version.create', { status: 'draft' }))).toEqual([
      'teacher',
      'ot',
      'ota',
      'admin',
    ]);
    expect(ROLES.filter((role) => can(actor(role), 'version.create', { status: 'pending_signoff' }))).toEqual([
      'ot',
      'admin',
    ]);
    expect(ROLES.filter((role) => can(actor(role), 'version.create', { status: 'approved' }))).toEqual([]);
    expect(can(actor('ot'), 'version.create')).toBe(false);
  });

  it('refuses an edit when the section state is not given', () => {
    expect(can(actor('ot'), 'section.edit')).toBe(false);
  });

  it('reports view and edit together for the UI', () => {
    const parts = ['presentLevels', 'parentConcerns', 'homeStrategies'];
    expect(sectionPermissions(actor('parent'), { status: 'draft' }, parts)).toEqual({
      view: true,
      edit: false,
      editParts: ['parentConcerns', 'homeStrategies'],
    });
    expect(sectionPermissions(actor('ota'), { status: 'approved' }, parts)).toEqual({
      view: true,
      edit: false,
      editParts: [],
    });
    expect(sectionPermissions(actor('ot'), { status: 'meeting' }, parts)).toEqual({
      view: true,
      edit: true,
      editParts: parts,
    });
  });
});

describe('comment thread policy', () => {
  const roles = ['parent', 'teacher', 'ot', 'ota', 'admin'] as const;
  it('never lets a parent see or write in a staff-only thread; staff see both', () => {
    for (const role of roles) {
      const actor = { userId: 'u', role };
      expect(can(actor, 'thread.view', { status: 'draft', visibility: 'team' })).toBe(true);
      expect(can(actor, 'thread.view', { status: 'draft', visibility: 'staff' })).toBe(role !== 'parent');
      expect(can(actor, 'thread.create', { status: 'draft', visibility: 'staff' })).toBe(role !== 'parent');
      expect(can(actor, 'comment.create', { status: 'family_review', visibility: 'team' })).toBe(true);
      expect(can(actor, 'comment.create', { status: 'approved', visibility: 'team' })).toBe(false);
    }
  });
  it('lets the thread’s author, the OT or the admin resolve; a comment is edited only by its author', () => {
    const resource = { status: 'meeting' as const, visibility: 'team' as const, authorId: 'author' };
    expect(can({ userId: 'author', role: 'parent' }, 'thread.resolve', resource)).toBe(true);
    expect(can({ userId: 'x', role: 'teacher' }, 'thread.resolve', resource)).toBe(false);
    expect(can({ userId: 'x', role: 'ot' }, 'thread.resolve', resource)).toBe(true);
    expect(can({ userId: 'x', role: 'admin' }, 'thread.resolve', resource)).toBe(true);
    expect(can({ userId: 'x', role: 'admin' }, 'comment.edit', resource)).toBe(false);
    expect(can({ userId: 'author', role: 'teacher' }, 'comment.edit', resource)).toBe(true);
    expect(can({ userId: 'author', role: 'ot' }, 'thread.view', { status: 'draft' })).toBe(false);
  });
});

describe('people and plans', () => {
  it('lets a district administrator manage the district and its teams without a team role', () => {
    const districtAdmin = { userId: 'u', role: null, districtAdmin: true };
    expect(can(districtAdmin, 'district.manage')).toBe(true);
    expect(can(districtAdmin, 'team.manage')).toBe(true);
    expect(can(districtAdmin, 'section.view', { status: 'draft' })).toBe(false);
    expect(can(districtAdmin, 'record.export')).toBe(false);
  });
  it('lets the OT and the administrator invite, only the administrator remove, and nobody else either', () => {
    expect(can({ userId: 'u', role: 'ot' }, 'team.invite')).toBe(true);
    expect(can({ userId: 'u', role: 'ot' }, 'team.manage')).toBe(false);
    expect(can({ userId: 'u', role: 'admin' }, 'team.manage')).toBe(true);
    for (const role of ['parent', 'teacher', 'ota'] as const) {
      expect(can({ userId: 'u', role }, 'team.invite')).toBe(false);
      expect(can({ userId: 'u', role }, 'team.manage')).toBe(false);
    }
  });
  it('lets a parent export the record and not a teacher; a team role never manages the district', () => {
    expect(can({ userId: 'u', role: 'parent' }, 'record.export')).toBe(true);
    expect(can({ userId: 'u', role: 'teacher' }, 'record.export')).toBe(false);
    expect(can({ userId: 'u', role: 'admin' }, 'district.manage')).toBe(false);
  });
});

describe('reading the mail outbox', () => {
  it('is a district administrator’s alone: no team role reads it, not even the student’s administrator', () => {
    for (const role of ROLES) expect(can(actor(role), 'mail.read')).toBe(false);
    expect(can(actor(null), 'mail.read')).toBe(false);
    expect(can({ userId: 'u1', role: null, districtAdmin: true }, 'mail.read')).toBe(true);
    expect(can({ userId: 'u1', role: 'admin', districtAdmin: false }, 'mail.read')).toBe(false);
  });
});

describe('Prior Written Notice', () => {
  it('lets the OT and the administrator write and issue, all staff read drafts, the family read issued notices and acknowledge', () => {
    const at = { status: 'approved' as const };
    for (const role of ['ot', 'admin'] as const) {
      expect(can(actor(role), 'notice.edit', at)).toBe(true);
      expect(can(actor(role), 'notice.issue', at)).toBe(true);
    }
    for (const role of ['teacher', 'ota', 'parent'] as const) {
      expect(can(actor(role), 'notice.edit', at)).toBe(false);
      expect(can(actor(role), 'notice.issue', at)).toBe(false);
    }
    expect(can(actor('teacher'), 'notice.drafts', at)).toBe(true);
    expect(can(actor('parent'), 'notice.drafts', at)).toBe(false);
    for (const role of ROLES) expect(can(actor(role), 'notice.view', at)).toBe(true);
    expect(can(actor('parent'), 'notice.acknowledge', at)).toBe(true);
    expect(can(actor('ot'), 'notice.acknowledge', at)).toBe(false);
    expect(can(actor(null), 'notice.view', at)).toBe(false);
    expect(can({ userId: 'u', role: null, districtAdmin: true }, 'notice.view', at)).toBe(false);
  });
});

describe('notice fields', () => {
  it('names the required fields still blank, and an option without its reason', () => {
    expect(missingNoticeFields(blankNoticeFields())).toEqual(['description', 'reasons', 'options', 'dataUsed']);
    expect(
      missingNoticeFields({
        ...blankNoticeFields('refuses'),
        description: 'More minutes',
        reasons: 'Goals met',
        dataUsed: 'Evaluation',
        options: [{ option: '60 minutes', whyRejected: ' ' }],
      }),
    ).toEqual(['options']);
  });
});
