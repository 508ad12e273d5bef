import { Controller, Get, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { studentListSchema, type StudentList } from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { clientIp } from '../auth/session-token';
import { StudentsService } from './students.service';

@ApiTags('students')
@Controller('students')
@UseGuards(AuthGuard)
export class StudentsController {
  constructor(private readonly students: StudentsService) {}

  @Get()
  @ApiRoute({
    summary: 'The students whose team the caller is on, with plans and OT section ids',
    response: studentListSchema,
    errors: [401],
  })
  list(@CurrentAuth() ctx: AuthContext, @Req() req: Request): Promise<StudentList> {
    return this.students.listForUser(ctx.user.id, clientIp(req));
  }
}
