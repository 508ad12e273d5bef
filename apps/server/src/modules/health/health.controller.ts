import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  healthResponseSchema,
  livenessResponseSchema,
  readinessResponseSchema,
  type HealthResponse,
  type LivenessResponse,
  type ReadinessResponse,
} from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { ClusterBus } from '../../cluster/cluster-bus';
import { PrismaService } from '../../db/prisma.service';
import { Readiness } from './readiness';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly bus: ClusterBus,
    private readonly readiness: Readiness,
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

  @Get('live')
  @ApiRoute({ summary: 'Liveness: the process answers; nothing else is checked', response: livenessResponseSchema })
  live(): LivenessResponse {
    return { status: 'alive' };
  }

  @Get('ready')
  @ApiRoute({
    summary: 'Readiness: migrations applied, document engine up, database reachable, not shutting down; else 503',
    response: readinessResponseSchema,
    errors: [503],
  })
  async ready(@Res({ passthrough: true }) res: Response): Promise<ReadinessResponse> {
    const reason = this.readiness.notReadyReason ?? ((await this.prisma.ping()) ? null : 'database down');
    if (reason) res.status(503);
    return reason ? { ready: false, reason } : { ready: true };
  }
}
