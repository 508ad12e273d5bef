import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../db/prisma.service';
import { ACTIVE_MEMBER } from '../access/team.repository';

/** Data access for the family's copy of the whole record. */
@Injectable()
export class RecordRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The student, school, team and every plan with its OT section and the section's versions. */
  student(studentId: string) {
    return this.prisma.client.student.findUnique({
      where: { id: studentId },
      select: {
        firstName: true,
        lastName: true,
        dateOfBirth: true,
        grade: true,
        preferredLanguage: true,
        school: { select: { name: true, district: { select: { timeZone: true } } } },
        team: {
          where: ACTIVE_MEMBER,
          orderBy: { createdAt: 'asc' },
          select: { role: true, user: { select: { name: true } } },
        },
        plans: {
          orderBy: { createdAt: 'asc' },
          select: {
            kind: true,
            meetingDate: true,
            annualReviewDate: true,
            createdAt: true,
            otSection: {
              select: { id: true, status: true, versions: { orderBy: { number: 'asc' }, select: { number: true } } },
            },
          },
        },
      },
    });
  }
}
