import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { healthResponseSchema, type HealthResponse } from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { ClusterBus } from '../../cluster/cluster-bus';
import { PrismaService } from '../../db/prisma.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly bus: ClusterBus,
  ) {}

  @Get()
  @ApiRoute({
    summary: 'Liveness and the database; 503 when the database is unreachable',
    response: healthResponseSchema,
    errors: [503],
  })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const dbOk = await this.prisma.ping();
    if (!dbOk) res.status(503);
    const redis = this.bus.status;
    // Redis away degrades the relay, not this instance: it keeps serving its own clients (200).
    return { status: dbOk && redis !== 'down' ? 'ok' : 'degraded', db: dbOk ? 'ok' : 'down', redis };
  }
}
