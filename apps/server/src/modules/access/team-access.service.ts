import { Injectable } from '@nestjs/common';
import { can, type Action, type Actor, type Role } from '@iep/shared';
import { AppError } from '../../common/app-error';
import { TeamRepository, type SectionAccessRow } from './team.repository';

export type SectionAccess = SectionAccessRow & { role: NonNullable<SectionAccessRow['role']> };

/** Resolves a caller's standing on a section and asks the one policy. */
@Injectable()
export class TeamAccessService {
  constructor(private readonly repo: TeamRepository) {}

  /**
   * The section as the caller may see it. A section that does not exist and one of a student the
   * caller is not on the team of look the same (404): nobody learns which records exist.
   */
  async requireSection(userId: string, sectionId: string, action: Action = 'section.view'): Promise<SectionAccess> {
    const row = await this.repo.sectionAccess(userId, sectionId);
    if (!row || row.role === null) throw AppError.notFound('No such section');
    const access: SectionAccess = { ...row, role: row.role };
    if (!can({ userId, role: access.role }, action, { status: access.status })) throw AppError.forbidden();
    return access;
  }

  /** A student's record as the caller may see it: 404 unless on the team, 403 if the role may not. */
  async requireStudent(userId: string, studentId: string, action: Action): Promise<Role> {
    const role = await this.repo.studentRole(userId, studentId);
    if (role === null) throw AppError.notFound('No such student');
    if (!can({ userId, role }, action)) throw AppError.forbidden();
    return role;
  }

  /**
   * For managing a student's team: the caller's team role and whether they run the student's
   * district. 404 when neither (the student's existence is not revealed), 403 when the policy says no.
   */
  async requireTeamAction(userId: string, studentId: string, action: Action): Promise<Actor> {
    const [role, districtAdmin] = await Promise.all([
      this.repo.studentRole(userId, studentId),
      this.repo.districtAdminOf(userId, studentId),
    ]);
    if (role === null && !districtAdmin) throw AppError.notFound('No such student');
    const actor: Actor = { userId, role, districtAdmin };
    if (!can(actor, action)) throw AppError.forbidden();
    return actor;
  }

  /** Same check for sockets, which answer with close codes rather than exceptions. */
  async sectionFor(userId: string, sectionId: string): Promise<SectionAccessRow | null> {
    return this.repo.sectionAccess(userId, sectionId);
  }
}
