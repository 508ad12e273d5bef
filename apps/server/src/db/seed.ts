import type { PrismaClient } from '../generated/prisma/client';
import { hashPassword, PASSWORD_COST } from '../modules/auth/auth.service';

export const DEMO_PASSWORD = 'demo1234';
export const DEMO_LOGINS = [
  { email: 'ot@demo.school', name: 'Olivia Torres', role: 'ot' },
  { email: 'teacher@demo.school', name: 'Tom Baker', role: 'teacher' },
  { email: 'parent@demo.school', name: 'Paula Reyes', role: 'parent' },
  { email: 'admin@demo.school', name: 'Ada Mensah', role: 'admin' },
] as const;

export type DemoRole = (typeof DEMO_LOGINS)[number]['role'];

/** The demo OTA (issue 22): on Mateo's team, supervised by the team's OT, who co-signs their sessions. */
export const DEMO_OTA = { email: 'ota@demo.school', name: 'Omar Ortiz' } as const;

/** What `createDemoDistrict` made: ids to find it by. */
export interface DemoDistrict {
  districtId: string;
  schoolId: string;
  /** User ids by role. */
  users: Record<DemoRole, string>;
  /** By first name: Mateo (whose team has the parent) and Ava (whose team has no parent). */
  students: Record<'Mateo' | 'Ava', { studentId: string; planId: string; sectionId: string }>;
}

/**
 * The demo district: one school, two students, one user per role. The demo parent is on the team of
 * Mateo only. Runs once: a database that has any district is left alone.
 */
export async function seedDemo(prisma: PrismaClient, passwordCost = PASSWORD_COST): Promise<boolean> {
  if ((await prisma.district.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD, passwordCost);
  const made = await createDemoDistrict(
    prisma,
    passwordHash,
    (role) => DEMO_LOGINS.find((l) => l.role === role)?.email ?? role,
  );
  await addOta(prisma, made.students.Mateo.studentId, DEMO_OTA.email, DEMO_OTA.name, passwordHash);
  return true;
}

/**
 * A district is some thirty inserts in one transaction: on a busy machine (each statement a round
 * trip to the database's thread) that can pass Prisma's 5 s default, which would fail a boot or a test.
 */
const DISTRICT_TX = { maxWait: 10_000, timeout: 30_000 };

/**
 * Creates a district shaped like the demo one, with the given sign-in addresses, in one transaction
 * (the tests' factories make one per test, each with addresses of its own).
 */
export async function createDemoDistrict(
  prisma: PrismaClient,
  passwordHash: string,
  emailOf: (role: DemoRole) => string,
  districtName = 'Demo Unified School District',
): Promise<DemoDistrict> {
  return prisma.$transaction(async (tx) => {
    const district = await tx.district.create({ data: { name: districtName } });
    const school = await tx.school.create({ data: { districtId: district.id, name: 'Lincoln Elementary' } });
    const users: Partial<Record<DemoRole, string>> = {};
    for (const login of DEMO_LOGINS) {
      const user = await tx.user.create({
        data: { email: emailOf(login.role), name: login.name, passwordHash, locale: 'en' },
      });
      users[login.role] = user.id;
    }
    const { ot, teacher, parent, admin } = users;
    if (!ot || !teacher || !parent || !admin) throw new Error('a demo user was not created');
    const byRole: Record<DemoRole, string> = { ot, teacher, parent, admin };
    // The demo administrator also runs the district (schools, students, plans, teams).
    await tx.districtAdmin.create({ data: { districtId: district.id, userId: admin } });
    const students = [
      {
        firstName: 'Mateo',
        lastName: 'Reyes',
        dateOfBirth: new Date('2017-03-14'),
        grade: '3',
        preferredLanguage: 'es',
        withParent: true,
      },
      {
        firstName: 'Ava',
        lastName: 'Chen',
        dateOfBirth: new Date('2011-09-02'),
        grade: '8',
        preferredLanguage: 'en',
        withParent: false,
      },
    ] as const;
    const made: Partial<DemoDistrict['students']> = {};
    for (const s of students) {
      const { withParent, ...data } = s;
      const student = await tx.student.create({ data: { ...data, schoolId: school.id } });
      for (const login of DEMO_LOGINS) {
        if (login.role === 'parent' && !withParent) continue;
        await tx.teamMembership.create({
          data: { studentId: student.id, userId: byRole[login.role], role: login.role },
        });
      }
      const now = new Date();
      const plan = await tx.plan.create({
        data: {
          studentId: student.id,
          kind: 'iep',
          meetingDate: new Date(now.getTime() + 14 * 86_400_000),
          annualReviewDate: new Date(now.getTime() + 365 * 86_400_000),
        },
      });
      const section = await tx.otSection.create({ data: { planId: plan.id } });
      made[s.firstName] = { studentId: student.id, planId: plan.id, sectionId: section.id };
    }
    const { Mateo, Ava } = made;
    if (!Mateo || !Ava) throw new Error('a demo student was not created');
    return { districtId: district.id, schoolId: school.id, users: byRole, students: { Mateo, Ava } };
  }, DISTRICT_TX);
}

/** An OTA on a student's team (the demo's, and the tests' `withOta`); answers the user id. */
export async function addOta(
  prisma: PrismaClient,
  studentId: string,
  email: string,
  name: string,
  passwordHash: string,
): Promise<string> {
  const user = await prisma.user.create({ data: { email, name, passwordHash, locale: 'en' } });
  await prisma.teamMembership.create({ data: { studentId, userId: user.id, role: 'ota' } });
  return user.id;
}
