import { Injectable } from '@nestjs/common';
import { studentAbilities, type StudentList } from '@iep/shared';
import { AuditService } from '../audit/audit.service';
import { TeamRepository } from '../access/team.repository';

const isoDate = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

@Injectable()
export class StudentsService {
  constructor(
    private readonly repo: TeamRepository,
    private readonly audit: AuditService,
  ) {}

  /** The students whose team the caller is on; a parent sees only their own child. */
  async listForUser(userId: string, ip: string): Promise<StudentList> {
    const memberships = await this.repo.listForUser(userId);
    await this.audit.recordMany(
      memberships.map((m) => ({
        action: 'student.list',
        actorId: userId,
        actorRole: m.role,
        studentId: m.studentId,
        ip,
      })),
    );
    return {
      students: memberships.map(({ student, role }) => ({
        id: student.id,
        firstName: student.firstName,
        lastName: student.lastName,
        grade: student.grade,
        dateOfBirth: isoDate(student.dateOfBirth) ?? '',
        school: student.school.name,
        myRole: role,
        abilities: studentAbilities({ userId, role }),
        plans: student.plans.map((plan) => ({
          id: plan.id,
          kind: plan.kind,
          meetingDate: isoDate(plan.meetingDate),
          annualReviewDate: isoDate(plan.annualReviewDate),
          otSectionId: plan.otSection?.id ?? null,
          otSectionStatus: plan.otSection?.status ?? null,
        })),
      })),
    };
  }
}
