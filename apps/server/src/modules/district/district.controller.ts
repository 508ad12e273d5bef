import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  adminPlanSchema,
  adminSchoolListSchema,
  adminSchoolSchema,
  adminStudentListSchema,
  adminStudentSchema,
  myDistrictsSchema,
  peopleParams,
  planInputSchema,
  planUpdateSchema,
  schoolInputSchema,
  studentInputSchema,
  studentUpdateSchema,
  type AdminPlan,
  type AdminSchool,
  type AdminStudent,
  type MyDistricts,
} from '@iep/shared';
import { z } from 'zod';
import { ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { clientIp } from '../auth/session-token';
import { DistrictService, type Caller } from './district.service';

type Params = Record<string, string>;

const caller = (ctx: AuthContext, req: Request): Caller => ({ userId: ctx.user.id, ip: clientIp(req) });

/** District administration: schools, students, plans and OT sections of the caller's districts. */
@ApiTags('district')
@Controller()
@UseGuards(AuthGuard)
export class DistrictController {
  constructor(private readonly district: DistrictService) {}

  @Get('me/districts')
  @ApiRoute({
    summary: 'The districts the caller administers (empty for everyone else)',
    response: myDistrictsSchema,
    errors: [401],
  })
  async myDistricts(@CurrentAuth() ctx: AuthContext): Promise<MyDistricts> {
    return { districts: await this.district.myDistricts(ctx.user.id) };
  }

  @Get('admin/districts/:districtId/schools')
  @ApiRoute({
    params: peopleParams.district,
    summary: 'The district’s schools',
    response: adminSchoolListSchema,
    errors: [400, 401, 404],
  })
  async schools(
    @CurrentAuth() ctx: AuthContext,
    @Req() req: Request,
    @Param() params: Params,
  ): Promise<{ schools: AdminSchool[] }> {
    const { districtId } = parseInput(peopleParams.district, params);
    return { schools: await this.district.listSchools(caller(ctx, req), districtId) };
  }

  @Post('admin/districts/:districtId/schools')
  @ApiRoute({
    params: peopleParams.district,
    summary: 'Add a school',
    body: schoolInputSchema,
    response: adminSchoolSchema,
    status: 201,
    errors: [400, 401, 404],
  })
  createSchool(
    @CurrentAuth() ctx: AuthContext,
    @Req() req: Request,
    @Param() params: Params,
    @Body() body: unknown,
  ): Promise<AdminSchool> {
    const { districtId } = parseInput(peopleParams.district, params);
    return this.district.createSchool(caller(ctx, req), districtId, parseInput(schoolInputSchema, body));
  }

  @Patch('admin/schools/:schoolId')
  @ApiRoute({
    params: peopleParams.school,
    summary: 'Rename a school',
    body: schoolInputSchema,
    response: adminSchoolSchema,
    errors: [400, 401, 404],
  })
  renameSchool(
    @CurrentAuth() ctx: AuthContext,
    @Req() req: Request,
    @Param() params: Params,
    @Body() body: unknown,
  ): Promise<AdminSchool> {
    const { schoolId } = parseInput(peopleParams.school, params);
    return this.district.renameSchool(caller(ctx, req), schoolId, parseInput(schoolInputSchema, body));
  }

  @Delete('admin/schools/:schoolId')
  @HttpCode(204)
  @ApiRoute({
    params: peopleParams.school,
    summary: 'Delete a school that has no students (409 IN_USE otherwise)',
    status: 204,
    errors: [400, 401, 404, 409],
  })
  async deleteSchool(@CurrentAuth() ctx: AuthContext, @Req() req: Request, @Param() params: Params): Promise<void> {
    const { schoolId } = parseInput(peopleParams.school, params);
    await this.district.deleteSchool(caller(ctx, req), schoolId);
  }

  @Get('admin/districts/:districtId/students')
  @ApiRoute({
    params: peopleParams.district,
    summary: 'The district’s students with their plans',
    response: adminStudentListSchema,
    errors: [400, 401, 404],
  })
  async students(
    @CurrentAuth() ctx: AuthContext,
    @Req() req: Request,
    @Param() params: Params,
  ): Promise<{ students: AdminStudent[] }> {
    const { districtId } = parseInput(peopleParams.district, params);
    return { students: await this.district.listStudents(caller(ctx, req), districtId) };
  }

  @Post('admin/students')
  @ApiRoute({
    summary: 'Add a student to one of the caller’s schools',
    body: studentInputSchema,
    response: adminStudentSchema,
    status: 201,
    errors: [400, 401, 404],
  })
  createStudent(@CurrentAuth() ctx: AuthContext, @Req() req: Request, @Body() body: unknown): Promise<AdminStudent> {
    return this.district.createStudent(caller(ctx, req), parseInput(studentInputSchema, body));
  }

  @Get('admin/students/:studentId')
  @ApiRoute({
    params: peopleParams.student,
    summary: 'One student with plans',
    response: adminStudentSchema,
    errors: [400, 401, 404],
  })
  student(@CurrentAuth() ctx: AuthContext, @Req() req: Request, @Param() params: Params): Promise<AdminStudent> {
    const { studentId } = parseInput(peopleParams.student, params);
    return this.district.getStudent(caller(ctx, req), studentId);
  }

  @Patch('admin/students/:studentId')
  @ApiRoute({
    params: peopleParams.student,
    summary: 'Change a student’s details (school within the same district)',
    body: studentUpdateSchema,
    response: adminStudentSchema,
    errors: [400, 401, 404],
  })
  updateStudent(
    @CurrentAuth() ctx: AuthContext,
    @Req() req: Request,
    @Param() params: Params,
    @Body() body: unknown,
  ): Promise<AdminStudent> {
    const { studentId } = parseInput(peopleParams.student, params);
    return this.district.updateStudent(caller(ctx, req), studentId, parseInput(studentUpdateSchema, body));
  }

  @Get('admin/students/:studentId/plans')
  @ApiRoute({
    params: peopleParams.student,
    summary: 'A student’s plans',
    response: z.object({ plans: z.array(adminPlanSchema) }),
    errors: [400, 401, 404],
  })
  async plans(
    @CurrentAuth() ctx: AuthContext,
    @Req() req: Request,
    @Param() params: Params,
  ): Promise<{ plans: AdminPlan[] }> {
    const { studentId } = parseInput(peopleParams.student, params);
    return { plans: await this.district.listPlans(caller(ctx, req), studentId) };
  }

  @Post('admin/students/:studentId/plans')
  @ApiRoute({
    params: peopleParams.student,
    summary: 'Add a plan (IEP or 504)',
    body: planInputSchema,
    response: adminPlanSchema,
    status: 201,
    errors: [400, 401, 404],
  })
  createPlan(
    @CurrentAuth() ctx: AuthContext,
    @Req() req: Request,
    @Param() params: Params,
    @Body() body: unknown,
  ): Promise<AdminPlan> {
    const { studentId } = parseInput(peopleParams.student, params);
    return this.district.createPlan(caller(ctx, req), studentId, parseInput(planInputSchema, body));
  }

  @Patch('admin/plans/:planId')
  @ApiRoute({
    params: peopleParams.plan,
    summary: 'Change a plan’s kind or dates',
    body: planUpdateSchema,
    response: adminPlanSchema,
    errors: [400, 401, 404],
  })
  updatePlan(
    @CurrentAuth() ctx: AuthContext,
    @Req() req: Request,
    @Param() params: Params,
    @Body() body: unknown,
  ): Promise<AdminPlan> {
    const { planId } = parseInput(peopleParams.plan, params);
    return this.district.updatePlan(caller(ctx, req), planId, parseInput(planUpdateSchema, body));
  }

  @Post('admin/plans/:planId/ot-section')
  @ApiRoute({
    params: peopleParams.plan,
    summary: 'Open the plan’s OT section (409 when it has one)',
    response: adminPlanSchema,
    status: 201,
    errors: [400, 401, 404, 409],
  })
  openSection(@CurrentAuth() ctx: AuthContext, @Req() req: Request, @Param() params: Params): Promise<AdminPlan> {
    const { planId } = parseInput(peopleParams.plan, params);
    return this.district.openSection(caller(ctx, req), planId);
  }
}
