import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { healthResponseSchema, type HealthResponse } from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { PrismaService } from '../../db/prisma.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly prisma: PrismaService) {}

  @Get()
  @ApiRoute({ summary: 'Liveness and the database; 503 when the database is unreachable', response: healthResponseSchema, errors: [503] })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const dbOk = await this.prisma.ping();
    if (!dbOk) res.status(503);
    return { status: dbOk ? 'ok' : 'degraded', db: dbOk ? 'ok' : 'down', redis: 'off' };
  }
}
