import { randomBytes } from 'node:crypto';
import { hashPassword } from '../modules/auth/auth.service';
import { api, type Session, type TestApp } from './test-app';

/** Test factories for people and plans: another district with its own admin, school and student. */
export async function otherDistrict(
  app: TestApp,
): Promise<{ districtId: string; schoolId: string; studentId: string; adminEmail: string }> {
  const db = app.prisma.client;
  const district = await db.district.create({ data: { name: 'Other District' } });
  const school = await db.school.create({ data: { districtId: district.id, name: 'Far Away Middle' } });
  const student = await db.student.create({
    data: {
      schoolId: school.id,
      firstName: 'Nora',
      lastName: 'Other',
      dateOfBirth: new Date('2012-01-05'),
      grade: '6',
    },
  });
  const adminEmail = `admin.${randomBytes(5).toString('hex')}@other.school`;
  const admin = await db.user.create({
    data: {
      email: adminEmail,
      name: 'Otto Other',
      passwordHash: await hashPassword('demo1234', app.config.passwordCost),
    },
  });
  await db.districtAdmin.create({ data: { districtId: district.id, userId: admin.id } });
  return { districtId: district.id, schoolId: school.id, studentId: student.id, adminEmail };
}

/** The demo district's id and its school, as the demo district admin sees them. */
export async function demoDistrict(app: TestApp, admin: Session): Promise<{ districtId: string; schoolId: string }> {
  const mine = await api(app, '/api/me/districts', { token: admin.token });
  const districtId = (mine.body as { districts: { id: string }[] }).districts[0]?.id;
  if (!districtId) throw new Error('the demo admin runs no district');
  const schools = await api(app, `/api/admin/districts/${districtId}/schools`, { token: admin.token });
  const schoolId = (schools.body as { schools: { id: string }[] }).schools[0]?.id;
  if (!schoolId) throw new Error('the demo district has no school');
  return { districtId, schoolId };
}

/** A demo student's id by first name (through the database: district admins need not be on the team). */
export async function studentIdOf(app: TestApp, firstName: string): Promise<string> {
  const row = await app.prisma.client.student.findFirst({ where: { firstName }, select: { id: true } });
  if (!row) throw new Error(`no student ${firstName}`);
  return row.id;
}

/** The token at the end of an invitation link. */
export function tokenOf(link: string): string {
  const token = link.split('/invite/')[1];
  if (!token) throw new Error(`not an invitation link: ${link}`);
  return token;
}
