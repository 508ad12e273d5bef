import { Module } from '@nestjs/common';
import { ClusterModule } from '../../cluster/cluster-bus';
import { HealthController } from './health.controller';
import { Readiness } from './readiness';

@Module({ imports: [ClusterModule], controllers: [HealthController], providers: [Readiness], exports: [Readiness] })
export class HealthModule {}
