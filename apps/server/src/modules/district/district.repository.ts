import { Injectable } from '@nestjs/common';
import type { PlanKind } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

const studentInclude = {
  school: { select: { name: true, districtId: true } },
  plans: { orderBy: { createdAt: 'asc' }, include: { otSection: { select: { id: true, status: true } } } },
} as const satisfies Prisma.StudentInclude;

export type StudentRow = Prisma.StudentGetPayload<{ include: typeof studentInclude }>;
export type PlanRow = Prisma.PlanGetPayload<{ include: { otSection: { select: { id: true; status: true } } } }>;

export interface StudentData {
  firstName: string;
  lastName: string;
  dateOfBirth: Date;
  schoolId: string;
  grade: string;
  preferredLanguage: string;
}

export interface PlanData {
  kind: PlanKind;
  meetingDate: Date | null;
  annualReviewDate: Date | null;
}

/** Data access for a district's schools, students and plans, and who administers the district. */
@Injectable()
export class DistrictRepository {
  constructor(private readonly prisma: PrismaService) {}

  districtsOf(userId: string) {
    return this.prisma.client.district.findMany({
      where: { admins: { some: { userId } } },
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
    });
  }

  async isAdminOf(userId: string, districtId: string): Promise<boolean> {
    const row = await this.prisma.client.districtAdmin.findUnique({
      where: { districtId_userId: { districtId, userId } },
    });
    return row !== null;
  }

  // --- Schools ---

  schools(districtId: string) {
    return this.prisma.client.school.findMany({
      where: { districtId },
      orderBy: { name: 'asc' },
      include: { _count: { select: { students: true } } },
    });
  }

  school(schoolId: string) {
    return this.prisma.client.school.findUnique({
      where: { id: schoolId },
      include: { _count: { select: { students: true } } },
    });
  }

  createSchool(tx: Prisma.TransactionClient, districtId: string, name: string) {
    return tx.school.create({ data: { districtId, name }, include: { _count: { select: { students: true } } } });
  }

  renameSchool(tx: Prisma.TransactionClient, schoolId: string, name: string) {
    return tx.school.update({
      where: { id: schoolId },
      data: { name },
      include: { _count: { select: { students: true } } },
    });
  }

  /** Deletes the school only while it has no students; false when it has some (or is gone). */
  async deleteEmptySchool(tx: Prisma.TransactionClient, schoolId: string): Promise<boolean> {
    const result = await tx.school.deleteMany({ where: { id: schoolId, students: { none: {} } } });
    return result.count === 1;
  }

  // --- Students ---

  students(districtId: string) {
    return this.prisma.client.student.findMany({
      where: { school: { districtId } },
      orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
      include: studentInclude,
    });
  }

  student(studentId: string) {
    return this.prisma.client.student.findUnique({ where: { id: studentId }, include: studentInclude });
  }

  createStudent(tx: Prisma.TransactionClient, data: StudentData) {
    return tx.student.create({ data, include: studentInclude });
  }

  updateStudent(tx: Prisma.TransactionClient, studentId: string, data: Partial<StudentData>) {
    return tx.student.update({ where: { id: studentId }, data, include: studentInclude });
  }

  // --- Plans ---

  plan(planId: string) {
    return this.prisma.client.plan.findUnique({
      where: { id: planId },
      include: {
        otSection: { select: { id: true, status: true } },
        student: { select: { school: { select: { districtId: true } } } },
      },
    });
  }

  createPlan(tx: Prisma.TransactionClient, studentId: string, data: PlanData): Promise<PlanRow> {
    return tx.plan.create({
      data: { studentId, ...data },
      include: { otSection: { select: { id: true, status: true } } },
    });
  }

  updatePlan(tx: Prisma.TransactionClient, planId: string, data: Partial<PlanData>): Promise<PlanRow> {
    return tx.plan.update({
      where: { id: planId },
      data,
      include: { otSection: { select: { id: true, status: true } } },
    });
  }

  createSection(tx: Prisma.TransactionClient, planId: string) {
    return tx.otSection.create({ data: { planId }, select: { id: true, status: true } });
  }
}
