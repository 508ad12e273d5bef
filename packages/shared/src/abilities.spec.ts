import { sectionAbilities, suggestOnlyParts, writableParts } from './abilities';
import { GOAL_DESCRIPTION_PART } from './doc/suggestion-parts';
import { MEETING_NOTES_ROOT } from './meeting';
import { can, ROLE_GRANTS } from './policy';
import { FAMILY_ROLES, ROLES, SECTION_STATUSES, type Role } from './roles';

const actor = (role: Role | null) => ({ userId: 'u1', role });

describe('section abilities, the policy presented', () => {
  it('answers every ability from can(): someone off the team may do nothing', () => {
    for (const status of SECTION_STATUSES) {
      const none = sectionAbilities(actor(null), { status });
      for (const [name, value] of Object.entries(none))
        expect([name, value]).toEqual([name, Array.isArray(value) ? [] : false]);
    }
  });

  it('gives the family their own parts, comments, proposals, their answer and their consent, and nothing staff-only', () => {
    const review = sectionAbilities(actor('parent'), { status: 'family_review' });
    expect(review).toMatchObject({
      edit: false,
      editParts: ['parentConcerns', 'homeStrategies'],
      writeMeetingNotes: true,
      comment: true,
      staffThreads: false,
    });
    expect(review).toMatchObject({
      propose: true,
      respondAsFamily: true,
      saveVersion: false,
      transitions: [],
      leadMeeting: false,
      consentToExcusal: true,
      exportRecord: true,
    });
    expect(sectionAbilities(actor('parent'), { status: 'draft' }).respondAsFamily).toBe(false);
    expect(sectionAbilities(actor('parent'), { status: 'pending_signoff' })).toMatchObject({
      sign: true,
      approve: false,
      revokeConsent: true,
    });
  });

  it('gives the OT the workflow moves of the state, and the administrator the approving signature', () => {
    expect(sectionAbilities(actor('ot'), { status: 'meeting' }).transitions.sort()).toEqual([
      'draft',
      'pending_signoff',
    ]);
    expect(sectionAbilities(actor('teacher'), { status: 'meeting' }).transitions).toEqual([]);
    expect(sectionAbilities(actor('admin'), { status: 'pending_signoff' })).toMatchObject({
      transitions: ['meeting'],
      sign: true,
      approve: true,
    });
    expect(sectionAbilities(actor('ot'), { status: 'pending_signoff' }).approve).toBe(false);
  });

  it('locks everything that writes once the section is approved, meeting notes included', () => {
    for (const role of ROLES) {
      const locked = sectionAbilities(actor(role), { status: 'approved' });
      expect(locked).toMatchObject({
        edit: false,
        editParts: [],
        writeMeetingNotes: false,
        saveVersion: false,
        comment: false,
        propose: false,
        sign: false,
      });
      expect(writableParts(locked).size).toBe(0);
    }
  });

  it('hands the document socket the same parts the page shows, plus the meeting notes', () => {
    const teacher = sectionAbilities(actor('teacher'), { status: 'pending_signoff' });
    expect(teacher.edit).toBe(false);
    expect([...writableParts(teacher)]).toEqual([MEETING_NOTES_ROOT]);
    const ot = sectionAbilities(actor('ot'), { status: 'draft' });
    expect([...writableParts(ot)]).toEqual([...ot.editParts, MEETING_NOTES_ROOT]);
  });

  it('reads the role lists as data: each granted role is allowed and no other', () => {
    for (const action of [
      'audit.detail',
      'dashboard.view',
      'staff.room',
      'team.manage',
      'consent.revoke',
      'excusal.consent',
    ] as const) {
      expect(ROLES.filter((role) => can(actor(role), action, { status: 'draft' }))).toEqual(
        ROLES.filter((role) => ROLE_GRANTS[action].includes(role)),
      );
    }
    expect(ROLE_GRANTS['staff.room'].some((role) => FAMILY_ROLES.includes(role))).toBe(false);
  });

  it('lets a district administrator read the outbox and manage people without being on the team', () => {
    expect(can({ userId: 'd', role: null, districtAdmin: true }, 'mail.read')).toBe(true);
    expect(can({ userId: 'd', role: null, districtAdmin: true }, 'section.view', { status: 'draft' })).toBe(false);
    expect(ROLES.filter((role) => can(actor(role), 'mail.read'))).toEqual([]);
  });

  it('lets a parent suggest in goal descriptions (only suggest) and staff choose either mode there, until sign-off', () => {
    const parent = sectionAbilities(actor('parent'), { status: 'draft' });
    expect(parent.suggestParts).toContain(GOAL_DESCRIPTION_PART);
    expect(suggestOnlyParts(parent)).toEqual(new Set(['presentLevels', 'classroomStrategies', GOAL_DESCRIPTION_PART]));
    for (const role of ['ot', 'teacher'] as const) {
      const staff = sectionAbilities(actor(role), { status: 'meeting' });
      expect(staff.suggestParts).toContain(GOAL_DESCRIPTION_PART);
      expect(suggestOnlyParts(staff)).toEqual(new Set());
    }
    expect(sectionAbilities(actor('parent'), { status: 'pending_signoff' }).suggestParts).toEqual([]);
  });
});
