import { Injectable } from '@nestjs/common';
import type { Role } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';
import { ACTIVE_MEMBER } from '../access/team.repository';

/** A student the caller may reach for the caseload or billing: by team role, or as the district's administrator. */
export interface CaseloadStudent {
  studentId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: Date;
  role: Role | null;
  districtAdmin: boolean;
  /** The approved OT sections of the student's plans, with the date each plan started. */
  sections: { sectionId: string; planStart: Date | null; planEnd: Date | null }[];
}

/** Students across teams and districts: the caseload dashboard's and the billing export's reach. */
@Injectable()
export class CaseloadRepository {
  constructor(private readonly prisma: PrismaService) {}

  async studentsOf(userId: string): Promise<CaseloadStudent[]> {
    const students = await this.prisma.client.student.findMany({
      where: {
        OR: [
          { team: { some: { userId, ...ACTIVE_MEMBER } } },
          { school: { district: { admins: { some: { userId } } } } },
        ],
      },
      orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
      include: {
        team: { where: { userId, ...ACTIVE_MEMBER }, select: { role: true } },
        school: { select: { district: { select: { admins: { where: { userId }, select: { userId: true } } } } } },
        plans: {
          where: { otSection: { status: 'approved' } },
          orderBy: { createdAt: 'asc' },
          select: { meetingDate: true, annualReviewDate: true, otSection: { select: { id: true } } },
        },
      },
    });
    return students.map((s) => ({
      studentId: s.id,
      firstName: s.firstName,
      lastName: s.lastName,
      dateOfBirth: s.dateOfBirth,
      role: s.team[0]?.role ?? null,
      districtAdmin: s.school.district.admins.length > 0,
      sections: s.plans.flatMap((p) =>
        p.otSection ? [{ sectionId: p.otSection.id, planStart: p.meetingDate, planEnd: p.annualReviewDate }] : [],
      ),
    }));
  }
}
