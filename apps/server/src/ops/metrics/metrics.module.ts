import { Global, Module } from '@nestjs/common';
import { Metrics } from './metrics.service';
import { RelayLagProbe } from './relay-lag.probe';

@Global()
@Module({ providers: [Metrics, RelayLagProbe], exports: [Metrics] })
export class MetricsModule {}
