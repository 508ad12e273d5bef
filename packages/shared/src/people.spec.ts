import {
  acceptInvitationSchema,
  createInvitationSchema,
  planInputSchema,
  studentInputSchema,
  studentUpdateSchema,
} from './people';

const student = {
  firstName: 'Lena',
  lastName: 'Park',
  dateOfBirth: '2015-06-01',
  schoolId: '00000000-0000-4000-8000-000000000000',
  grade: '4',
  preferredLanguage: 'es',
};

describe('people and plans schemas', () => {
  it('takes a student with trimmed names and refuses impossible or future birth dates', () => {
    expect(studentInputSchema.parse({ ...student, firstName: '  Lena ' }).firstName).toBe('Lena');
    expect(studentInputSchema.safeParse({ ...student, dateOfBirth: '2015-02-30' }).success).toBe(false);
    expect(studentInputSchema.safeParse({ ...student, dateOfBirth: '2999-01-01' }).success).toBe(false);
    expect(studentInputSchema.safeParse({ ...student, preferredLanguage: 'fr' }).success).toBe(false);
  });

  it('needs at least one field to change a student', () => {
    expect(studentUpdateSchema.safeParse({}).success).toBe(false);
    expect(studentUpdateSchema.safeParse({ grade: '5' }).success).toBe(true);
  });

  it('defaults a plan’s dates to none and knows only IEP and 504 plans', () => {
    expect(planInputSchema.parse({ kind: 'plan504' })).toEqual({
      kind: 'plan504',
      meetingDate: null,
      annualReviewDate: null,
    });
    expect(planInputSchema.safeParse({ kind: 'ifsp' }).success).toBe(false);
  });

  it('normalises an invited address, refuses unknown roles and malformed tokens', () => {
    expect(createInvitationSchema.parse({ email: ' Rosa@Example.ORG ', role: 'parent' })).toEqual({
      email: 'rosa@example.org',
      role: 'parent',
    });
    expect(createInvitationSchema.safeParse({ email: 'rosa@example.org', role: 'principal' }).success).toBe(false);
    expect(acceptInvitationSchema.safeParse({ token: 'short' }).success).toBe(false);
    expect(acceptInvitationSchema.safeParse({ token: 'a/b'.repeat(15) }).success).toBe(false);
    expect(acceptInvitationSchema.safeParse({ token: 'A'.repeat(43) }).success).toBe(true);
  });
});
