import type { PrismaClient } from '../generated/prisma/client';
import { hashPassword } from '../modules/auth/auth.service';

export const DEMO_PASSWORD = 'demo1234';
export const DEMO_LOGINS = [
  { email: 'ot@demo.school', name: 'Olivia Torres (OT)', role: 'ot' },
  { email: 'teacher@demo.school', name: 'Tom Baker (Teacher)', role: 'teacher' },
  { email: 'parent@demo.school', name: 'Paula Reyes (Parent)', role: 'parent' },
  { email: 'admin@demo.school', name: 'Ada Mensah (Admin)', role: 'admin' },
] as const;

/**
 * The demo district: one school, two students, one user per role. The demo parent is on the team of
 * Mateo only. Runs once: a database that has any district is left alone.
 */
export async function seedDemo(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.district.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(async (tx) => {
    const district = await tx.district.create({ data: { name: 'Demo Unified School District' } });
    const school = await tx.school.create({ data: { districtId: district.id, name: 'Lincoln Elementary' } });
    const users = new Map<string, string>();
    for (const login of DEMO_LOGINS) {
      const user = await tx.user.create({ data: { email: login.email, name: login.name, passwordHash, locale: 'en' } });
      users.set(login.role, user.id);
    }
    // The demo administrator also runs the district (schools, students, plans, teams).
    const adminId = users.get('admin');
    if (adminId) await tx.districtAdmin.create({ data: { districtId: district.id, userId: adminId } });
    const students = [
      { firstName: 'Mateo', lastName: 'Reyes', dateOfBirth: new Date('2017-03-14'), grade: '3', preferredLanguage: 'es', withParent: true },
      { firstName: 'Ava', lastName: 'Chen', dateOfBirth: new Date('2011-09-02'), grade: '8', preferredLanguage: 'en', withParent: false },
    ];
    for (const s of students) {
      const { withParent, ...data } = s;
      const student = await tx.student.create({ data: { ...data, schoolId: school.id } });
      for (const login of DEMO_LOGINS) {
        if (login.role === 'parent' && !withParent) continue;
        const userId = users.get(login.role);
        if (userId) await tx.teamMembership.create({ data: { studentId: student.id, userId, role: login.role } });
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
      await tx.otSection.create({ data: { planId: plan.id } });
    }
  });
  return true;
}
