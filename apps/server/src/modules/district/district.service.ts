import { HttpStatus, Injectable } from '@nestjs/common';
import {
  ErrorCode,
  localeSchema,
  type AdminPlan,
  type AdminSchool,
  type AdminStudent,
  type District,
  type PlanInput,
  type PlanUpdate,
  type SchoolInput,
  type StudentInput,
  type StudentUpdate,
} from '@iep/shared';
import { AppError } from '../../common/app-error';
import { CommandRunner } from '../command/command-runner';
import { DISTRICT_ADMIN_ROLE } from '../audit/audit.service';
import {
  DistrictRepository,
  type PlanData,
  type PlanRow,
  type StudentData,
  type StudentRow,
} from './district.repository';
import { isUniqueViolation } from './unique-violation';
import { managesDistrict } from './district-policy';

/** Who made a change, for the audit record. */
export interface Caller {
  userId: string;
  ip: string;
}

/** The audit role of a district administrator acting as such (not through a team membership). */

const toDate = (value: string): Date => new Date(`${value}T00:00:00Z`);
const isoDate = (value: Date | null): string | null => (value ? value.toISOString().slice(0, 10) : null);

type SchoolRow = { id: string; districtId: string; name: string; _count: { students: number } };

function schoolView(row: SchoolRow): AdminSchool {
  return { id: row.id, districtId: row.districtId, name: row.name, studentCount: row._count.students };
}

function planView(row: PlanRow): AdminPlan {
  return {
    id: row.id,
    kind: row.kind,
    meetingDate: isoDate(row.meetingDate),
    annualReviewDate: isoDate(row.annualReviewDate),
    otSectionId: row.otSection?.id ?? null,
    otSectionStatus: row.otSection?.status ?? null,
  };
}

function studentView(row: StudentRow): AdminStudent {
  const language = localeSchema.safeParse(row.preferredLanguage);
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    dateOfBirth: isoDate(row.dateOfBirth) ?? '',
    grade: row.grade,
    preferredLanguage: language.success ? language.data : 'en',
    schoolId: row.schoolId,
    schoolName: row.school.name,
    districtId: row.school.districtId,
    plans: row.plans.map(planView),
  };
}

function planData(input: PlanUpdate): Partial<PlanData> {
  const data: Partial<PlanData> = {};
  if (input.kind !== undefined) data.kind = input.kind;
  if (input.meetingDate !== undefined) data.meetingDate = input.meetingDate === null ? null : toDate(input.meetingDate);
  if (input.annualReviewDate !== undefined)
    data.annualReviewDate = input.annualReviewDate === null ? null : toDate(input.annualReviewDate);
  return data;
}

/**
 * A district administrator's schools, students and plans. Only administrators of the record's own
 * district reach it; anyone else, and any record of another district, gets 404 (nothing is revealed).
 * Every change is written together with its audit event.
 */
@Injectable()
export class DistrictService {
  constructor(
    private readonly repo: DistrictRepository,
    private readonly commands: CommandRunner,
  ) {}

  myDistricts(userId: string): Promise<District[]> {
    return this.repo.districtsOf(userId);
  }

  // --- Schools ---

  async listSchools(caller: Caller, districtId: string): Promise<AdminSchool[]> {
    await this.requireDistrict(caller, districtId);
    return (await this.repo.schools(districtId)).map(schoolView);
  }

  async createSchool(caller: Caller, districtId: string, input: SchoolInput): Promise<AdminSchool> {
    await this.requireDistrict(caller, districtId);
    return this.commands.transact(async (fx) => {
      const { tx } = fx;
      const row = await this.repo.createSchool(tx, districtId, input.name);
      await fx.record(this.event(caller, 'district.school_created', { districtId, schoolId: row.id, name: row.name }));
      return schoolView(row);
    });
  }

  async renameSchool(caller: Caller, schoolId: string, input: SchoolInput): Promise<AdminSchool> {
    const school = await this.requireSchool(caller, schoolId);
    return this.commands.transact(async (fx) => {
      const { tx } = fx;
      const row = await this.repo.renameSchool(tx, schoolId, input.name);
      await fx.record(
        this.event(caller, 'district.school_renamed', {
          districtId: school.districtId,
          schoolId,
          from: school.name,
          to: row.name,
        }),
      );
      return schoolView(row);
    });
  }

  /** A school with students stays (409 IN_USE): students are never deleted, so move them first. */
  async deleteSchool(caller: Caller, schoolId: string): Promise<void> {
    const school = await this.requireSchool(caller, schoolId);
    await this.commands.transact(async (fx) => {
      const { tx } = fx;
      if (!(await this.repo.deleteEmptySchool(tx, schoolId))) {
        throw new AppError(
          HttpStatus.CONFLICT,
          ErrorCode.InUse,
          'The school still has students; move them to another school first',
        );
      }
      await fx.record(
        this.event(caller, 'district.school_deleted', { districtId: school.districtId, schoolId, name: school.name }),
      );
    });
  }

  // --- Students ---

  async listStudents(caller: Caller, districtId: string): Promise<AdminStudent[]> {
    await this.requireDistrict(caller, districtId);
    return (await this.repo.students(districtId)).map(studentView);
  }

  async getStudent(caller: Caller, studentId: string): Promise<AdminStudent> {
    return studentView(await this.requireStudent(caller, studentId));
  }

  async createStudent(caller: Caller, input: StudentInput): Promise<AdminStudent> {
    const school = await this.requireSchool(caller, input.schoolId);
    const data: StudentData = { ...input, dateOfBirth: toDate(input.dateOfBirth) };
    return this.commands.transact(async (fx) => {
      const { tx } = fx;
      const row = await this.repo.createStudent(tx, data);
      await fx.record({
        ...this.event(caller, 'district.student_created', { districtId: school.districtId, schoolId: school.id }),
        studentId: row.id,
      });
      return studentView(row);
    });
  }

  async updateStudent(caller: Caller, studentId: string, input: StudentUpdate): Promise<AdminStudent> {
    const student = await this.requireStudent(caller, studentId);
    if (input.schoolId !== undefined && input.schoolId !== student.schoolId) {
      // A student moves between schools of the same district only.
      const school = await this.requireSchool(caller, input.schoolId);
      if (school.districtId !== student.school.districtId) throw AppError.notFound('No such school');
    }
    const { dateOfBirth, ...rest } = input;
    const data: Partial<StudentData> = {
      ...rest,
      ...(dateOfBirth !== undefined ? { dateOfBirth: toDate(dateOfBirth) } : {}),
    };
    return this.commands.transact(async (fx) => {
      const { tx } = fx;
      const row = await this.repo.updateStudent(tx, studentId, data);
      await fx.record({
        ...this.event(caller, 'district.student_updated', {
          districtId: student.school.districtId,
          fields: Object.keys(data),
        }),
        studentId,
      });
      return studentView(row);
    });
  }

  // --- Plans ---

  async listPlans(caller: Caller, studentId: string): Promise<AdminPlan[]> {
    return (await this.requireStudent(caller, studentId)).plans.map(planView);
  }

  async createPlan(caller: Caller, studentId: string, input: PlanInput): Promise<AdminPlan> {
    const student = await this.requireStudent(caller, studentId);
    const data: PlanData = {
      kind: input.kind,
      meetingDate: input.meetingDate ? toDate(input.meetingDate) : null,
      annualReviewDate: input.annualReviewDate ? toDate(input.annualReviewDate) : null,
    };
    return this.commands.transact(async (fx) => {
      const { tx } = fx;
      const row = await this.repo.createPlan(tx, studentId, data);
      await fx.record({
        ...this.event(caller, 'district.plan_created', {
          districtId: student.school.districtId,
          planId: row.id,
          kind: row.kind,
        }),
        studentId,
      });
      return planView(row);
    });
  }

  async updatePlan(caller: Caller, planId: string, input: PlanUpdate): Promise<AdminPlan> {
    const plan = await this.requirePlan(caller, planId);
    const data = planData(input);
    return this.commands.transact(async (fx) => {
      const { tx } = fx;
      const row = await this.repo.updatePlan(tx, planId, data);
      await fx.record({
        ...this.event(caller, 'district.plan_updated', {
          districtId: plan.student.school.districtId,
          planId,
          fields: Object.keys(data),
        }),
        studentId: plan.studentId,
      });
      return planView(row);
    });
  }

  /** Opens the plan's OT section (a new draft); a plan has one at most (409). */
  async openSection(caller: Caller, planId: string): Promise<AdminPlan> {
    const plan = await this.requirePlan(caller, planId);
    const exists = (): AppError =>
      new AppError(HttpStatus.CONFLICT, ErrorCode.Conflict, 'The plan already has an OT section', {
        sectionId: plan.otSection?.id,
      });
    if (plan.otSection) throw exists();
    try {
      return await this.commands.transact(async (fx) => {
        const { tx } = fx;
        const section = await this.repo.createSection(tx, planId);
        await fx.record({
          ...this.event(caller, 'district.section_opened', { districtId: plan.student.school.districtId, planId }),
          studentId: plan.studentId,
          sectionId: section.id,
        });
        return planView({ ...plan, otSection: section });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw exists();
      throw error;
    }
  }

  // --- Access ---

  private async requireDistrict(caller: Caller, districtId: string): Promise<void> {
    if (!(await managesDistrict(this.repo, caller.userId, districtId))) throw AppError.notFound('No such district');
  }

  private async requireSchool(caller: Caller, schoolId: string) {
    const school = await this.repo.school(schoolId);
    if (!school || !(await managesDistrict(this.repo, caller.userId, school.districtId)))
      throw AppError.notFound('No such school');
    return school;
  }

  private async requireStudent(caller: Caller, studentId: string): Promise<StudentRow> {
    const student = await this.repo.student(studentId);
    if (!student || !(await managesDistrict(this.repo, caller.userId, student.school.districtId)))
      throw AppError.notFound('No such student');
    return student;
  }

  private async requirePlan(caller: Caller, planId: string) {
    const plan = await this.repo.plan(planId);
    if (!plan || !(await managesDistrict(this.repo, caller.userId, plan.student.school.districtId)))
      throw AppError.notFound('No such plan');
    return plan;
  }

  private event(caller: Caller, action: string, detail: Record<string, string | string[]>) {
    return { action, actorId: caller.userId, actorRole: DISTRICT_ADMIN_ROLE, ip: caller.ip, detail };
  }
}
