import { Module } from '@nestjs/common';
import { ClusterModule } from '../../cluster/cluster-bus';
import { Metrics } from './metrics.service';
import { RelayLagProbe } from './relay-lag.probe';

@Module({ imports: [ClusterModule], providers: [Metrics, RelayLagProbe], exports: [Metrics] })
export class MetricsModule {}
